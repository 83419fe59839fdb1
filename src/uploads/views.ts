import { z } from '@hono/zod-openapi';
import { isRecordingKind, type StoredFinding, type Upload, uploadKinds, uploadStatuses } from './tables.ts';

export const FindingSchema = z
  .object({
    label: z.string(),
    detector: z.string(),
    action: z.enum(['block', 'warn']),
    excerpt: z.string().openapi({ description: 'Context with every detected identifier masked' }),
    location: z
      .record(z.string(), z.unknown())
      .openapi({ description: '{page,line[,part]}, {startMs,endMs} or {field}' }),
    source: z.enum(['file', 'transcript', 'title']),
  })
  .openapi('UploadFinding');

export const UploadSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(uploadKinds).nullable(),
    status: z.enum(uploadStatuses),
    title: z.string().nullable(),
    sessionDate: z.string().nullable(),
    teamId: z.uuid().nullable(),
    ownerId: z.uuid(),
    replacesId: z.uuid().nullable(),
    format: z.string().nullable(),
    size: z.number().nullable(),
    contentType: z.string().nullable(),
    durationMs: z.number().nullable(),
    /** Content can be read (a recording once normalized; a document at once). */
    ready: z.boolean(),
    playable: z.boolean(),
    transcript: z.object({ contentType: z.string(), source: z.enum(['uploaded', 'stt']) }).nullable(),
    peaks: z.boolean(),
    findingCounts: z.object({ block: z.number(), warn: z.number() }).nullable(),
    findings: z
      .array(FindingSchema)
      .optional()
      .openapi({ description: 'The masked report; shown to the uploader' }),
    failureReason: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    processedAt: z.string().nullable(),
    reviewStartedAt: z.string().nullable(),
  })
  .openapi('Upload');
export type UploadView = z.infer<typeof UploadSchema>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function countsOf(findings: StoredFinding[] | null) {
  if (!findings) return null;
  return {
    block: findings.filter((f) => f.action === 'block').length,
    warn: findings.filter((f) => f.action === 'warn').length,
  };
}

/**
 * An upload as clients see it. Findings (masked excerpts of the uploader's own text) go to the
 * uploader, who must fix them; everyone else sees the counts only.
 */
export function uploadView(row: Upload, options: { withFindings: boolean }): UploadView {
  const ready = row.status === 'accepted' && row.contentObjectId !== null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    sessionDate: row.sessionDate,
    teamId: row.teamId,
    ownerId: row.ownerId,
    replacesId: row.replacesId,
    format: row.format,
    size: row.size,
    contentType: ready ? row.contentType : null,
    durationMs: row.durationMs,
    ready,
    playable: ready && row.kind !== null && isRecordingKind(row.kind),
    transcript:
      row.status === 'accepted' && row.transcriptObjectId && row.transcriptContentType && row.transcriptSource
        ? { contentType: row.transcriptContentType, source: row.transcriptSource }
        : null,
    peaks: row.status === 'accepted' && row.peaksObjectId !== null,
    findingCounts: countsOf(row.findings),
    ...(options.withFindings && row.findings ? { findings: row.findings } : {}),
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: iso(row.decidedAt),
    processedAt: iso(row.processedAt),
    reviewStartedAt: iso(row.reviewStartedAt),
  };
}
