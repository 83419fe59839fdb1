import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/qa-vault.js');
const dir = mkdtempSync(join(tmpdir(), 'qa-vault-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, 'scan', ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// A name no word list holds: if it appears in any output, the roster leaked.
const canary = 'Quenbyx Zarathuslow';

describe('qa-vault scan --jsonl', () => {
  const docs = [
    { id: 'a', text: 'Hi, Emily. Call me at 410-555-1234 from Dundalk.' },
    { id: 'b', text: 'We practiced the breathing skill twice.' },
    { id: 'c', text: `so ${canary.toLowerCase()} came by`, roster: { people: [canary], places: [] } },
  ];

  it('writes one line per input, in order, with exactly the blocking findings as string offsets', () => {
    const r = scan(['--jsonl', '-'], docs.map((d) => JSON.stringify(d)).join('\n'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    const a = lines[0].findings;
    expect(a.map((f: { start: number; end: number }) => docs[0]!.text.slice(f.start, f.end))).toEqual([
      'Emily',
      '410-555-1234',
      'Dundalk',
    ]);
    expect(Object.keys(a[0]).sort()).toEqual(['detector', 'end', 'label', 'score', 'start']);
    expect(a.map((f: { label: string }) => f.label)).toEqual(['PERSON', 'PHONE', 'LOCATION']);
    expect(lines[1].findings).toEqual([]);
    expect(lines[2].findings).toEqual([{ start: 3, end: 22, label: 'PERSON', detector: 'roster', score: 1 }]);
    expect(r.stdout).not.toContain('Zarathuslow');
  });

  it('reads the lines from a file too', () => {
    const r = scan(['--jsonl', file('in.jsonl', `${JSON.stringify(docs[1])}\n`)]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'b', findings: [] });
  });

  it('exits 2 on a malformed line without echoing its content', () => {
    const r = scan(['--jsonl', '-'], `${JSON.stringify(docs[1])}\n{"id":"x","text":42,"note":"${canary}"}\n`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr + r.stdout).not.toContain('Zarathuslow');
  });
});

describe('qa-vault scan FILE...', () => {
  it('exits 0 and says ACCEPTED when no file names anyone', () => {
    const r = scan([file('clean.txt', 'We practiced the breathing skill twice.\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ACCEPTED/);
  });

  it('canary: exits 1 with a masked report and never prints a roster name on stdout or stderr', () => {
    const roster = file('roster.json', JSON.stringify({ people: [canary], places: ['Dundalk'] }));
    const text = file('session.txt', `Client: ${canary} said we moved to Dundalk in March 2021.\n`);
    const r = scan(['--roster', roster, text]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/REJECTED \(3 blocking/);
    expect(r.stdout).toContain('Q•••x Z•••w');
    expect(r.stdout).toMatch(/page 1, line 1/);
    expect(r.stdout + r.stderr).not.toMatch(/Quenbyx|Zarathuslow|Dundalk/);
  });

  it('exits 2 when a file cannot be read, and still reports the others', () => {
    const r = scan([file('ok.txt', 'Nothing here.\n'), join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/ok\.txt: ACCEPTED/);
    expect(r.stderr).toMatch(/missing\.txt: ERROR file not found/);
  });

  it('exits 2 on usage errors', () => {
    expect(scan([]).status).toBe(2);
    expect(scan(['--roster', join(dir, 'nope.json'), join(dir, 'x.txt')]).status).toBe(2);
  });
});
