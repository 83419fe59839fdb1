import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { loadTeamRoster } from '../rosters/service.ts';
import { textLinesPart } from '../scan/extract/position-map.ts';
import type { Scanner } from '../scan/scanner.ts';
import type { Extraction } from '../scan/types.ts';
import { getTeamScanSettings } from '../scan-settings/service.ts';
import type { Vault } from '../vault/vault.ts';

/** Which of a reviewer's texts a finding is in. */
export type WordsField = 'body' | 'summary';

/** A finding in a reviewer's words, in the shape of an upload's: masked excerpt, never the text. */
export interface WordsFinding {
  label: string;
  detector: string;
  action: 'block' | 'warn';
  excerpt: string;
  location: { field: WordsField; line: number };
  source: 'comment' | 'summary';
}

/** A text as a one-part extraction, located by line (as a plain-text upload is). */
const extractionOf = (text: string): Extraction => ({ format: 'text', parts: [textLinesPart(text)] });

/**
 * Reviewers' own words are checked like an upload before anything is stored: the team's roster
 * (opened for this check only) and the organization's scan policy and allow list. Blocking findings
 * refuse the whole request with COMMENT_REJECTED and the masked findings — a supervisor who types a
 * client's name is stopped exactly as a therapist uploading it would be. Returns the count of
 * warnings when clean (they do not stop a comment, as they do not stop an upload).
 */
export async function checkReviewerWords(
  deps: { vault: Vault; db: Db; scanner: () => Promise<Scanner> },
  input: { teamId: string; texts: Partial<Record<WordsField, string>> },
): Promise<{ warn: number }> {
  const entries = Object.entries(input.texts).filter((e): e is [WordsField, string] => !!e[1]);
  if (entries.length === 0) return { warn: 0 };
  const roster = await loadTeamRoster(deps.vault, deps.db, input.teamId);
  const { policy, allowList } = await getTeamScanSettings(deps.db, input.teamId);
  const scanner = await deps.scanner();
  const findings: WordsFinding[] = [];
  for (const [field, text] of entries) {
    const report = scanner.scanExtraction(extractionOf(text), { roster, policy, allowList });
    for (const f of report.findings) {
      if (f.action === 'allowed') continue;
      const at = f.location as { line?: number };
      findings.push({
        label: f.label,
        detector: f.detector,
        action: f.action,
        excerpt: f.excerpt,
        location: { field, line: at.line ?? 1 },
        source: field === 'body' ? 'comment' : 'summary',
      });
    }
  }
  const blocking = findings.filter((f) => f.action === 'block').length;
  if (blocking > 0) throw wordsRejected(findings, blocking);
  return { warn: findings.length };
}

function wordsRejected(findings: WordsFinding[], blocking: number): AppError {
  return new AppError(
    'COMMENT_REJECTED',
    `Not saved: your text contains ${blocking} detail${blocking === 1 ? '' : 's'} that could identify a client (names, places or other identifiers). Remove them and try again.`,
    { details: { findings } },
  );
}

/** The count of blocking findings of a COMMENT_REJECTED error, for the access log. */
export function blockingCount(err: AppError): number {
  const findings = err.details?.findings as WordsFinding[] | undefined;
  return findings?.filter((f) => f.action === 'block').length ?? 0;
}
