import { eq } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type UploadKind, uploadKinds } from '../uploads/tables.ts';
import { retentionRules } from './tables.ts';

/** Six years: HIPAA's documentation retention (45 CFR 164.316(b)(2)). */
export const DEFAULT_KEEP_DAYS = 2190;
/** The longest rule accepted (100 years): beyond it a typo, not a policy. */
export const MAX_KEEP_DAYS = 36_500;

export interface RuleView {
  kind: UploadKind;
  keepDays: number;
  /** True when the organization set no rule for this kind and the default applies. */
  isDefault: boolean;
}

/**
 * The days a kind is kept: the organization's rule or the default, never under RETENTION_MIN_DAYS
 * (a floor raised after a rule was set lifts that rule too). The disposal plan's SQL says the same.
 */
export const effectiveKeepDays = (keepDays: number | null | undefined, minDays: number) =>
  Math.max(keepDays ?? DEFAULT_KEEP_DAYS, minDays);

export async function getRetentionRules(
  db: Db,
  config: Pick<Config, 'RETENTION_MIN_DAYS'>,
  organizationId: string,
): Promise<RuleView[]> {
  const rows = await db
    .select()
    .from(retentionRules)
    .where(eq(retentionRules.organizationId, organizationId));
  return uploadKinds.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return {
      kind,
      keepDays: effectiveKeepDays(row?.keepDays, config.RETENTION_MIN_DAYS),
      isDefault: !row,
    };
  });
}

/**
 * Sets the rules named (others stay as they are), with one `policy.change` entry naming each kind's
 * old and new days. A rule under RETENTION_MIN_DAYS is refused whole: nothing is changed.
 */
export async function setRetentionRules(
  db: Db,
  input: {
    config: Pick<Config, 'RETENTION_MIN_DAYS'>;
    organizationId: string;
    adminId: string;
    rules: { kind: UploadKind; keepDays: number }[];
    now: Date;
    audit: Omit<AuditEntry, 'action' | 'outcome'>;
  },
): Promise<RuleView[]> {
  const min = input.config.RETENTION_MIN_DAYS;
  const kinds = input.rules.map((r) => r.kind);
  if (new Set(kinds).size !== kinds.length)
    throw new AppError('VALIDATION_FAILED', 'rules: each kind at most once');
  for (const rule of input.rules) {
    if (rule.keepDays < min || rule.keepDays > MAX_KEEP_DAYS) {
      throw new AppError(
        'VALIDATION_FAILED',
        `rules: keepDays for ${rule.kind} must be between ${min} (RETENTION_MIN_DAYS) and ${MAX_KEEP_DAYS}`,
      );
    }
  }
  await db.transaction(async (tx) => {
    const before = await getRetentionRules(tx, input.config, input.organizationId);
    for (const rule of input.rules) {
      await tx
        .insert(retentionRules)
        .values({
          organizationId: input.organizationId,
          ...rule,
          updatedAt: input.now,
          updatedBy: input.adminId,
        })
        .onConflictDoUpdate({
          target: [retentionRules.organizationId, retentionRules.kind],
          set: { keepDays: rule.keepDays, updatedAt: input.now, updatedBy: input.adminId },
        });
    }
    await appendAudit(tx, {
      ...input.audit,
      action: 'policy.change',
      outcome: 'success',
      targetType: 'retention',
      targetId: input.organizationId,
      detail: {
        retention: input.rules.map((r) => ({
          kind: r.kind,
          keepDays: r.keepDays,
          previousKeepDays: before.find((b) => b.kind === r.kind)?.keepDays ?? null,
        })),
      },
    });
  });
  return getRetentionRules(db, input.config, input.organizationId);
}
