import type { Actor } from '../auth/actor.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { sniffAudio } from '../media/sniff.ts';
import { teamLocation } from '../residency/location.ts';
import { ExtractionError } from '../scan/types.ts';
import { putObject, type StoredObject } from '../vault/objects.ts';
import { acceptDocument } from './accept-document.ts';
import { crashPoint } from './crash.ts';
import { acceptUpload, holdRecording, type Received, rejectionError, rejectUpload } from './decide.ts';
import { extractorOf } from './extraction.ts';
import {
  kindSoFar,
  MAX_FIELD_BYTES,
  parseUploadFields,
  resolveTeam,
  uploadFieldNames,
  uploadFileNames,
} from './fields.ts';
import { collectSmallPart, type Intake, inspectFilePart } from './intake.ts';
import { readMultipart } from './multipart.ts';
import { reasonOf, refusalFor, unsupportedType } from './refusals.ts';
import { checkReplaces } from './replaces.ts';
import { scanUpload } from './scan.ts';
import { isRecordingKind, type Upload } from './tables.ts';
import { transcriptContentType } from './transcripts.ts';
import { type AuditBase, abandonUpload, startUpload } from './transitions.ts';
import { acceptedPrefix, putBytes, quarantinePrefix } from './vault-files.ts';

export interface CreateUploadInput {
  actor: Actor;
  request: Request;
  audit: AuditBase;
  /** The route's policy check for uploading to a team; throws (and logs the refusal) when not allowed. */
  authorizeTeam(teamId: string): Promise<void>;
}

export interface CreatedUpload {
  row: Upload;
  /** 201 accepted, 202 waiting for a transcript. Rejections throw UPLOAD_REJECTED (422). */
  status: 201 | 202;
}

type StoredFile = StoredObject & { intake: Intake };
interface Transcript {
  bytes: Uint8Array;
  extension: string | undefined;
}

/**
 * POST /api/uploads as a service. The file streams into the vault under quarantine/<id>/ as it
 * arrives (the transcript, small, into memory); then the form is validated, the file's type found
 * by parsing, and everything scanned. Findings reject and shred at once; a clean file is accepted
 * (a document after its metadata is stripped) or, a recording without transcript, held for one.
 * Any refusal on the way removes the upload and everything written for it.
 */
