import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type ServerSideEncryption,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertBlobKey, assertBlobPrefix } from './blob-key.ts';
import {
  type BlobInfo,
  BlobNotFoundError,
  type BlobPage,
  type BlobStore,
  type ByteRange,
  InvalidRangeError,
} from './blob-store.ts';

export interface S3StoreOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Server-side encryption on every put: defence in depth under the vault's own encryption. */
  sse?: 'AES256' | 'aws:kms';
  sseKmsKeyId?: string;
  /** Multipart part size; lib-storage keeps at most queueSize parts in memory. */
  partSize?: number;
  queueSize?: number;
}

function errorName(err: unknown): string {
  const e = err as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  if (e.$metadata?.httpStatusCode === 404) return 'NotFound';
  return e.name ?? e.Code ?? '';
}

/** Any S3-compatible store (AWS S3, R2, MinIO). Credentials come from the standard AWS chain. */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  readonly client: S3Client;
  private readonly options: S3StoreOptions;

  constructor(options: S3StoreOptions, client?: S3Client) {
    this.options = options;
    this.client =
      client ??
      new S3Client({
        region: options.region,
        endpoint: options.endpoint,
        forcePathStyle: options.forcePathStyle,
        // Checksums on every request are AWS-only; S3-compatible servers may reject the trailers.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
  }

  async put(key: string, body: ReadableStream<Uint8Array>): Promise<{ size: number }> {
    assertBlobKey(key);
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    const upload = new Upload({
      client: this.client,
      partSize: this.options.partSize ?? 8 * 1024 * 1024,
      queueSize: this.options.queueSize ?? 4,
      leavePartsOnError: false,
      params: {
        Bucket: this.options.bucket,
        Key: key,
        Body: counted,
        ContentType: 'application/octet-stream',
        ServerSideEncryption: this.options.sse as ServerSideEncryption | undefined,
        SSEKMSKeyId: this.options.sse === 'aws:kms' ? this.options.sseKmsKeyId : undefined,
      },
    });
    await upload.done();
    return { size };
  }

  async get(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    assertBlobKey(key);
    if (range && (range.start < 0 || (range.end !== undefined && range.end < range.start))) {
      throw new InvalidRangeError();
    }
    try {
      const out = await this.client.send(
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end ?? ''}` : undefined,
        }),
      );
      if (!out.Body) throw new BlobNotFoundError();
      return out.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    } catch (err) {
      const name = errorName(err);
      if (name === 'NoSuchKey' || name === 'NotFound') throw new BlobNotFoundError();
      if (name === 'InvalidRange') throw new InvalidRangeError();
      throw err;
    }
  }

  async head(key: string): Promise<BlobInfo | null> {
    assertBlobKey(key);
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return { key, size: out.ContentLength ?? 0, lastModified: out.LastModified ?? new Date(0) };
    } catch (err) {
      const name = errorName(err);
      if (name === 'NotFound' || name === 'NoSuchKey') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  async list(prefix: string, options: { cursor?: string; limit?: number } = {}): Promise<BlobPage> {
    assertBlobPrefix(prefix);
    const out = await this.client.send(
      new ListObjectsV2Command({
        Bucket: this.options.bucket,
        Prefix: prefix,
        ContinuationToken: options.cursor,
        MaxKeys: options.limit ?? 1000,
      }),
    );
    const items = (out.Contents ?? []).map((o) => ({
      key: o.Key ?? '',
      size: o.Size ?? 0,
      lastModified: o.LastModified ?? new Date(0),
    }));
    return out.IsTruncated && out.NextContinuationToken
      ? { items, cursor: out.NextContinuationToken }
      : { items };
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket }));
  }
}
