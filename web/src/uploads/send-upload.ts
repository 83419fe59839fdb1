import { apiErrorFrom, markServerContact, notifyUnauthorized } from '../api/client';
import type { Upload } from './labels';

export interface UploadProgress {
  loaded: number;
  total: number;
  /** Bytes per second since the upload started. */
  rate: number;
  /** Seconds left at that rate (undefined until it can be estimated). */
  secondsLeft?: number;
}

export type UploadAnswer =
  | { kind: 'stored'; upload: Upload }
  | { kind: 'rejected'; id?: string; message: string; findings: NonNullable<Upload['findings']> };

/**
 * POST /api/uploads with XMLHttpRequest, because fetch cannot report upload progress. Text fields
 * go before the files so the server can refuse early. Resolves with the server's answer; rejects with
 * an ApiError for other refusals, or an AbortError when cancelled.
 */
export function sendUpload(
  form: FormData,
  onProgress: (p: UploadProgress) => void,
  signal: AbortSignal,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const started = performance.now();
    xhr.open('POST', '/api/uploads');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? e.loaded / seconds : 0;
      onProgress({
        loaded: e.loaded,
        total: e.total,
        rate,
        secondsLeft: rate > 0 ? (e.total - e.loaded) / rate : undefined,
      });
    };
    xhr.onload = () => {
      const body = xhr.response as Record<string, unknown> | null;
      if (xhr.status === 401) notifyUnauthorized();
      else markServerContact();
      if (xhr.status === 201 || xhr.status === 202)
        return resolve({ kind: 'stored', upload: body as Upload });
      const error = (body?.error ?? {}) as {
        code?: string;
        message?: string;
        id?: string;
        findings?: unknown;
      };
      if (xhr.status === 422 && error.code === 'UPLOAD_REJECTED') {
        return resolve({
          kind: 'rejected',
          id: error.id,
          message: error.message ?? 'The upload was not accepted.',
          findings: (error.findings ?? []) as NonNullable<Upload['findings']>,
        });
      }
      reject(apiErrorFrom(xhr.status, body));
    };
    xhr.onerror = () => reject(new Error('The connection was lost during the upload. Try again.'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
