import { ByteReader } from './byte-reader.ts';
import { PIPELINE_DEPTH, readAhead, type SegmentParams } from './encrypt-stream.ts';
import {
  equalBytes,
  HEADER_SIZE,
  headerMismatch,
  segmentCount,
  segmentParamsWriter,
  segmentPlainLength,
  TAG_SIZE,
} from './format.ts';

export interface DecryptParams extends SegmentParams {
  plaintextSize: number;
  /** Segments the blob bytes cover (the source starts at `first`, or at the header when `withHeader`). */
  first: number;
  last: number;
  /** Plaintext bytes to drop from the first segment, and to hand out in total. */
  skip: number;
  length: number;
  /** A full read: the source begins with the header, which must equal the expected one. */
  withHeader: boolean;
  /** Checked before the final bytes are released, so a mismatching full read never completes. */
  expectSha256?: Uint8Array;
  /** Builds (and reports) the error that aborts the stream. Its reason must carry no content. */
  integrityError(reason: string, segment?: number): Error;
}

/**
 * Decrypts blob bytes back into plaintext. A segment is released only after its tag verified, in
 * order; the first failure errors the stream, so a reader never receives unauthenticated bytes.
 * Resolves once the first piece is decrypted; a failure there rejects instead of erroring the stream.
 */
export async function decryptingStream(
  blob: ReadableStream<Uint8Array>,
  p: DecryptParams,
): Promise<ReadableStream<Uint8Array>> {
  // Four segments: each refill then reads whole segments straight into place, with no copy.
  const reader = new ByteReader(blob, { ownBuffer: PIPELINE_DEPTH * (p.segmentSize + TAG_SIZE) });
  const total = segmentCount(p.plaintextSize, p.segmentSize);
  const hash = p.expectSha256 ? p.cipher.createSha256() : null;
  const params = segmentParamsWriter(p.header, p.objectId, p.noncePrefix);
  const inFlight: { index: number; opening: Promise<Uint8Array | null> }[] = [];
  let next = p.first;
  let remaining = p.length;
  let headerChecked = !p.withHeader;
  let cancelled = false;
  // A reader that hangs up mid-stream (a player seeking away) makes the source end early; that is
  // not damage to the object, so it is neither reported nor logged as an integrity failure.
  const fail = (reason: string, segment?: number) =>
    cancelled ? new Error('read cancelled') : p.integrityError(reason, segment);

  async function openNext(): Promise<void> {
    const length = segmentPlainLength(next, p.plaintextSize, p.segmentSize) + TAG_SIZE;
    const sealed = await reader.read(length);
    if (sealed.length < length) throw fail('truncated object', next);
    const { nonce, aad } = params.at(next, next === total - 1);
    const opening = p.cipher.open(p.key, nonce, aad, sealed).catch(() => null); // a failed tag; reported when this segment's turn comes
    inFlight.push({ index: next, opening });
    next++;
  }

  async function nextPiece(): Promise<{ plain: Uint8Array; lastPiece: boolean }> {
    if (!headerChecked) {
      const mismatch = headerMismatch(await reader.read(HEADER_SIZE), p.header);
      if (mismatch) throw fail(mismatch);
      headerChecked = true;
    }
    while (next <= p.last && inFlight.length < PIPELINE_DEPTH) await openNext();
    const head = inFlight.shift()!;
    let plain = await head.opening;
    if (plain === null) throw fail('segment failed authentication', head.index);
    if (head.index === p.first && p.skip > 0) plain = plain.subarray(p.skip);
    if (plain.length > remaining) plain = plain.subarray(0, remaining);
    remaining -= plain.length;
    hash?.update(plain);
    const lastPiece = next > p.last && inFlight.length === 0;
    if (lastPiece) {
      if (!(await reader.atEnd())) throw fail('trailing data after the final segment');
      if (hash && p.expectSha256 && !equalBytes(hash.digest(), p.expectSha256)) {
        throw fail('plaintext SHA-256 mismatch');
      }
    }
    return { plain, lastPiece };
  }

  // The first piece is produced before the stream exists, so a broken object rejects here (before a
  // caller commits to a 200) without a second stream wrapped around this one to hold that piece.
  let first: { plain: Uint8Array; lastPiece: boolean };
  try {
    first = await nextPiece();
  } catch (err) {
    await reader.cancel(err);
    throw err;
  }
  const emit = (controller: ReadableStreamDefaultController<Uint8Array>, piece: typeof first) => {
    if (piece.plain.length > 0) controller.enqueue(piece.plain);
    if (piece.lastPiece) controller.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      start: (controller) => emit(controller, first),
      async pull(controller) {
        try {
          emit(controller, await nextPiece());
        } catch (err) {
          await reader.cancel(err);
          controller.error(err);
        }
      },
      cancel(reason) {
        cancelled = true;
        return reader.cancel(reason);
      },
    },
    readAhead(),
  );
}
