import type { Db } from '../db/client.ts';
import { loadTeamRoster } from '../rosters/service.ts';
import type { Scanner } from '../scan/scanner.ts';
import type { Extraction } from '../scan/types.ts';
import { getTeamScanSettings } from '../scan-settings/service.ts';
import type { Vault } from '../vault/vault.ts';
import type { StoredFinding } from './tables.ts';

/** What is scanned for one upload: the file's text and metadata, its transcript, and the form's title. */
export interface ScanInput {
  teamId: string;
  title?: string | null;
  file?: Extraction;
  transcript?: Extraction;
}

export interface UploadVerdict {
  accepted: boolean;
  /** Blocking and warning findings, masked and located; never the matched text. */
  findings: StoredFinding[];
  counts: { block: number; warn: number; allowed: number };
}

/** The title as a one-field metadata part, so its findings are located as `{field: "title"}`. */
function titleExtraction(title: string): Extraction {
  return {
    format: 'text',
    parts: [{ source: 'metadata', field: 'title', text: title, locate: () => ({ field: 'title' }) }],
  };
}

/**
 * Scans everything that belongs to an upload against the team's roster (opened for this scan only,
 * so roster changes apply to the next upload) and its organization's policy and allow list (read
 * fresh too; the default policy when it set none). The scanner never lets the allow list clear a
 * roster match. One verdict for all parts:
 * a name in the title rejects a clean recording as surely as one in its transcript.
 */
export async function scanUpload(
  deps: { vault: Vault; db: Db; scanner: () => Promise<Scanner> },
  input: ScanInput,
): Promise<UploadVerdict> {
  const roster = await loadTeamRoster(deps.vault, deps.db, input.teamId);
  const { policy, allowList } = await getTeamScanSettings(deps.db, input.teamId);
  const sources: [StoredFinding['source'], Extraction | undefined][] = [
    ['title', input.title ? titleExtraction(input.title) : undefined],
    ['file', input.file],
    ['transcript', input.transcript],
  ];
  const scanner = await deps.scanner();
  const findings: StoredFinding[] = [];
  const counts = { block: 0, warn: 0, allowed: 0 };
  for (const [source, extraction] of sources) {
    if (!extraction) continue;
    const report = scanner.scanExtraction(extraction, { roster, policy, allowList });
    counts.block += report.counts.block;
    counts.warn += report.counts.warn;
    counts.allowed += report.counts.allowed;
    for (const f of report.findings) {
      if (f.action === 'allowed') continue;
      findings.push({
        label: f.label,
        detector: f.detector,
        action: f.action,
        excerpt: f.excerpt,
        location: f.location as Record<string, unknown>,
        source,
      });
    }
  }
  return { accepted: counts.block === 0, findings, counts };
}
