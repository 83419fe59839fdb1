import type { AuditAction, AuditOutcome } from '../audit/actions.ts';
import { appendAudit } from '../audit/append.ts';
import { parseConfig } from '../config.ts';
import { buildNodeRuntime, createStderrLogger, type NodeRuntime } from '../node.ts';
import { resealRosterEntries } from '../rosters/maintenance.ts';
import { dependentsOf } from '../vault/key-dependents.ts';
import { addActiveKek, removeKek } from '../vault/key-file.ts';
import {
  countDataKeysByKek,
  countDataKeysNotUnder,
  rewrapDataKeys,
  sweepVault,
  verifyObjects,
} from '../vault/maintenance.ts';
import { type KeySource, openNodeVault, resolveKeySource } from '../vault/node.ts';
import type { Command, CommandIo, ParsedArgs } from './command.ts';
import { UsageError } from './command.ts';

async function withRuntime(io: CommandIo, run: (rt: NodeRuntime, source: KeySource) => Promise<number>) {
  const config = parseConfig(io.env);
  const logger = createStderrLogger(config);
  const runtime = await buildNodeRuntime(config, logger, 'vault');
  try {
    return await run(runtime, await resolveKeySource(config, logger, runtime.deps.clock.now()));
  } finally {
    await runtime.close();
  }
}

/**
 * The access-log entry of a key or vault command: actor `system` (an operator at the console, not a
 * signed-in user), no organization (keys and blobs serve them all), counts and key ids only.
 */
function logSystemAction(
  { deps }: NodeRuntime,
  entry: { action: AuditAction; outcome: AuditOutcome; targetId?: string; detail: Record<string, unknown> },
) {
  return appendAudit(deps.db, {
    at: deps.clock.now(),
    actorRole: 'system',
    action: entry.action,
    outcome: entry.outcome,
    targetType: entry.action === 'vault.sweep' ? 'vault' : 'kek',
    targetId: entry.targetId ?? null,
    detail: entry.detail,
  });
}

function describeSource(source: KeySource): string {
  if (source.kind === 'inline') return 'VAULT_KEYS (inline JSON)';
  return source.embedded
    ? `embedded key file ${source.path} (production must supply VAULT_KEYS)`
    : `key file ${source.path} (VAULT_KEYS)`;
}

