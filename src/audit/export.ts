import { and, asc, between, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readChainHead } from './append.ts';
import { csvEntry, csvHeader, jsonlCheckpoint, jsonlEnd, jsonlEntry } from './export-format.ts';
import { type AuditFilter, auditFilterWhere } from './query.ts';
import { auditCheckpoints, auditLog, type ChainedAuditRow } from './tables.ts';

export type AuditExportFormat = 'csv' | 'jsonl';

export const exportContentType: Record<AuditExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** Filters that pick entries out of the chain; with none of them an export is one contiguous stretch. */
const selectiveFilters = ['organizationId', 'actorId', 'action', 'targetId', 'teamId', 'outcome'] as const;

export function isContiguousExport(filter: AuditFilter): boolean {
  return selectiveFilters.every((name) => filter[name] === undefined);
}

/**
 * Streams matching entries oldest first (chain order, so the file verifies line by line), one keyset
 * batch per pull: memory stays flat for millions of rows and a slow client slows the queries instead
 * of filling a buffer. The export ends at the head as it was when it started, so it is a well-defined
 * snapshot while entries keep arriving. JSON Lines exports close with an end line (count, range,
 * whether the file is the complete chain), so a download cut short is noticed; contiguous ones also
 * carry the checkpoints in their range, each right after the entry it signs.
 */
export async function openAuditExport(
  db: Db,
  input: {
    filter: AuditFilter;
    format: AuditExportFormat;
    batchSize?: number;
    onError?: (err: unknown) => void;
  },
): Promise<ReadableStream<Uint8Array>> {
  const { filter, format } = input;
  const batchSize = input.batchSize ?? 1000;
  const throughSeq = (await readChainHead(db))?.seq ?? 0;
  const contiguous = isContiguousExport(filter);
  const complete = contiguous && !filter.from && !filter.to;
  const where = auditFilterWhere(filter);
  const encoder = new TextEncoder();
  let after = 0;
  let entries = 0;
  let cancelled = false;

  async function nextChunk(): Promise<{ text: string; done: boolean }> {
    // seq bounds leave out what is not chained yet (seq null): an export is a stretch of the chain.
    const rows = (await db
      .select()
      .from(auditLog)
      .where(and(...where, gt(auditLog.seq, after), lte(auditLog.seq, throughSeq)))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize)) as ChainedAuditRow[];
    let text = '';
    if (rows.length > 0) {
      const first = rows[0]!.seq;
      after = rows[rows.length - 1]!.seq;
      const checkpoints =
        format === 'jsonl' && contiguous
          ? new Map(
              (
                await db
                  .select()
                  .from(auditCheckpoints)
                  .where(between(auditCheckpoints.seq, first, after))
              ).map((cp) => [cp.seq, cp]),
            )
          : undefined;
      for (const row of rows) {
        if (format === 'csv') {
          text += csvEntry(row);
          continue;
        }
        text += jsonlEntry(row);
        const cp = checkpoints?.get(row.seq);
        if (cp) text += jsonlCheckpoint(cp);
      }
      entries += rows.length;
    }
    const done = rows.length < batchSize;
    if (done && format === 'jsonl') text += jsonlEnd({ entries, throughSeq, contiguous, complete });
    return { text, done };
  }

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (format === 'csv') controller.enqueue(encoder.encode(csvHeader));
      },
      async pull(controller) {
        try {
          const { text, done } = await nextChunk();
          if (cancelled) return;
          if (text) controller.enqueue(encoder.encode(text));
          if (done) controller.close();
        } catch (err) {
          input.onError?.(err);
          controller.error(err);
        }
      },
      cancel() {
        cancelled = true;
      },
    },
    // One batch ahead at most: pull() runs again only when the consumer has taken the previous chunk.
    { highWaterMark: 1 },
  );
}
