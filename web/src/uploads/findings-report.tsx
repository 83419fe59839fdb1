import { formatDuration } from '../ui/format';
import { type Finding, findingName } from './labels';

type Where = { group: string; spot?: string; order: number };

/** Where a finding is, in the words a therapist uses: page and line, time, title or file details. */
export function whereOf(f: Finding): Where {
  const loc = f.location as {
    page?: number;
    line?: number;
    part?: string;
    startMs?: number;
    endMs?: number;
    field?: string;
  };
  if (f.source === 'title') return { group: 'Title', order: 0 };
  if (loc.field !== undefined) return { group: 'File details', spot: loc.field, order: 1 };
  if (loc.startMs !== undefined) {
    const spot = `${formatDuration(loc.startMs / 1000)}–${formatDuration((loc.endMs ?? loc.startMs) / 1000)}`;
    return { group: 'Transcript', spot, order: 2 };
  }
  if (loc.page !== undefined) {
    const part = loc.part ? ` (${loc.part})` : '';
    return { group: `Page ${loc.page}`, spot: `line ${loc.line}${part}`, order: 10 + loc.page };
  }
  return { group: f.source === 'transcript' ? 'Transcript' : 'Document', order: 3 };
}

/** "2 names and 1 place or address" */
export function countSentence(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  const parts = [...counts].map(([label, n]) => `${n} ${findingName(label, n)}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The masked findings of a refused upload, grouped by where they are. Only the server's masked
 * excerpts are shown: the page never has the unmasked text to show.
 */
export function FindingsReport({ findings }: { findings: Finding[] }) {
  const blocking = findings.filter((f) => f.action === 'block');
  const shown = blocking.length > 0 ? blocking : findings;
  const groups = new Map<
    string,
    { order: number; items: { key: string; where: Where; finding: Finding }[] }
  >();
  for (const [n, finding] of shown.entries()) {
    const where = whereOf(finding);
    const g = groups.get(where.group) ?? { order: where.order, items: [] };
    g.items.push({ key: `${n}`, where, finding });
    groups.set(where.group, g);
  }
  const sorted = [...groups].sort((a, b) => a[1].order - b[1].order);
  return (
    <div className="findings">
      {sorted.map(([group, { items }]) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <ul>
            {items.map(({ key, where, finding }) => (
              <li key={key}>
                {where.spot && <span>{where.spot}: </span>}
                <strong>{findingName(finding.label)}</strong> — <q className="mono">{finding.excerpt}</q>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
