import { z } from 'zod';
import { GENESIS_HASH } from './chain.ts';
import type { AuditSigner } from './signer.ts';
import { checkpointMacValid, contentProblem } from './verify-chain.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const nullableText = z.string().nullable();
const entryLine = z.object({
  seq: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
  organizationId: nullableText,
  actorId: nullableText,
  actorRole: z.string(),
  action: z.string(),
  targetType: nullableText,
  targetId: nullableText,
  teamId: nullableText,
  outcome: z.string(),
  clientIp: nullableText,
  userAgent: nullableText,
  requestId: nullableText,
  detail: z.record(z.string(), z.unknown()),
  prevHash: hex64,
  hash: hex64,
});
const checkpointLine = z.object({
  checkpoint: z.object({
    seq: z.number().int().positive(),
    hash: hex64,
    keyId: z.string(),
    mac: z.string(),
    at: z.iso.datetime({ offset: true }),
  }),
});

const endLine = z.object({
  end: z.object({
    entries: z.number().int().nonnegative(),
    throughSeq: z.number().int().nonnegative(),
    contiguous: z.boolean(),
    complete: z.boolean(),
  }),
});

export interface ExportReport {
  ok: boolean;
  problem?: { line: number; seq?: number; message: string };
  entries: number;
  firstSeq?: number;
  last?: { seq: number; hash: string };
  /** Stretches of consecutive seqs. One stretch starting at the genesis hash is the whole chain. */
  runs: number;
  startsAtGenesis: boolean;
  /** The file starts at a pruning cut: its first entry is followed by that entry's checkpoint. */
  startsAtCut?: boolean;
  /** The cut named by the newest `audit.prune` entry in the file. */
  latestPruneCut?: number;
  checkpoints: { matched: number; macChecked: boolean };
  /** What the end line declared (present whenever ok). */
  end?: z.output<typeof endLine>['end'];
}

/**
 * Verifies an exported JSON Lines file without the database, one line at a time. Every entry is
 * re-hashed from its own fields and prev_hash; where two entries have consecutive seqs, the second
 * must link to the first. Filtered exports skip the seqs of other entries: their stretches are each
 * checked, but what lies between them cannot be (docs/access-log.md says what that proves).
 * Checkpoint lines must match the entry before them, and their MACs are checked when a signer (the
 * key ring) is at hand. The end line must be last and agree with what came before it: the count, and
 * for an unfiltered export one unbroken run from the genesis hash to the head it names.
 */
export async function verifyAuditExport(
  lines: AsyncIterable<string> | Iterable<string>,
  input: { signer?: AuditSigner } = {},
): Promise<ExportReport> {
  const report: ExportReport = {
    ok: true,
    entries: 0,
    runs: 0,
    startsAtGenesis: false,
    checkpoints: { matched: 0, macChecked: Boolean(input.signer) },
  };
  const fail = (line: number, message: string, seq?: number) => ({
    ...report,
    ok: false,
    problem: { line, seq, message },
  });

  let n = 0;
  let firstGap: Gap | undefined;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    if (report.end) return fail(n, 'lines after the end line: the file was appended to');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail(n, 'not a JSON line');
    }
    const end = endLine.safeParse(value);
    if (end.success) {
      const problem = endProblem(report, end.data.end, firstGap);
      if (problem) return fail(problem.line ?? n, problem.message, problem.seq);
      report.end = end.data.end;
      continue;
    }
    const cp = checkpointLine.safeParse(value);
    if (cp.success) {
      const { seq, hash, keyId, mac, at } = cp.data.checkpoint;
      if (report.last?.seq !== seq) return fail(n, 'a checkpoint line must follow the entry it signs', seq);
      if (report.last.hash !== hash) {
        return fail(n, 'the entry before this checkpoint differs from the signed one: rewritten', seq);
      }
      if (
        input.signer &&
        !(await checkpointMacValid(input.signer, { seq, hash, keyId, mac, at: new Date(at) }))
      ) {
        return fail(n, `the checkpoint has no valid MAC under key ${keyId}: forged or altered`, seq);
      }
      report.checkpoints.matched++;
      if (report.entries === 1 && report.firstSeq === seq && seq > 1) report.startsAtCut = true;
      continue;
    }
    const parsed = entryLine.safeParse(value);
    if (!parsed.success) return fail(n, 'not an access-log entry or checkpoint line');
    const entry = parsed.data;
    const prev = report.last;
    if (prev && entry.seq <= prev.seq) {
      return fail(n, `out of order: seq ${entry.seq} after seq ${prev.seq}`, entry.seq);
    }
    const changed = contentProblem(entry);
    if (changed) return fail(n, changed, entry.seq);
    if (!prev || entry.seq !== prev.seq + 1) {
      report.runs++;
      if (prev) firstGap ??= { line: n, seq: entry.seq, after: prev.seq };
      if (!prev) report.firstSeq = entry.seq;
      if (!prev && entry.seq === 1) {
        if (entry.prevHash !== GENESIS_HASH) return fail(n, 'seq 1 does not start at the genesis hash', 1);
        report.startsAtGenesis = true;
      }
    } else if (entry.prevHash !== prev.hash) {
      return fail(
        n,
        `its prev_hash is not the hash of seq ${prev.seq}: entries were reordered, or seq ${prev.seq} was changed and re-hashed`,
        entry.seq,
      );
    }
    if (entry.action === 'audit.prune' && typeof entry.detail.cutSeq === 'number') {
      report.latestPruneCut = entry.detail.cutSeq;
    }
    report.entries++;
    report.last = { seq: entry.seq, hash: entry.hash };
  }
  if (!report.end) return fail(n + 1, 'the file ends without its end line: the export was cut short');
  return report;
}

interface Gap {
  line: number;
  seq: number;
  after: number;
}

/** Whether the end line agrees with the entries before it; a gap is reported where it is. */
function endProblem(
  report: ExportReport,
  end: NonNullable<ExportReport['end']>,
  gap: Gap | undefined,
): { line?: number; seq?: number; message: string } | undefined {
  if (end.contiguous && gap) {
    const message = `seq ${gap.seq} follows seq ${gap.after} in an unfiltered export: entries were removed from the file`;
    return { line: gap.line, seq: gap.seq, message };
  }
  if (end.entries !== report.entries) {
    return {
      message: `the end line counts ${end.entries} entries but the file holds ${report.entries}: lines were removed or added`,
    };
  }
  if (report.last && report.last.seq > end.throughSeq) {
    return { message: `an entry lies beyond seq ${end.throughSeq}, where the export ended` };
  }
  // A pruned log starts at the signed checkpoint of its cut, which an audit.prune entry names.
  const startsWell =
    report.startsAtGenesis || (report.startsAtCut === true && report.latestPruneCut === report.firstSeq);
  const whole = end.entries === 0 ? end.throughSeq === 0 : startsWell && report.last?.seq === end.throughSeq;
  if (end.complete && !whole) {
    return {
      message: `the export claims the whole chain through seq ${end.throughSeq}, but the file does not start at seq 1 (or at a recorded pruning cut) or stops early`,
    };
  }
  return undefined;
}
