import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import type { Roster } from '../scan/detect/roster.ts';
import type { Vault } from '../vault/vault.ts';
import { maskRosterValue, normalizeRosterValue, rosterCrypto } from './crypto.ts';
import { type RosterEntryKind, type RosterEntryRow, rosterEntries } from './tables.ts';

type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;

export const MAX_ROSTER_VALUE_CHARS = 200;
export const MAX_ROSTER_ENTRIES_PER_REQUEST = 500;

export interface RosterEntryView {
  id: string;
  kind: RosterEntryKind;
  masked: string;
  createdBy: string;
  createdAt: string;
}

export interface RosterCounts {
  people: number;
  places: number;
}

const view = (row: RosterEntryRow): RosterEntryView => ({
  id: row.id,
  kind: row.kind,
  masked: row.masked,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

const countsOf = (rows: { kind: RosterEntryKind }[]): RosterCounts => ({
  people: rows.filter((r) => r.kind === 'person').length,
  places: rows.filter((r) => r.kind === 'place').length,
});

/** The rules the route's schema enforces, repeated for callers that are not routes (CLI, jobs). */
function assertValidInput(people: string[], places: string[]): void {
  const all = [...people, ...places];
  if (all.length === 0) throw new AppError('VALIDATION_FAILED', 'Invalid request: name at least one entry');
  if (all.length > MAX_ROSTER_ENTRIES_PER_REQUEST) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Invalid request: at most ${MAX_ROSTER_ENTRIES_PER_REQUEST} entries per request`,
    );
  }
  for (const value of all) {
    if (
      value.trim() !== value ||
      value === '' ||
      value.length > MAX_ROSTER_VALUE_CHARS ||
      /\p{Cc}/u.test(value)
    ) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Invalid request: entries must be 1-${MAX_ROSTER_VALUE_CHARS} characters of text without surrounding spaces`,
      );
    }
  }
}

/**
 * Adds entries to a team's roster, skipping any that match an existing entry (or each other) once
 * case, accents and spacing are ignored. Duplicates are found by match key, so nothing is opened.
 * The access-log entry carries counts only.
 */
export async function addRosterEntries(
  vault: Vault,
  db: Db,
  input: { teamId: string; people: string[]; places: string[]; actorId: string; now: Date; audit: AuditBase },
): Promise<{ added: RosterEntryView[]; skipped: number; counts: RosterCounts }> {
  assertValidInput(input.people, input.places);
  const crypt = rosterCrypto(vault.keys);
  const candidates = new Map<string, { kind: RosterEntryKind; value: string }>();
  for (const [kind, values] of [
    ['person', input.people],
    ['place', input.places],
  ] as const) {
    for (const value of values) {
      const key = `${kind}\0${normalizeRosterValue(value)}`;
      if (!candidates.has(key)) candidates.set(key, { kind, value });
    }
  }

  return db.transaction(async (tx) => {
    // Entries keyed before a KEK rotation carry the old KEK's match keys: compare under each KEK in use.
    const keyIds = new Set(
      (
        await tx
          .selectDistinct({ keyId: rosterEntries.matchKeyId })
          .from(rosterEntries)
          .where(and(eq(rosterEntries.teamId, input.teamId), isNull(rosterEntries.deletedAt)))
      ).map((r) => r.keyId!),
    );
    keyIds.add(crypt.activeKeyId());
    const keyed = await Promise.all(
      [...candidates.values()].map(async (c) => ({
        ...c,
        keys: await Promise.all([...keyIds].map((id) => crypt.matchKey(c.value, input.teamId, c.kind, id))),
      })),
    );
    const existing = new Set<string>();
    const allKeys = keyed.flatMap((k) => k.keys);
    for (let i = 0; i < allKeys.length; i += 1000) {
      const rows = await tx
        .select({ kind: rosterEntries.kind, matchKey: rosterEntries.matchKey })
        .from(rosterEntries)
        .where(
          and(
            eq(rosterEntries.teamId, input.teamId),
            isNull(rosterEntries.deletedAt),
            inArray(rosterEntries.matchKey, allKeys.slice(i, i + 1000)),
          ),
        );
      for (const r of rows) existing.add(`${r.kind}\0${r.matchKey}`);
    }
    const fresh = keyed.filter((k) => !k.keys.some((m) => existing.has(`${k.kind}\0${m}`)));

    const values = await Promise.all(
      fresh.map(async (c) => {
        const id = crypto.randomUUID();
        return {
          id,
          teamId: input.teamId,
          kind: c.kind,
          sealedValue: await crypt.seal(c.value, { teamId: input.teamId, entryId: id, kind: c.kind }),
          masked: maskRosterValue(c.value),
          matchKey: c.keys[[...keyIds].indexOf(crypt.activeKeyId())]!,
          matchKeyId: crypt.activeKeyId(),
          createdBy: input.actorId,
          createdAt: input.now,
        };
      }),
    );
    // A concurrent request that added the same value first wins; ours becomes a skip, not a duplicate.
    const inserted =
      values.length === 0
        ? []
        : await tx.insert(rosterEntries).values(values).onConflictDoNothing().returning();
    const added = inserted.map(view);
    const counts = countsOf(inserted);
    const skipped = input.people.length + input.places.length - inserted.length;
    await appendAudit(tx, {
      ...input.audit,
      action: 'roster.add',
      outcome: 'success',
      targetType: 'team',
      targetId: input.teamId,
      teamId: input.teamId,
      detail: { people: counts.people, places: counts.places, skipped },
    });
    return { added, skipped, counts: await activeCounts(tx, input.teamId) };
  });
}

