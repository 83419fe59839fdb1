import { eq } from 'drizzle-orm';
import { type AuditEntry, appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { invalidRequest } from '../http/errors.ts';
import { teams } from '../orgs/tables.ts';
import { defaultPolicy, type ScanPolicy, scanPolicySchema } from '../scan/policy.ts';
import { type ScanSettingsInput, scanSettingsInputSchema } from './schemas.ts';
import { type OrganizationScanSettingsRow, organizationScanSettings } from './tables.ts';

type AuditBase = Omit<AuditEntry, 'action' | 'outcome'>;

export interface ScanSettings {
  policy: ScanPolicy;
  allowList: string[];
  /** True while the organization has never changed anything (no row). */
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

const copyOfDefault = (): ScanPolicy => ({
  block: [...defaultPolicy.block],
  warn: [...defaultPolicy.warn],
  threshold: defaultPolicy.threshold,
});

/**
 * A stored policy as the scanner gets it. A row that no longer parses (a label the scanner dropped,
 * an edit by hand) falls back to the default rather than failing every upload of the organization,
 * and names and places block whatever the row says: that is the product's promise.
 */
function policyFrom(stored: unknown): ScanPolicy {
  const parsed = scanPolicySchema.safeParse(stored);
  const policy = parsed.success ? parsed.data : copyOfDefault();
  for (const label of ['PERSON', 'LOCATION'] as const) {
    if (!policy.block.includes(label)) policy.block.push(label);
    policy.warn = policy.warn.filter((l) => l !== label);
  }
  return policy;
}

function settingsFrom(row: OrganizationScanSettingsRow | undefined | null): ScanSettings {
  if (!row) {
    return { policy: copyOfDefault(), allowList: [], isDefault: true, updatedBy: null, updatedAt: null };
  }
  return {
    policy: policyFrom(row.policy),
    allowList: [...row.allowList],
    isDefault: false,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The organization's policy and allow list; the default policy and no allow list when it set none. */
export async function getScanSettings(db: Db, organizationId: string): Promise<ScanSettings> {
  const [row] = await db
    .select()
    .from(organizationScanSettings)
    .where(eq(organizationScanSettings.organizationId, organizationId));
  return settingsFrom(row);
}

/** The settings of the organization a team belongs to (the upload gate knows the team). */
export async function getTeamScanSettings(db: Db, teamId: string): Promise<ScanSettings> {
  const [found] = await db
    .select({ settings: organizationScanSettings })
    .from(teams)
    .leftJoin(organizationScanSettings, eq(organizationScanSettings.organizationId, teams.organizationId))
    .where(eq(teams.id, teamId));
  return settingsFrom(found?.settings);
}

/** The same, for the admin page: the read is in the access log (`policy.read`). */
export async function readScanSettings(
  db: Db,
  input: { organizationId: string; audit: AuditBase },
): Promise<ScanSettings> {
  const settings = await getScanSettings(db, input.organizationId);
  await appendAudit(db, {
    ...input.audit,
    action: 'policy.read',
    outcome: 'success',
    targetType: 'organization',
    targetId: input.organizationId,
    detail: { settings: 'scan', allowListCount: settings.allowList.length },
  });
  return settings;
}

const added = <T>(from: readonly T[], to: readonly T[]) => to.filter((x) => !from.includes(x));

/** What changed, as labels and counts: the access log never holds allow-list entries. */
function changeDetail(before: ScanSettings, after: ScanSettings): Record<string, unknown> {
  const detail: Record<string, unknown> = { settings: 'scan' };
  const [b, a] = [before.policy, after.policy];
  const policy: Record<string, unknown> = {};
  if (added(b.block, a.block).length) policy.blockAdded = added(b.block, a.block);
  if (added(a.block, b.block).length) policy.blockRemoved = added(a.block, b.block);
  if (added(b.warn, a.warn).length) policy.warnAdded = added(b.warn, a.warn);
  if (added(a.warn, b.warn).length) policy.warnRemoved = added(a.warn, b.warn);
  if (b.threshold !== a.threshold) policy.threshold = { from: b.threshold, to: a.threshold };
  if (Object.keys(policy).length) detail.policy = policy;
  const [bl, al] = [before.allowList, after.allowList];
  detail.allowList = {
    before: bl.length,
    after: al.length,
    added: added(bl, al).length,
    removed: added(al, bl).length,
  };
  return detail;
}

/**
 * Replaces the policy and/or the allow list (whatever the input names). Validated here as well as
 * in the route, so the CLI or a job cannot store what the API would refuse. The row and its
 * `policy.change` entry commit together.
 */
export async function updateScanSettings(
  db: Db,
  input: { organizationId: string; actorId: string | null; change: ScanSettingsInput; audit: AuditBase },
): Promise<ScanSettings> {
  const parsed = scanSettingsInputSchema.safeParse(input.change);
  if (!parsed.success) {
    throw invalidRequest(parsed.error.issues);
  }
  const change = parsed.data;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(organizationScanSettings)
      .where(eq(organizationScanSettings.organizationId, input.organizationId))
      .for('update');
    const before = settingsFrom(current);
    const values = {
      policy: change.policy ?? before.policy,
      allowList: change.allowList ?? before.allowList,
      updatedBy: input.actorId,
      updatedAt: input.audit.at,
    };
    const [row] = await tx
      .insert(organizationScanSettings)
      .values({ organizationId: input.organizationId, ...values })
      .onConflictDoUpdate({ target: organizationScanSettings.organizationId, set: values })
      .returning();
    const after = settingsFrom(row);
    await appendAudit(tx, {
      ...input.audit,
      action: 'policy.change',
      outcome: 'success',
      targetType: 'organization',
      targetId: input.organizationId,
      detail: changeDetail(before, after),
    });
    return after;
  });
}
