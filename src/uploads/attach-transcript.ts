import { appendAudit } from '../audit/append.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { teamLocation } from '../residency/location.ts';
import { ExtractionError } from '../scan/types.ts';
import type { CreatedUpload } from './create.ts';
import { acceptUpload, rejectionError, rejectUpload } from './decide.ts';
import { extractorOf } from './extraction.ts';
import { collectSmallPart } from './intake.ts';
import { readMultipart, tooLarge } from './multipart.ts';
import { reasonOf, refusalFor } from './refusals.ts';
import { scanUpload } from './scan.ts';
import type { Upload } from './tables.ts';
import { transcriptContentType } from './transcripts.ts';
import type { AuditBase } from './transitions.ts';
import { acceptedPrefix, putBytes, shredObjects } from './vault-files.ts';

const waiting = ['needs_transcript', 'transcribing'] as const;

/** Raw bodies say what they are by Content-Type; it only breaks ties, the content decides. */
const extensionByType: Record<string, string> = {
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'text/srt': 'srt',
  'application/json': 'json',
  'text/plain': 'txt',
};

async function readTranscriptBody(
  request: Request,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; extension?: string }> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const form = await readMultipart(request, {
      // The part's own headers and boundaries come on top of the transcript.
      maxBytes: maxBytes + 64 * 1024,
      fieldNames: [],
      fileNames: ['transcript'],
      maxFieldBytes: 1,
      onFile: async (_name, stream, info) => ({
        bytes: await collectSmallPart(stream, maxBytes, 'transcript'),
        extension: info.extension,
      }),
    });
    const part = form.files.get('transcript');
    if (!part) throw new AppError('VALIDATION_FAILED', 'Invalid request: transcript: required');
    return part;
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new AppError('VALIDATION_FAILED', 'Invalid request: transcript: required');
  return {
    bytes: await collectSmallPart(request.body, maxBytes, 'transcript'),
    extension: extensionByType[type],
  };
}

/**
 * PUT /api/uploads/:id/transcript: the transcript of a recording that waits for one (multipart part
 * `transcript`, or the raw body typed text/vtt, application/x-subrip, application/json, text/plain).
 * It is scanned with the title against today's roster; clean → accepted (201), findings → rejected
 * (422) and the recording shredded. A transcript that cannot be read is refused and the recording
 * keeps waiting.
 */
export async function attachTranscript(
  deps: AppDeps,
  input: { row: Upload; request: Request; audit: AuditBase },
): Promise<CreatedUpload> {
  const { row, audit } = input;
  if (!(waiting as readonly string[]).includes(row.status)) {
    throw new AppError('CONFLICT', 'This upload is not waiting for a transcript.', {
      details: { status: row.status },
    });
  }
  let stored: string | undefined;
  try {
    const transcript = await readTranscriptBody(input.request, deps.config.MAX_DOCUMENT_BYTES);
    if (transcript.bytes.length === 0) {
      throw new AppError('UNPROCESSABLE', 'The transcript is empty.', {
        details: { reason: 'empty', part: 'transcript' },
      });
    }
    const extraction = await extractorOf(deps).transcript(transcript.bytes, {
      extension: transcript.extension,
      maxBytes: deps.config.MAX_DOCUMENT_BYTES,
    });
    const verdict = await scanUpload(deps, { teamId: row.teamId!, title: row.title, transcript: extraction });
    if (!verdict.accepted) {
      const rejected = await rejectUpload(deps, {
        uploadId: row.id,
        from: waiting,
        audit,
        verdict,
        withTranscript: true,
      });
      throw rejectionError(rejected);
    }
    const location = await teamLocation(deps, row.teamId);
    stored = (await putBytes(deps.vault, deps.db, acceptedPrefix(row.id), transcript.bytes, location))
      .objectId;
    const accepted = await acceptUpload(deps, {
      uploadId: row.id,
      from: waiting,
      audit,
      set: {
        transcriptObjectId: stored,
        transcriptContentType: transcriptContentType(extraction.format),
        transcriptSource: 'uploaded',
      },
      withTranscript: true,
      processAudio: true,
    });
    return { row: accepted, status: 201 };
  } catch (err) {
    // Lost a race (deleted, or decided by the transcription job meanwhile): the copy must not stay.
    if (stored) await shredObjects(deps.vault, deps.db, [stored]).catch(() => {});
    const refusal = err instanceof ExtractionError ? refusalFor(err, 'transcript') : refusalFor(err);
    if (refusal && refusal.code !== 'UPLOAD_REJECTED' && refusal.code !== 'CONFLICT') {
      await appendAudit(deps.db, {
        ...audit,
        action: 'upload.receive',
        outcome: 'failure',
        targetType: 'upload',
        targetId: row.id,
        teamId: row.teamId,
        detail: { part: 'transcript', reason: reasonOf(refusal), status: refusal.status },
      });
    }
    throw refusal ?? err;
  }
}