async function activeRows(db: Db, teamId: string): Promise<RosterEntryRow[]> {
  return db
    .select()
    .from(rosterEntries)
    .where(and(eq(rosterEntries.teamId, teamId), isNull(rosterEntries.deletedAt)))
    .orderBy(asc(rosterEntries.kind), asc(rosterEntries.createdAt), asc(rosterEntries.id));
}

async function activeCounts(db: Db, teamId: string): Promise<RosterCounts> {
  return countsOf(
    await db
      .select({ kind: rosterEntries.kind })
      .from(rosterEntries)
      .where(and(eq(rosterEntries.teamId, teamId), isNull(rosterEntries.deletedAt))),
  );
}

/** The team's entries, masked, with counts; the read is recorded (counts only). */
export async function listRosterEntries(
  db: Db,
  input: { teamId: string; audit: AuditBase },
): Promise<{ entries: RosterEntryView[]; counts: RosterCounts }> {
  return db.transaction(async (tx) => {
    const rows = await activeRows(tx, input.teamId);
    const counts = countsOf(rows);
    await appendAudit(tx, {
      ...input.audit,
      action: 'roster.list',
      outcome: 'success',
      targetType: 'team',
      targetId: input.teamId,
      teamId: input.teamId,
      detail: { people: counts.people, places: counts.places },
    });
    return { entries: rows.map(view), counts };
  });
}

/**
 * Removes an entry from the team's roster: the sealed value and the match key are destroyed in the
 * same update that marks it deleted, so no backup taken afterwards holds it. An entry of another
 * team, or one already deleted, is not found.
 */
export async function deleteRosterEntry(
  db: Db,
  input: { teamId: string; entryId: string; actorId: string; now: Date; audit: AuditBase },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(rosterEntries)
      .set({
        sealedValue: null,
        matchKey: null,
        matchKeyId: null,
        deletedAt: input.now,
        deletedBy: input.actorId,
      })
      .where(
        and(
          eq(rosterEntries.id, input.entryId),
          eq(rosterEntries.teamId, input.teamId),
          isNull(rosterEntries.deletedAt),
        ),
      )
      .returning({ kind: rosterEntries.kind });
    if (!row) throw new AppError('NOT_FOUND', 'Roster entry not found');
    await appendAudit(tx, {
      ...input.audit,
      action: 'roster.delete',
      outcome: 'success',
      targetType: 'roster_entry',
      targetId: input.entryId,
      teamId: input.teamId,
      detail: { kind: row.kind },
    });
  });
}

/**
 * A roster entry that would not open: tampered, moved to another row, or sealed under a KEK that is
 * no longer in the ring. Scanning without it would silently accept that name, so loading fails.
 */
export class RosterIntegrityError extends Error {
  readonly entryId: string;
  constructor(entryId: string, options: { cause?: unknown } = {}) {
    super('roster entry failed integrity check', options);
    this.name = 'RosterIntegrityError';
    this.entryId = entryId;
  }
}

/**
 * The team's roster in plaintext, for one scan. Opened fresh on every call — never cached — so a
 * deleted entry stops counting at once and plaintext lives only as long as the caller keeps it.
 */
export async function loadTeamRoster(vault: Vault, db: Db, teamId: string): Promise<Roster> {
  const rows = await activeRows(db, teamId);
  const crypt = rosterCrypto(vault.keys);
  const roster: Roster = { people: [], places: [] };
  for (const row of rows) {
    let value: string;
    try {
      value = await crypt.open(row.sealedValue!, { teamId, entryId: row.id, kind: row.kind });
    } catch (err) {
      vault.logger.error('roster entry failed integrity check', { teamId, entryId: row.id });
      throw new RosterIntegrityError(row.id, { cause: err });
    }
    (row.kind === 'person' ? roster.people : roster.places).push(value);
  }
  return roster;
}