export async function createUpload(deps: AppDeps, input: CreateUploadInput): Promise<CreatedUpload> {
  const { actor, audit, config } = { ...input, config: deps.config };
  const uploadId = await startUpload(deps.db, {
    organizationId: actor.organizationId,
    ownerId: actor.userId,
    now: deps.clock.now(),
  });
  // Three quarters of the quarantine window to arrive: the reconciler takes over only past the whole.
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new AppError('REQUEST_TIMEOUT', 'The upload took too long to arrive. Try again.')),
    config.UPLOAD_QUARANTINE_MINUTES * 45_000,
  );
  timer.unref?.();
  const authorized = new Set<string>();
  const authorizeOnce = async (teamId: string) => {
    if (authorized.has(teamId)) return;
    await input.authorizeTeam(teamId);
    authorized.add(teamId);
  };
  let denied = false;
  try {
    const form = await readMultipart<StoredFile | Transcript>(input.request, {
      maxBytes: config.MAX_UPLOAD_BYTES,
      fieldNames: uploadFieldNames,
      fileNames: uploadFileNames,
      maxFieldBytes: MAX_FIELD_BYTES,
      signal: deadline.signal,
      async onFile(name, stream, info) {
        if (name === 'transcript') {
          return {
            bytes: await collectSmallPart(stream, config.MAX_DOCUMENT_BYTES, 'transcript'),
            extension: info.extension,
          };
        }
        // With the team known already (fields first, or a single team), refuse before reading the file.
        const team = resolveTeam(actor, info.fieldsSoFar, false);
        if (team)
          await authorizeOnce(team).catch((err) => {
            denied = true;
            throw err;
          });
        // Residency: the file is written straight into its team's location, so the team must be known
        // before the file arrives when there is more than one location to choose from.
        if (!team && deps.vault.locations.names.length > 1) {
          throw new AppError(
            'VALIDATION_FAILED',
            'Invalid request: team: send the team field before the file (this service stores teams in different locations)',
          );
        }
        const location = await teamLocation(deps, team);
        const inspected = inspectFilePart(stream, {
          kind: kindSoFar(info.fieldsSoFar),
          maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
        });
        try {
          const stored = await putObject(deps.vault, deps.db, {
            prefix: quarantinePrefix(uploadId),
            body: inspected.stream,
            location,
          });
          return { ...stored, intake: await inspected.intake };
        } catch (err) {
          throw inspected.refusal() ?? err;
        }
      },
    });
    const fields = parseUploadFields(form.fields);
    const teamId = resolveTeam(actor, form.fields, true)!;
    await authorizeOnce(teamId).catch((err) => {
      denied = true;
      throw err;
    });
    const file = form.files.get('file') as StoredFile | undefined;
    if (!file) throw new AppError('VALIDATION_FAILED', 'Invalid request: file: required');
    const transcript = form.files.get('transcript') as Transcript | undefined;
    if (transcript && !isRecordingKind(fields.kind)) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Invalid request: transcript: only recordings take a transcript',
      );
    }
    const replacesId = fields.replaces ? await checkReplaces(deps.db, actor, fields.replaces) : null;
    if (file.intake.size === 0) {
      throw new AppError('UNPROCESSABLE', 'The file is empty.', { details: { reason: 'empty' } });
    }
    if (file.intake.looksLikeAudio !== isRecordingKind(fields.kind)) throw unsupportedType(fields.kind);
    crashPoint(config, 'received');
    const base = {
      teamId,
      kind: fields.kind,
      title: fields.title ?? null,
      sessionDate: fields.sessionDate ?? null,
      replacesId,
      size: file.size,
      originalObjectId: file.objectId,
    };
    const decision = { uploadId, from: ['receiving'] as const, audit };
    if (!isRecordingKind(fields.kind)) {
      return { row: await acceptDocument(deps, { ...decision, base }), status: 201 };
    }
    // Without ffmpeg here (the Worker) the probe and the tag scan wait for the Node audio job.
    const recording = deps.media ? await deps.media.inspectRecording(deps, file.objectId) : undefined;
    const received: Received = recording
      ? { ...base, format: recording.info.container }
      : { ...base, format: sniffAudio(file.intake.head) ?? 'audio', audioInspected: false };
    const transcriptExtraction = transcript
      ? await extractTranscriptOrRefuse(deps, transcript, config.MAX_DOCUMENT_BYTES)
      : undefined;
    const verdict = await scanUpload(deps, {
      teamId,
      title: base.title,
      file: recording?.tags,
      transcript: transcriptExtraction,
    });
    if (!verdict.accepted) {
      const row = await rejectUpload(deps, { ...decision, received, verdict, withTranscript: !!transcript });
      throw rejectionError(row);
    }
    crashPoint(config, 'scanned');
    if (!transcript) {
      // STT_URL set is what sttOptionsFrom (src/stt, Node-only) checks.
      const status = config.STT_URL ? 'transcribing' : 'needs_transcript';
      return { row: await holdRecording(deps, { ...decision, received, status }), status: 202 };
    }
    const stored = await putBytes(
      deps.vault,
      deps.db,
      acceptedPrefix(uploadId),
      transcript.bytes,
      await teamLocation(deps, teamId),
    );
    const row = await acceptUpload(deps, {
      ...decision,
      received,
      set: {
        transcriptObjectId: stored.objectId,
        transcriptContentType: transcriptContentType(transcriptExtraction!.format),
        transcriptSource: 'uploaded',
      },
      withTranscript: true,
      processAudio: true,
    });
    crashPoint(config, 'accepted');
    return { row, status: 201 };
  } catch (err) {
    const refusal = refusalFor(err);
    await abandonUpload(deps, {
      uploadId,
      audit,
      reason: refusal ? reasonOf(refusal) : 'internal',
      status: refusal?.status ?? 500,
      // A policy refusal was logged as denied by the route's check already.
      log: !denied,
    });
    throw refusal ?? err;
  } finally {
    clearTimeout(timer);
  }
}

async function extractTranscriptOrRefuse(deps: AppDeps, transcript: Transcript, maxBytes: number) {
  try {
    return await extractorOf(deps).transcript(transcript.bytes, {
      extension: transcript.extension,
      maxBytes,
    });
  } catch (err) {
    if (err instanceof ExtractionError) throw refusalFor(err, 'transcript');
    throw err;
  }
}
