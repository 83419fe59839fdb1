import type { AuditCheckpoint, ChainedAuditRow } from './tables.ts';

/**
 * One exported entry: every hashed field plus prev_hash and hash, so each line can be re-hashed on
 * its own and consecutive lines linked, without the database (`qa-vault audit verify --file`).
 */
export function exportedEntry(row: ChainedAuditRow) {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    organizationId: row.organizationId,
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    teamId: row.teamId,
    outcome: row.outcome,
    clientIp: row.clientIp,
    userAgent: row.userAgent,
    requestId: row.requestId,
    detail: row.detail,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export type ExportedEntry = ReturnType<typeof exportedEntry>;

export const jsonlEntry = (row: ChainedAuditRow) => `${JSON.stringify(exportedEntry(row))}\n`;

/** Checkpoint lines are wrapped, so a reader can tell them from entries by their one key. */
export const jsonlCheckpoint = (cp: AuditCheckpoint) =>
  `${JSON.stringify({ checkpoint: { seq: cp.seq, hash: cp.hash, keyId: cp.keyId, mac: cp.mac, at: cp.at.toISOString() } })}\n`;

export interface ExportEnd {
  entries: number;
  /** The chain head when the export started; nothing after it is in the file. */
  throughSeq: number;
  /** No filter picked entries out: the file is one stretch of consecutive seqs. */
  contiguous: boolean;
  /** Not filtered at all: the file is the whole chain from seq 1 through `throughSeq`. */
  complete: boolean;
}

/** The last line. A file without it was cut short; one whose count disagrees lost or gained lines. */
export const jsonlEnd = (end: ExportEnd) => `${JSON.stringify({ end })}\n`;

const csvColumns: [string, (e: ExportedEntry) => unknown][] = [
  ['seq', (e) => e.seq],
  ['at', (e) => e.at],
  ['organization_id', (e) => e.organizationId],
  ['actor_id', (e) => e.actorId],
  ['actor_role', (e) => e.actorRole],
  ['action', (e) => e.action],
  ['target_type', (e) => e.targetType],
  ['target_id', (e) => e.targetId],
  ['team_id', (e) => e.teamId],
  ['outcome', (e) => e.outcome],
  ['client_ip', (e) => e.clientIp],
  ['user_agent', (e) => e.userAgent],
  ['request_id', (e) => e.requestId],
  ['detail', (e) => JSON.stringify(e.detail)],
  ['prev_hash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula — user agents and
 * forwarded addresses are attacker-chosen — gets a leading apostrophe (OWASP's CSV-injection advice).
 * That changes the text, which is why CSV is for reading and JSON Lines is the verifiable format.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r|%]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = `${csvColumns.map(([name]) => name).join(',')}\r\n`;

export function csvEntry(row: ChainedAuditRow): string {
  const entry = exportedEntry(row);
  return `${csvColumns.map(([, get]) => csvField(get(entry))).join(',')}\r\n`;
}
