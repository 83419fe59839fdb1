import { existsSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { auditActions, auditOutcomes } from '../audit/actions.ts';
import { exportWholeAuditLog } from '../audit/admin.ts';
import { writeAuditCheckpoint } from '../audit/checkpoint.ts';
import type { AuditFilter } from '../audit/query.ts';
import { keyRingAuditSigner } from '../audit/signer.ts';
import { verifyAuditChain } from '../audit/verify-chain.ts';
import { type ExportReport, verifyAuditExport } from '../audit/verify-export.ts';
import { type Config, parseConfig } from '../config.ts';
import { buildNodeRuntime, type NodeRuntime } from '../node.ts';
import { EMBEDDED_KEY_FILE } from '../vault/key-file.ts';
import { openKeyRing, resolveKeySource } from '../vault/node.ts';
import type { Command, CommandIo, ParsedArgs } from './command.ts';

const usage = `qa-vault audit <verify|checkpoint|export> [options]

  verify                 walk the whole access log and its checkpoints; print the first broken seq
                         and what is wrong; exit 0 only when intact (1 when broken)
  verify --file F        verify an export (JSON Lines) offline, without the database; checkpoint
                         MACs are checked when the vault key ring is configured
  checkpoint             sign the current chain head with the vault key ring now
  export                 write the log as JSON Lines (default) or CSV, oldest first, with hashes

Export options (all optional; without any the whole chain is exported, checkpoints included):
  --format jsonl|csv  --out FILE (default stdout)  --org ID  --actor ID  --action NAME
  --target ID  --team ID  --outcome success|failure|denied  --from ISO-TIME  --to ISO-TIME`;

const exportOptions = z.object({
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
  org: z.uuid().optional(),
  actor: z.uuid().optional(),
  action: z.enum(auditActions).optional(),
  target: z.string().min(1).optional(),
  team: z.uuid().optional(),
  outcome: z.enum(auditOutcomes).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

async function withRuntime(io: CommandIo, work: (runtime: NodeRuntime) => Promise<number>): Promise<number> {
  const runtime = await buildNodeRuntime(parseConfig(io.env), undefined, 'audit');
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

async function verifyDatabase(io: CommandIo): Promise<number> {
  return withRuntime(io, async ({ deps }) => {
    const report = await verifyAuditChain(deps.db, { signer: keyRingAuditSigner(deps.vault.keys) });
    if (!report.ok) {
      io.out(`audit log BROKEN at seq ${report.problem!.seq}: ${report.problem!.message}\n`);
      io.out(`(${report.entries} entries before it verified)\n`);
      return 1;
    }
    const start =
      report.firstSeq && report.firstSeq > 1 ? ` from the pruning cut at seq ${report.firstSeq}` : '';
    const head = report.head
      ? `seq ${report.firstSeq ?? 1}–${report.head.seq}${start}, head hash ${report.head.hash}`
      : 'empty';
    io.out(`audit log intact: ${report.entries} entries (${head})\n`);
    io.out(
      report.latestCheckpoint
        ? `${report.checkpoints} checkpoints verified; newest signs seq ${report.latestCheckpoint.seq} at ${report.latestCheckpoint.at.toISOString()}; ${report.unsignedTail} later entries await the next checkpoint\n`
        : 'no checkpoints yet: run `qa-vault audit checkpoint` (a rewrite of the whole chain is only detectable against one)\n',
    );
    if (report.pending > 0) {
      // Not a failure: a running service chains them within a second; old ones mean no sequencer runs.
      io.out(
        `${report.pending} entries recorded but not chained yet (oldest at ${report.oldestPendingAt?.toISOString()}); a running \`qa-vault serve\` or \`qa-vault audit checkpoint\` chains them\n`,
      );
    }
    return 0;
  });
}

/** The key ring for offline checks, only when one is configured: verifying must not create keys. */
async function configuredSigner(config: Config, io: CommandIo) {
  if (!config.VAULT_KEYS && !existsSync(join(config.DATA_DIR, EMBEDDED_KEY_FILE))) return undefined;
  const quiet = { debug() {}, info() {}, warn() {}, error: (m: string) => io.err(`${m}\n`) };
  return keyRingAuditSigner(await openKeyRing(await resolveKeySource(config, quiet, new Date()), quiet));
}

function describeExportReport(report: ExportReport): string {
  const cps = report.checkpoints;
  const checkpoints =
    cps.matched === 0
      ? 'no checkpoints in the file.'
      : `${cps.matched} checkpoint(s) match their entries${cps.macChecked ? ' and carry valid MACs from the key ring.' : ' (MACs not checked: no key ring configured).'}`;
  const end = report.end!;
  if (report.entries === 0) return `export verified: no entries (exported through seq ${end.throughSeq}).\n`;
  const range = `seq ${report.firstSeq}–${report.last!.seq}`;
  if (end.complete) {
    const from = report.startsAtGenesis
      ? 'the genesis hash'
      : `the signed pruning cut at seq ${report.firstSeq}`;
    return `export verified: the complete chain, ${report.entries} entries (${range}), unbroken from ${from} to hash ${report.last!.hash}; ${checkpoints}\n`;
  }
  if (end.contiguous) {
    return `export verified: ${report.entries} consecutive entries (${range}), each linked to the one before, ending at hash ${report.last!.hash}; ${checkpoints}\n`;
  }
  return [
    `export verified: ${report.entries} entries within ${range}, in ${report.runs} run(s) of consecutive seqs.`,
    'Each entry matches its own hash, consecutive entries link, and the count matches the end line. The',
    'entries between runs (other organizations, or filtered out) are not in the file, so it cannot show',
    'by itself that none of them was removed from the log: `qa-vault audit verify` on the database does.\n',
  ].join('\n');
}

async function verifyFile(io: CommandIo, file: string): Promise<number> {
  const config = parseConfig(io.env);
  const signer = await configuredSigner(config, io);
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    io.err(
      `qa-vault audit verify: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`,
    );
    return 2;
  }
  // Opened only now: readline emits lines as soon as it exists, so nothing may be awaited in between.
  const lines = createInterface({
    input: handle.createReadStream({ encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  const report = await verifyAuditExport(lines, { signer }).finally(() => handle.close());
  if (!report.ok) {
    const { line, seq, message } = report.problem!;
    io.out(`export BROKEN at line ${line}${seq ? ` (seq ${seq})` : ''}: ${message}\n`);
    return 1;
  }
  io.out(describeExportReport(report));
  return 0;
}

async function checkpoint(io: CommandIo): Promise<number> {
  return withRuntime(io, async ({ deps }) => {
    const signer = keyRingAuditSigner(deps.vault.keys);
    const { written, checkpoint: cp } = await writeAuditCheckpoint(deps.db, { signer, at: deps.clock.now() });
    io.out(
      written
        ? `checkpoint written: seq ${cp.seq}, hash ${cp.hash}, key ${cp.keyId}\n`
        : `nothing new since the checkpoint at seq ${cp.seq} (${cp.at.toISOString()})\n`,
    );
    return 0;
  });
}

async function exportLog(io: CommandIo, args: ParsedArgs): Promise<number> {
  const parsed = exportOptions.safeParse(args.values);
  if (!parsed.success) {
    io.err(
      `qa-vault audit export: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n`,
    );
    return 2;
  }
  const o = parsed.data;
  const filter: AuditFilter = {
    organizationId: o.org,
    actorId: o.actor,
    action: o.action,
    targetId: o.target,
    teamId: o.team,
    outcome: o.outcome,
    from: o.from ? new Date(o.from) : undefined,
    to: o.to ? new Date(o.to) : undefined,
  };
  // The file is created before anything is logged or read: an export that cannot be written is not recorded.
  let file: FileHandle | undefined;
  if (typeof args.values.out === 'string') {
    try {
      file = await open(args.values.out, 'wx', 0o600);
    } catch (err) {
      io.err(
        `qa-vault audit export: cannot create ${args.values.out} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`,
      );
      return 2;
    }
  }
  try {
    return await withRuntime(io, async ({ deps }) => {
      const stream = await exportWholeAuditLog(deps.db, { at: deps.clock.now(), filter, format: o.format });
      if (file) {
        await pipeline(Readable.fromWeb(stream as never), file.createWriteStream());
        io.err(`exported to ${args.values.out}\n`);
      } else {
        const decoder = new TextDecoder();
        for await (const chunk of stream) io.out(decoder.decode(chunk, { stream: true }));
      }
      return 0;
    });
  } finally {
    await file?.close().catch(() => {});
  }
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Verify, checkpoint or export the access log',
  usage,
  allowPositionals: true,
  options: {
    file: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    org: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    target: { type: 'string' },
    team: { type: 'string' },
    outcome: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run(args, io) {
    const [sub, ...extra] = args.positionals;
    if (extra.length > 0) return usageError(io, `unexpected argument "${extra[0]}"`);
    if (sub === 'verify') {
      return typeof args.values.file === 'string' ? verifyFile(io, args.values.file) : verifyDatabase(io);
    }
    if (sub === 'checkpoint') return checkpoint(io);
    if (sub === 'export') return exportLog(io, args);
    return usageError(io, sub ? `unknown subcommand "${sub}"` : 'a subcommand is required');
  },
};

function usageError(io: CommandIo, problem: string): number {
  io.err(`qa-vault audit: ${problem}\n\n${usage}\n`);
  return 2;
}
