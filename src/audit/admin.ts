import type { Db } from '../db/client.ts';
import { type AuditEntry, appendAudit } from './append.ts';
import { type AuditExportFormat, openAuditExport } from './export.ts';
import { type AuditFilter, type AuditPage, listAuditEntries } from './query.ts';

/** Who is reading, from where: the request's part of the `audit.read` / `audit.export` entry. */
export type AuditReader = Pick<
  AuditEntry,
  'at' | 'actorId' | 'actorRole' | 'clientIp' | 'userAgent' | 'requestId'
> & { organizationId: string };

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The filters as recorded in the reading's own entry. Ids, closed-set names and times are safe to
 * log; a target id is free text an administrator typed (it could be a file name), so it is recorded
 * only when it has the shape of an id.
 */
export function describeFilter(filter: AuditFilter): Record<string, unknown> {
  const { organizationId: _scope, targetId, from, to, ...rest } = filter;
  const described: Record<string, unknown> = { ...rest };
  if (targetId !== undefined) described.targetId = uuidShape.test(targetId) ? targetId : '(not an id)';
  if (from) described.from = from.toISOString();
  if (to) described.to = to.toISOString();
  return described;
}

/**
 * One page of the reader's organization's log, newest first. The page and the `audit.read` entry
 * that records it commit together: if the entry cannot be written, nothing is returned.
 */
export async function readAuditLog(
  db: Db,
  input: { reader: AuditReader; filter: Omit<AuditFilter, 'organizationId'>; cursor?: number; limit: number },
): Promise<AuditPage> {
  const filter = { ...input.filter, organizationId: input.reader.organizationId };
  return db.transaction(async (tx) => {
    const page = await listAuditEntries(tx, { filter, cursor: input.cursor, limit: input.limit });
    await appendAudit(tx, {
      ...input.reader,
      action: 'audit.read',
      targetType: 'audit_log',
      outcome: 'success',
      detail: { filter: describeFilter(filter), cursor: input.cursor ?? null, returned: page.entries.length },
    });
    return page;
  });
}

/**
 * Starts an export of the reader's organization's log. The `audit.export` entry is committed before
 * the first byte goes out (no entry, no export); it records the request, since a client may stop
 * reading at any point. The entry itself falls inside the export's range.
 */
export async function exportAuditLog(
  db: Db,
  input: {
    reader: AuditReader;
    filter: Omit<AuditFilter, 'organizationId'>;
    format: AuditExportFormat;
    onError?: (err: unknown) => void;
  },
): Promise<ReadableStream<Uint8Array>> {
  const filter = { ...input.filter, organizationId: input.reader.organizationId };
  await appendAudit(db, {
    ...input.reader,
    action: 'audit.export',
    targetType: 'audit_log',
    outcome: 'success',
    detail: { filter: describeFilter(filter), format: input.format },
  });
  return openAuditExport(db, { filter, format: input.format, onError: input.onError });
}

/**
 * The operator's export (`qa-vault audit export`): any organization or none, recorded as a system
 * action. Only the CLI calls it — the HTTP routes always scope to the administrator's organization.
 */
export async function exportWholeAuditLog(
  db: Db,
  input: { at: Date; filter: AuditFilter; format: AuditExportFormat },
): Promise<ReadableStream<Uint8Array>> {
  await appendAudit(db, {
    at: input.at,
    organizationId: input.filter.organizationId ?? null,
    actorRole: 'system',
    action: 'audit.export',
    targetType: 'audit_log',
    outcome: 'success',
    detail: { via: 'cli', filter: describeFilter(input.filter), format: input.format },
  });
  return openAuditExport(db, { filter: input.filter, format: input.format });
}
