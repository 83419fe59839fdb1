import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { afterTimeCursor, encodeTimeCursor } from '../http/time-cursor.ts';
import type { CertificateDocument, SignedCertificate } from './certificate.ts';
import type { DisposalPlan } from './plan.ts';
import { type RetentionRun, retentionCertificates } from './tables.ts';

/** What the API and the CLI show of a plan: ids, kinds, teams and dates only. */
/** Policy: a due item is disposed within 60 days. Unheld uploads due longer ago show a stalled run. */
const OVERDUE_MS = 60 * 86_400_000;

export function planView(plan: DisposalPlan) {
  const held = plan.uploads.filter((u) => u.held).length;
  const overdue = plan.uploads.filter(
    (u) => !u.held && u.dueAt.getTime() < plan.asOf.getTime() - OVERDUE_MS,
  ).length;
  return {
    asOf: plan.asOf.toISOString(),
    horizon: plan.horizon.toISOString(),
    uploads: plan.uploads.map((u) => ({
      id: u.id,
      kind: u.kind,
      teamId: u.teamId,
      acceptedAt: u.acceptedAt.toISOString(),
      dueAt: u.dueAt.toISOString(),
      held: u.held,
    })),
    reports: plan.reports.map((r) => ({
      id: r.id,
      status: r.status,
      teamId: r.teamId,
      dueAt: r.dueAt.toISOString(),
      held: r.held,
    })),
    counts: {
      due: plan.uploads.length,
      held,
      toDispose: plan.uploads.length - held,
      overdue,
      reports: plan.reports.filter((r) => !r.held).length,
    },
  };
}

export function runView(run: RetentionRun, certificateId: string | null = null) {
  return {
    id: run.id,
    status: run.status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    dueCount: run.dueCount,
    maxPerRun: run.limit,
    planned: run.planned.length,
    disposedCount: run.disposedCount,
    reportsExpired: run.reportsExpired,
    confirmedBy: run.confirmedBy,
    confirmedAt: run.confirmedAt?.toISOString() ?? null,
    certificateId,
  };
}

/** Certificates newest first, a page at a time (one a day per organization adds up over the years). */
export async function listCertificates(
  db: Db,
  organizationId: string,
  page: { cursor?: string; limit: number },
) {
  const rows = await db
    .select()
    .from(retentionCertificates)
    .where(
      and(
        eq(retentionCertificates.organizationId, organizationId),
        afterTimeCursor(retentionCertificates.issuedAt, retentionCertificates.id, page.cursor),
      ),
    )
    .orderBy(desc(retentionCertificates.issuedAt), desc(retentionCertificates.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    certificates: shown.map((r) => {
      const doc = r.document as unknown as CertificateDocument;
      return { id: r.id, runId: r.runId, issuedAt: r.issuedAt.toISOString(), uploads: doc.totals.uploads };
    }),
    nextCursor: rows.length > page.limit && last ? encodeTimeCursor(last.issuedAt, last.id) : null,
  };
}

/** The stored certificate as signed, or undefined when it is not the organization's. */
export async function getCertificate(
  db: Db,
  organizationId: string,
  id: string,
): Promise<SignedCertificate | undefined> {
  const [row] = await db
    .select()
    .from(retentionCertificates)
    .where(and(eq(retentionCertificates.id, id), eq(retentionCertificates.organizationId, organizationId)));
  if (!row) return undefined;
  return {
    certificate: row.document as unknown as CertificateDocument,
    signature: { algorithm: 'HMAC-SHA-256', keyId: row.keyId, mac: row.mac },
  };
}
