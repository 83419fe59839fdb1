import { createHash } from 'node:crypto';
import type { AuditRow } from './tables.ts';

/** The hash that starts the chain (the "previous hash" of entry 1). */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every level, so the same entry always hashes the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** An entry as the chain sees it: from the database (`at` a Date) or from an export line (ISO string). */
export type ChainFields = Omit<AuditRow, 'id' | 'seq' | 'hash' | 'prevHash' | 'at'> & {
  seq: number;
  at: Date | string;
};

/**
 * What is hashed: every column but the hashes and the insertion id (an entry's place is its seq), in a
 * fixed shape independent of the driver.
 */
export function hashedFields(row: ChainFields) {
  return {
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    organizationId: row.organizationId ?? null,
    actorId: row.actorId ?? null,
    actorRole: row.actorRole,
    action: row.action,
    targetType: row.targetType ?? null,
    targetId: row.targetId ?? null,
    teamId: row.teamId ?? null,
    outcome: row.outcome,
    clientIp: row.clientIp ?? null,
    userAgent: row.userAgent ?? null,
    requestId: row.requestId ?? null,
    detail: row.detail ?? {},
  };
}

export function entryHash(prevHash: string, row: ChainFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson(hashedFields(row)))
    .digest('hex');
}
