import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { AuditAction } from '../audit/actions.ts';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import type { AuditBase } from '../uploads/transitions.ts';
import type { RubricInput, RubricView } from './schemas.ts';
import { type Rubric, type RubricVersion, rubrics, rubricVersions } from './tables.ts';

const rubricNotFound = () => new AppError('NOT_FOUND', 'Rubric not found');

export function rubricView(rubric: Pick<Rubric, 'id' | 'currentVersion'>, v: RubricVersion): RubricView {
  return {
    id: rubric.id,
    versionId: v.id,
    version: v.version,
    currentVersion: rubric.currentVersion,
    name: v.name,
    items: v.items,
    appliesTo: v.appliesTo,
    createdAt: v.createdAt.toISOString(),
  };
}

/** Rubric entries carry ids and counts; a rubric's wording is the organization's, not content, but stays out too. */
async function logRubric(
  tx: Db,
  audit: AuditBase,
  action: AuditAction,
  target: { id: string | null; detail: Record<string, unknown> },
) {
  await appendAudit(tx, {
    ...audit,
    action,
    outcome: 'success',
    targetType: target.id ? 'rubric' : 'organization',
    targetId: target.id ?? audit.organizationId ?? null,
    detail: target.detail,
  });
}

/** Every rubric of the organization at its current version, oldest first. */
export async function listRubrics(
  db: Db,
  input: { organizationId: string; audit: AuditBase },
): Promise<RubricView[]> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const rows = await tx
      .select({ rubric: rubrics, version: rubricVersions })
      .from(rubrics)
      .innerJoin(
        rubricVersions,
        and(eq(rubricVersions.rubricId, rubrics.id), eq(rubricVersions.version, rubrics.currentVersion)),
      )
      .where(eq(rubrics.organizationId, input.organizationId))
      .orderBy(asc(rubrics.createdAt), asc(rubrics.id));
    await logRubric(tx, input.audit, 'rubric.list', { id: null, detail: { count: rows.length } });
    return rows.map((r) => rubricView(r.rubric, r.version));
  });
}

/** One version of a rubric (the current one unless `version` is given), with the numbers of all its versions. */
export async function readRubric(
  db: Db,
  input: { organizationId: string; rubricId: string; version?: number; audit: AuditBase },
): Promise<RubricView & { versions: number[] }> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const rubric = await findRubric(tx, input.organizationId, input.rubricId);
    const versions = await tx
      .select()
      .from(rubricVersions)
      .where(eq(rubricVersions.rubricId, rubric.id))
      .orderBy(desc(rubricVersions.version));
    const wanted = input.version ?? rubric.currentVersion;
    const version = versions.find((v) => v.version === wanted);
    if (!version) throw new AppError('NOT_FOUND', 'Rubric version not found');
    await logRubric(tx, input.audit, 'rubric.read', { id: rubric.id, detail: { version: version.version } });
    return { ...rubricView(rubric, version), versions: versions.map((v) => v.version) };
  });
}

/** Callers pass ids their route validated as UUIDs. */
async function findRubric(db: Db, organizationId: string, rubricId: string): Promise<Rubric> {
  const [rubric] = await db
    .select()
    .from(rubrics)
    .where(and(eq(rubrics.id, rubricId), eq(rubrics.organizationId, organizationId)));
  if (!rubric) throw rubricNotFound();
  return rubric;
}

/** A new rubric at version 1. */
export async function createRubric(
  db: Db,
  input: { organizationId: string; actorId: string; rubric: RubricInput; audit: AuditBase },
): Promise<RubricView> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const now = input.audit.at;
    const [rubric] = await tx
      .insert(rubrics)
      .values({ organizationId: input.organizationId, currentVersion: 1, createdAt: now, updatedAt: now })
      .returning();
    const version = await insertVersion(tx, rubric!, input.actorId, input.rubric, now);
    await logRubric(tx, input.audit, 'rubric.create', {
      id: rubric!.id,
      detail: { version: 1, items: input.rubric.items.length },
    });
    return rubricView(rubric!, version);
  });
}

/**
 * PUT: the rubric's next version. The old versions stay as they were, so reviews scored with them
 * keep their meaning. The version number is taken by a conditional increment, so two admins saving
 * at once get two versions, never one overwritten.
 */
export async function updateRubric(
  db: Db,
  input: { organizationId: string; rubricId: string; actorId: string; rubric: RubricInput; audit: AuditBase },
): Promise<RubricView> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await findRubric(tx, input.organizationId, input.rubricId);
    const [rubric] = await tx
      .update(rubrics)
      .set({ currentVersion: sql`${rubrics.currentVersion} + 1`, updatedAt: input.audit.at })
      .where(eq(rubrics.id, input.rubricId))
      .returning();
    const version = await insertVersion(tx, rubric!, input.actorId, input.rubric, input.audit.at);
    await logRubric(tx, input.audit, 'rubric.update', {
      id: rubric!.id,
      detail: { version: version.version, items: input.rubric.items.length },
    });
    return rubricView(rubric!, version);
  });
}

async function insertVersion(tx: Db, rubric: Rubric, actorId: string, input: RubricInput, now: Date) {
  const [version] = await tx
    .insert(rubricVersions)
    .values({
      rubricId: rubric.id,
      version: rubric.currentVersion,
      name: input.name,
      items: input.items,
      appliesTo: input.appliesTo,
      createdBy: actorId,
      createdAt: now,
    })
    .returning();
  return version!;
}

/** The current version of a rubric of the organization, for scoring a review. */
export async function currentRubricVersion(
  db: Db,
  organizationId: string,
  rubricId: string,
): Promise<RubricVersion> {
  const rubric = await findRubric(db, organizationId, rubricId);
  const [version] = await db
    .select()
    .from(rubricVersions)
    .where(and(eq(rubricVersions.rubricId, rubric.id), eq(rubricVersions.version, rubric.currentVersion)));
  return version!;
}

/** A stored version by its id (a review's). */
export async function rubricVersionById(db: Db, versionId: string) {
  const [row] = await db
    .select({ rubric: rubrics, version: rubricVersions })
    .from(rubricVersions)
    .innerJoin(rubrics, eq(rubrics.id, rubricVersions.rubricId))
    .where(eq(rubricVersions.id, versionId));
  return row;
}
