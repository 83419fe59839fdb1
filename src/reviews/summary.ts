import { and, eq, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { rubrics, rubricVersions } from '../rubrics/tables.ts';
import { uploads } from '../uploads/tables.ts';
import type { AuditBase } from '../uploads/transitions.ts';
import { type ReviewState, reviewStates, reviews } from './tables.ts';

export interface ReviewSummary {
  teamId: string;
  from: string | null;
  to: string | null;
  /** Accepted uploads of the team (accepted in the range) by review state. */
  counts: Record<ReviewState, number>;
  /** Completed reviews in the range: acceptance of the upload to completion of its review. */
  reviewed: number;
  medianTimeToReviewMs: number | null;
  /** Per rubric version used by completed reviews in the range: mean score of each item. */
  rubrics: {
    rubricId: string;
    version: number;
    name: string;
    reviews: number;
    items: { id: string; label: string; mean: number | null; scored: number }[];
  }[];
}

const within = (column: typeof uploads.decidedAt | typeof reviews.completedAt, from?: Date, to?: Date) =>
  [from ? gte(column, from) : undefined, to ? lt(column, to) : undefined].filter((c): c is SQL => !!c);

/**
 * GET /api/reviews/summary: the team's workload and results. Aggregated in the database — counts,
 * a median (percentile_cont) and per-item means — so the answer costs the same for ten reviews or
 * a hundred thousand. Figures only: no text of any review is read.
 */
export async function summarizeReviews(
  db: Db,
  input: { teamId: string; from?: Date; to?: Date; audit: AuditBase },
): Promise<ReviewSummary> {
  const { teamId, from, to } = input;
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const state = sql<ReviewState>`coalesce(${reviews.state}::text, 'unreviewed')`;
    const grouped = await tx
      .select({ state, count: sql<number>`count(*)::int` })
      .from(uploads)
      .leftJoin(reviews, eq(reviews.uploadId, uploads.id))
      .where(
        and(
          eq(uploads.teamId, teamId),
          eq(uploads.status, 'accepted'),
          ...within(uploads.decidedAt, from, to),
        ),
      )
      .groupBy(state);
    const counts = Object.fromEntries(reviewStates.map((s) => [s, 0])) as Record<ReviewState, number>;
    for (const g of grouped) counts[g.state] = Number(g.count);

    const completed = and(
      eq(reviews.teamId, teamId),
      eq(reviews.state, 'reviewed'),
      eq(uploads.status, 'accepted'),
      isNotNull(reviews.completedAt),
      ...within(reviews.completedAt, from, to),
    );
    const [timing] = await tx
      .select({
        reviewed: sql<number>`count(*)::int`,
        median: sql<
          string | null
        >`percentile_cont(0.5) within group (order by extract(epoch from (${reviews.completedAt} - ${uploads.decidedAt})) * 1000)`,
      })
      .from(reviews)
      .innerJoin(uploads, eq(uploads.id, reviews.uploadId))
      .where(completed);

    // One row per (rubric version, item) that completed reviews scored, with the mean and the count.
    const scored = await tx
      .select({
        versionId: reviews.rubricVersionId,
        item: sql<string>`s.key`,
        mean: sql<string>`avg((s.value)::numeric)`,
        scored: sql<number>`count(*)::int`,
      })
      .from(reviews)
      .innerJoin(uploads, eq(uploads.id, reviews.uploadId))
      .innerJoin(sql`jsonb_each_text(${reviews.scores}) as s`, sql`true`)
      .where(and(completed, isNotNull(reviews.rubricVersionId)))
      .groupBy(reviews.rubricVersionId, sql`s.key`);
    const perVersion = await tx
      .select({ versionId: reviews.rubricVersionId, reviews: sql<number>`count(*)::int` })
      .from(reviews)
      .innerJoin(uploads, eq(uploads.id, reviews.uploadId))
      .where(and(completed, isNotNull(reviews.rubricVersionId)))
      .groupBy(reviews.rubricVersionId);
    const versionIds = perVersion.map((pv) => pv.versionId!);
    const versions =
      versionIds.length === 0
        ? []
        : await tx
            .select({
              id: rubricVersions.id,
              rubricId: rubrics.id,
              version: rubricVersions.version,
              name: rubricVersions.name,
              items: rubricVersions.items,
            })
            .from(rubricVersions)
            .innerJoin(rubrics, eq(rubrics.id, rubricVersions.rubricId))
            .where(inArray(rubricVersions.id, versionIds));
    const summaries: ReviewSummary['rubrics'] = versions.map((v) => ({
      rubricId: v.rubricId,
      version: v.version,
      name: v.name,
      reviews: Number(perVersion.find((pv) => pv.versionId === v.id)?.reviews ?? 0),
      items: v.items.map((item) => {
        const s = scored.find((r) => r.versionId === v.id && r.item === item.id);
        return {
          id: item.id,
          label: item.label,
          mean: s ? Math.round(Number(s.mean) * 100) / 100 : null,
          scored: s ? Number(s.scored) : 0,
        };
      }),
    }));
    summaries.sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);

    await appendAudit(tx, {
      ...input.audit,
      action: 'review.summary',
      outcome: 'success',
      targetType: 'team',
      targetId: teamId,
      teamId,
      detail: { reviewed: Number(timing?.reviewed ?? 0) },
    });
    return {
      teamId,
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      counts,
      reviewed: Number(timing?.reviewed ?? 0),
      medianTimeToReviewMs: timing?.median == null ? null : Math.round(Number(timing.median)),
      rubrics: summaries,
    };
  });
}
