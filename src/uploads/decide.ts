import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { Vault } from '../vault/vault.ts';
import type { UploadVerdict } from './scan.ts';
import type { Upload, UploadKind, UploadStatus, uploads } from './tables.ts';
import { type AuditBase, type LogEntry, transitionUpload } from './transitions.ts';
import { shredObjects, shredUploadObjects } from './vault-files.ts';

export const PROCESS_AUDIO_JOB = 'uploads.process-audio';
export const TRANSCRIBE_JOB = 'uploads.transcribe';

/** What an upload leaving `receiving` records about itself (later transitions leave it as is). */
export interface Received {
  teamId: string;
  kind: UploadKind;
  title: string | null;
  sessionDate: string | null;
  replacesId: string | null;
  format: string;
  size: number;
  originalObjectId: string;
  /** False when the recording still has to be probed and its tags scanned (see uploads.audioInspected). */
  audioInspected?: boolean;
}

interface DecisionBase {
  uploadId: string;
  from: readonly UploadStatus[];
  /** Set when the decision is made as the upload arrives: it is recorded and logged as received. */
  received?: Received;
  audit: AuditBase;
}

const receiveEntry = (r: Received, withTranscript: boolean): LogEntry => ({
  action: 'upload.receive',
  outcome: 'success',
  detail: { kind: r.kind, format: r.format, size: r.size, transcript: withTranscript },
});

const countsBySource = (verdict: UploadVerdict) => {
  const out: Record<string, number> = {};
  for (const f of verdict.findings) if (f.action === 'block') out[f.source] = (out[f.source] ?? 0) + 1;
  return out;
};

/**
 * Findings: the upload is rejected and every byte of it shredded in the same transaction; only the
 * masked report stays, for the uploader to fix and upload again.
 */
export async function rejectUpload(
  deps: { vault: Vault; db: Db },
  input: DecisionBase & { verdict: UploadVerdict; withTranscript: boolean },
): Promise<Upload> {
  const { verdict } = input;
  return transitionUpload(deps.db, {
    uploadId: input.uploadId,
    from: input.from,
    set: {
      ...input.received,
      status: 'rejected',
      title: null,
      sessionDate: null,
      findings: verdict.findings,
      decidedAt: input.audit.at,
    },
    audit: input.audit,
    log: [
      ...(input.received ? [receiveEntry(input.received, input.withTranscript)] : []),
      {
        action: 'upload.reject',
        outcome: 'success',
        detail: { block: verdict.counts.block, warn: verdict.counts.warn, sources: countsBySource(verdict) },
      },
    ],
    also: async (tx) => {
      await shredUploadObjects(deps.vault, tx, input.uploadId);
    },
  });
}

/** The 422 a rejected upload answers with: its id and the masked findings, never the matched text. */
export function rejectionError(row: Upload): AppError {
  const findings = row.findings ?? [];
  const blocking = findings.filter((f) => f.action === 'block').length;
  return new AppError(
    'UPLOAD_REJECTED',
    `The upload was refused: it contains ${blocking} detail${blocking === 1 ? '' : 's'} that could identify a client (names, places or other identifiers). Remove them and upload again.`,
    { details: { id: row.id, status: 'rejected', findings } },
  );
}

/**
 * Clean: accepted and visible to reviewers. `shred` names quarantined objects the accepted copy
 * replaces (a document's original); a recording gets its audio job in the same transaction.
 */
export async function acceptUpload(
  deps: { vault: Vault; db: Db },
  input: DecisionBase & {
    set: Partial<typeof uploads.$inferInsert>;
    shred?: string[];
    withTranscript: boolean;
    processAudio: boolean;
  },
): Promise<Upload> {
  return transitionUpload(deps.db, {
    uploadId: input.uploadId,
    from: input.from,
    set: { ...input.received, ...input.set, status: 'accepted', decidedAt: input.audit.at },
    audit: input.audit,
    log: [
      ...(input.received ? [receiveEntry(input.received, input.withTranscript)] : []),
      { action: 'upload.accept', outcome: 'success', detail: { transcript: input.withTranscript } },
    ],
    also: async (tx, row) => {
      if (input.processAudio) {
        await enqueueJob(tx, { kind: PROCESS_AUDIO_JOB, payload: { uploadId: row.id }, dedupeKey: row.id });
      }
      await shredObjects(deps.vault, tx, input.shred ?? []);
    },
  });
}

/** A clean recording without a transcript waits: for the speech-to-text job, or for the uploader. */
export async function holdRecording(
  deps: { db: Db },
  input: DecisionBase & { received: Received; status: 'transcribing' | 'needs_transcript' },
): Promise<Upload> {
  return transitionUpload(deps.db, {
    uploadId: input.uploadId,
    from: input.from,
    set: { ...input.received, status: input.status },
    audit: input.audit,
    log: [receiveEntry(input.received, false)],
    also: async (tx, row) => {
      if (input.status === 'transcribing') {
        await enqueueJob(tx, { kind: TRANSCRIBE_JOB, payload: { uploadId: row.id }, dedupeKey: row.id });
      }
    },
  });
}

/**
 * Gives up on an upload that was received but cannot be completed (undecodable after all, waited
 * too long for a transcript, interrupted): every object shredded, recorded as a system deletion.
 */
export async function failUpload(
  deps: { vault: Vault; db: Db },
  input: { uploadId: string; from: readonly UploadStatus[]; reason: string; audit: AuditBase },
): Promise<Upload> {
  // An upload that never finished arriving was never received: its entry says so.
  const entry: LogEntry =
    input.from.length === 1 && input.from[0] === 'receiving'
      ? { action: 'upload.receive', outcome: 'failure', detail: { reason: input.reason } }
      : { action: 'upload.delete', outcome: 'success', detail: { reason: input.reason, status: 'failed' } };
  return transitionUpload(deps.db, {
    uploadId: input.uploadId,
    from: input.from,
    set: {
      status: 'failed',
      failureReason: input.reason,
      title: null,
      sessionDate: null,
      decidedAt: input.audit.at,
    },
    audit: input.audit,
    log: [entry],
    also: async (tx) => {
      await shredUploadObjects(deps.vault, tx, input.uploadId);
    },
  });
}