function positiveInt(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

async function status({ deps }: NodeRuntime, source: KeySource, io: CommandIo): Promise<number> {
  const active = deps.vault.keys.activeKeyId();
  const held = deps.vault.keys.keyIds();
  const counts = new Map((await countDataKeysByKek(deps.db)).map((c) => [c.kekId, c.count]));
  const ids = [...new Set([...held, ...counts.keys()])].sort();
  const width = Math.max(3, ...ids.map((id) => id.length));
  io.out(`Keys from ${describeSource(source)}\n\n${'KEK'.padEnd(width)}  data keys\n`);
  let missing = 0;
  for (const id of ids) {
    const note =
      id === active ? '  (active)' : held.includes(id) ? '' : '  (NOT IN THE KEY RING: unreadable)';
    if (!held.includes(id)) missing += counts.get(id) ?? 0;
    io.out(`${id.padEnd(width)}  ${String(counts.get(id) ?? 0).padStart(9)}${note}\n`);
  }
  return missing > 0 ? 1 : 0;
}

async function rotate(
  runtime: NodeRuntime,
  source: KeySource,
  args: ParsedArgs,
  io: CommandIo,
): Promise<number> {
  const batchSize = positiveInt(args.values['batch-size'], 'batch-size', 500);
  const { deps } = runtime;
  let vault = deps.vault;
  const pending = await countDataKeysNotUnder(deps.db, vault.keys.activeKeyId());
  if (pending > 0) {
    // An interrupted rotation, or an operator who put a new active key into VAULT_KEYS: finish it.
    io.out(
      `${pending} data keys are wrapped by older KEKs; re-wrapping them to ${vault.keys.activeKeyId()}.\n`,
    );
  } else if (source.kind === 'file') {
    const id = await addActiveKek(source.path, deps.clock.now());
    vault = await openNodeVault(deps.config, {
      blobs: deps.blobs,
      locations: deps.vault.locations,
      logger: deps.logger,
      clock: deps.clock,
    });
    io.out(`Generated KEK ${id} in ${source.path}; it is now active. Keep a backup of this file.\n`);
  } else {
    io.out(
      `Every data key is already wrapped by the active KEK ${vault.keys.activeKeyId()}.\n` +
        'To rotate, add a new key to VAULT_KEYS, make it "active", restart the service, then run this again.\n',
    );
    return 0;
  }
  const result = await rewrapDataKeys(vault, deps.db, {
    batchSize,
    onBatch: (p) => io.out(`  re-wrapped ${p.rewrapped}\n`),
  });
  io.out(`Re-wrapped ${result.rewrapped} data keys to ${result.activeKeyId}.\n`);
  for (const f of result.failed) io.err(`  ${f.objectId}: ${f.reason}\n`);
  const rosters = await resealRosterEntries(vault, deps.db);
  io.out(`Re-sealed ${rosters.resealed} roster entries to ${result.activeKeyId}.\n`);
  for (const id of rosters.failed) io.err(`  roster entry ${id}: does not open\n`);
  const complete = result.remaining === 0 && rosters.failed.length === 0;
  await logSystemAction(runtime, {
    action: 'key.rotate',
    outcome: complete ? 'success' : 'failure',
    targetId: result.activeKeyId,
    detail: {
      rewrapped: result.rewrapped,
      failed: result.failed.length,
      remaining: result.remaining,
      rosterEntriesResealed: rosters.resealed,
      rosterEntriesFailed: rosters.failed.length,
    },
  });
  if (result.remaining > 0) {
    io.err(
      `${result.remaining} data keys are still under older KEKs (listed failures, or objects written meanwhile ` +
        'by a server that had not yet loaded the new key). Run this command again.\n',
    );
    return 1;
  }
  return complete ? 0 : 1;
}

async function retire(
  runtime: NodeRuntime,
  source: KeySource,
  args: ParsedArgs,
  io: CommandIo,
): Promise<number> {
  const { deps } = runtime;
  const id = args.values.id;
  if (typeof id !== 'string' || id === '') throw new UsageError('--id is required');
  const refuse = async (reason: string, message: string) => {
    await logSystemAction(runtime, {
      action: 'key.retire',
      outcome: 'failure',
      targetId: id,
      detail: { reason },
    });
    io.err(message);
    return 1;
  };
  if (id === deps.vault.keys.activeKeyId()) {
    return refuse('active', `Refusing: ${id} is the active KEK. Rotate to a new key first.\n`);
  }
  const dependents = await dependentsOf(deps.db, id);
  if (dependents.length > 0) {
    const list = dependents.map((d) => `${d.count} ${d.name}`).join(', ');
    return refuse('in_use', `Refusing: ${list} still depend on ${id}. Run \`qa-vault keys rotate\` first.\n`);
  }
  if (!deps.vault.keys.keyIds().includes(id)) {
    return refuse('unknown', `${id} is not in the key ring; nothing to retire.\n`);
  }
  if (source.kind === 'file') await removeKek(source.path, id);
  // For inline keys the operator removes it from VAULT_KEYS: what is logged is that nothing needs it.
  await logSystemAction(runtime, {
    action: 'key.retire',
    outcome: 'success',
    targetId: id,
    detail: { removedFromKeyFile: source.kind === 'file' },
  });
  io.out(
    source.kind === 'file'
      ? `Removed KEK ${id} from ${source.path}.\n`
      : `Nothing depends on ${id} any more. Remove it from VAULT_KEYS and restart the service.\n`,
  );
  return 0;
}

async function runSub(
  args: ParsedArgs,
  io: CommandIo,
  usage: string,
  subs: Record<string, (rt: NodeRuntime, source: KeySource) => Promise<number>>,
): Promise<number> {
  const [sub, ...extra] = args.positionals;
  const handler = sub === undefined ? undefined : subs[sub];
  if (!handler || extra.length > 0) {
    io.err(`${usage}\n`);
    return 2;
  }
  try {
    return await withRuntime(io, handler);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${err.message}\n\n${usage}\n`);
    return 2;
  }
}

const keysUsage = `qa-vault keys <status|rotate|retire> [options]

  status                     how many data keys each key-encryption key (KEK) wraps
  rotate [--batch-size N]    make a new KEK active and re-wrap every data key to it, in batches;
                             objects are not read or rewritten; safe to interrupt and run again
  retire --id KEK            remove a KEK nothing depends on any more (refused otherwise)

A key file ring (VAULT_KEYS=/path, or the embedded one under DATA_DIR) gets its new KEK from
\`rotate\` itself. With inline VAULT_KEYS, add the new key, mark it active, restart, then run
\`rotate\` to re-wrap; \`retire\` then tells you when the old key can leave VAULT_KEYS.`;

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Vault key-encryption keys: status, rotate, retire',
  usage: keysUsage,
  allowPositionals: true,
  options: { 'batch-size': { type: 'string' }, id: { type: 'string' } },
  run: (args, io) =>
    runSub(args, io, keysUsage, {
      status: (rt, source) => status(rt, source, io),
      rotate: (rt, source) => rotate(rt, source, args, io),
      retire: (rt, source) => retire(rt, source, args, io),
    }),
};

const vaultUsage = `qa-vault vault <verify|sweep> [options]

  verify [--sample N]        decrypt objects in full (all, or N at random) and check size and SHA-256
  sweep [--grace-minutes N]  delete blobs without a key record and writes abandoned more than N
                             minutes ago (default 1440: a day, longer than any upload takes)`;

export const vaultCommand: Command = {
  name: 'vault',
  summary: 'Encrypted object store: verify, sweep',
  usage: vaultUsage,
  allowPositionals: true,
  options: { sample: { type: 'string' }, 'grace-minutes': { type: 'string' } },
  run: (args, io) =>
    runSub(args, io, vaultUsage, {
      async verify({ deps }) {
        const sample =
          args.values.sample === undefined ? undefined : positiveInt(args.values.sample, 'sample', 1);
        const result = await verifyObjects(deps.vault, deps.db, { sample });
        for (const f of result.failures) io.err(`${f.objectId}: ${f.reason}\n`);
        io.out(`Checked ${result.checked} objects: ${result.failures.length} failed.\n`);
        return result.failures.length > 0 ? 1 : 0;
      },
      async sweep(runtime) {
        const { deps } = runtime;
        const graceMinutes = positiveInt(args.values['grace-minutes'], 'grace-minutes', 24 * 60);
        const r = await sweepVault(deps.vault, deps.db, { graceMs: graceMinutes * 60_000 });
        await logSystemAction(runtime, {
          action: 'vault.sweep',
          outcome: 'success',
          detail: {
            graceMinutes,
            blobsChecked: r.blobsChecked,
            orphanBlobsDeleted: r.orphanBlobsDeleted,
            abandonedWrites: r.abandonedWrites,
          },
        });
        io.out(
          `Checked ${r.blobsChecked} blobs: deleted ${r.orphanBlobsDeleted} without a key record; ` +
            `removed ${r.abandonedWrites} abandoned writes and ${r.partialWritesRemoved} partial files of interrupted writes.\n`,
        );
        return 0;
      },
    }),
};
