import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { keyRingAuditSigner } from '../audit/signer.ts';
import { parseConfig } from '../config.ts';
import { buildNodeRuntime, type NodeRuntime } from '../node.ts';
import { organizations } from '../orgs/tables.ts';
import { verifySignedCertificate } from '../retention/certificate.ts';
import { parseCertificateFile } from '../retention/certificate-format.ts';
import { retentionDeps } from '../retention/jobs.ts';
import { type RunResult, runRetention } from '../retention/run.ts';
import { planView } from '../retention/views.ts';
import type { Command, CommandIo, ParsedArgs } from './command.ts';

const usage = `qa-vault retention <run|verify-certificate> [options]

  run [--dry-run] [--org ID]   dispose of every due, unheld upload now (what the daily job does), one
                               signed certificate per organization (also when nothing was due); --dry-run
                               only prints what would be disposed (the same as GET /api/retention/preview?within=0)
  verify-certificate FILE      check a disposal certificate (JSON or CSV, as downloaded) against the
                               vault key ring; exit 0 when its signature holds, 1 when it does not`;

async function withRuntime(io: CommandIo, work: (runtime: NodeRuntime) => Promise<number>): Promise<number> {
  const runtime = await buildNodeRuntime(parseConfig(io.env));
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

function describeResult(organizationId: string, result: RunResult): string {
  const plan = planView(result.plan);
  if (result.outcome === 'dry_run') {
    return `${JSON.stringify({ organizationId, dryRun: true, ...plan })}\n`;
  }
  if (result.outcome === 'awaiting_confirmation') {
    return `${JSON.stringify({ organizationId, runId: result.run.id, status: 'awaiting_confirmation', due: result.run.dueCount, maxPerRun: result.run.limit })}\n`;
  }
  return `${JSON.stringify({ organizationId, runId: result.run.id, status: 'completed', disposed: result.run.disposedCount, reportsExpired: result.run.reportsExpired, certificateId: result.certificateId })}\n`;
}

async function run(io: CommandIo, args: ParsedArgs): Promise<number> {
  const org = z.uuid().optional().safeParse(args.values.org);
  if (!org.success) return usageError(io, '--org must be an organization id');
  return withRuntime(io, async ({ deps }) => {
    const ids = org.data
      ? [org.data]
      : (await deps.db.select({ id: organizations.id }).from(organizations).orderBy(organizations.id)).map(
          (o) => o.id,
        );
    const now = deps.clock.now();
    let stopped = 0;
    for (const organizationId of ids) {
      const result = await runRetention(retentionDeps(deps), {
        organizationId,
        now,
        dryRun: args.values['dry-run'] === true,
      });
      if (result.outcome === 'awaiting_confirmation') stopped++;
      io.out(describeResult(organizationId, result));
    }
    if (stopped > 0)
      io.err(
        `${stopped} organization(s) over RETENTION_MAX_PER_RUN: nothing disposed there until an admin confirms\n`,
      );
    return 0;
  });
}

async function verifyCertificate(io: CommandIo, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    io.err(
      `qa-vault retention verify-certificate: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`,
    );
    return 2;
  }
  let signed: ReturnType<typeof parseCertificateFile>;
  try {
    signed = parseCertificateFile(text);
  } catch (err) {
    io.out(`certificate INVALID: ${(err as Error).message}\n`);
    return 1;
  }
  return withRuntime(io, async ({ deps }) => {
    const ok = await verifySignedCertificate(keyRingAuditSigner(deps.vault.keys), signed);
    const c = signed.certificate;
    if (!ok) {
      io.out(
        `certificate INVALID: the signature does not match its contents under key ${signed.signature.keyId} (altered, or that key is not in the key ring)\n`,
      );
      return 1;
    }
    io.out(
      `certificate valid: run ${c.runId} of organization ${c.organizationId}, issued ${c.issuedAt}: ${c.totals.uploads} upload(s), ${c.totals.dataKeysDestroyed} data key(s) destroyed; signed with key ${signed.signature.keyId}\n`,
    );
    return 0;
  });
}

export const retentionCommand: Command = {
  name: 'retention',
  summary: 'Run disposal now (or preview it) and verify disposal certificates',
  usage,
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, org: { type: 'string' } },
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub === 'run')
      return rest.length > 0 ? usageError(io, `unexpected argument "${rest[0]}"`) : run(io, args);
    if (sub === 'verify-certificate') {
      if (rest.length !== 1) return usageError(io, 'name one certificate file');
      return verifyCertificate(io, rest[0]!);
    }
    return usageError(io, sub ? `unknown subcommand "${sub}"` : 'a subcommand is required');
  },
};

function usageError(io: CommandIo, problem: string): number {
  io.err(`qa-vault retention: ${problem}\n\n${usage}\n`);
  return 2;
}
