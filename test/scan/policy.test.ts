import { describe, expect, it } from 'vitest';
import { defaultPolicy, scanPolicySchema } from '../../src/scan/policy.ts';
import type { Extraction } from '../../src/scan/types.ts';
import { getScanner } from './helpers.ts';

const text = 'Judge Carter at Juvenile Court called Marcus at 410-555-1234.';

describe('policy and allow list', () => {
  it('blocks names, places and every Safe Harbor identifier by default', () => {
    expect(defaultPolicy.block).toEqual(
      expect.arrayContaining([
        'PERSON',
        'LOCATION',
        'DATE',
        'AGE',
        'PHONE',
        'EMAIL',
        'SSN',
        'ID',
        'URL',
        'IP',
      ]),
    );
    expect(scanPolicySchema.parse(defaultPolicy)).toEqual(defaultPolicy);
    expect(() => scanPolicySchema.parse({ ...defaultPolicy, block: ['NAME'] })).toThrow();
  });

  it('marks allow-listed phrases as allowed and keeps them in the output', async () => {
    const s = await getScanner();
    const court = (allowList: string[]) =>
      s.scanText(text, { allowList }).find((f) => text.slice(f.start, f.end) === 'Juvenile Court');
    expect(court([])?.action).toBe('block');
    const findings = s.scanText(text, { allowList: ['judge carter', 'JUVENILE COURT'] });
    const carter = findings.find((f) => text.slice(f.start, f.end) === 'Carter');
    expect(carter).toMatchObject({ action: 'allowed', allowedBy: 'org-allow-list' });
    expect(court(['juvenile court'])).toMatchObject({ action: 'allowed', allowedBy: 'org-allow-list' });
    expect(findings.filter((f) => f.action === 'block').map((f) => f.label)).toEqual(['PERSON', 'PHONE']);
  });

  it('turns a label into a warning when the organization policy says warn', async () => {
    const s = await getScanner();
    const policy = { block: ['PERSON' as const], warn: ['PHONE' as const], threshold: 0.5 };
    const phone = s.scanText(text, { policy }).find((f) => f.label === 'PHONE');
    expect(phone?.action).toBe('warn');
  });

  it('drops detections below the threshold', async () => {
    const s = await getScanner();
    const all = s.scanText(text);
    const strict = s.scanText(text, { policy: { ...defaultPolicy, threshold: 0.97 } });
    expect(strict.length).toBeLessThan(all.length);
    for (const f of strict) expect(f.score).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps roster matches, near-spellings included, whatever the threshold', async () => {
    const s = await getScanner();
    const roster = { people: ['Jasmine Okafor'], places: [] };
    const said = 'Then Jasmin said her mother would come too.';
    const findings = s.scanText(said, { roster, policy: { ...defaultPolicy, threshold: 1 } });
    expect(findings).toContainEqual(
      expect.objectContaining({ detector: 'roster', label: 'PERSON', action: 'block' }),
    );
  });

  it('rejects an extraction with a blocking finding and locates it in the file', async () => {
    const s = await getScanner();
    const extraction: Extraction = {
      format: 'vtt',
      parts: [
        {
          source: 'body',
          text: 'Thanks for coming, Marcus.',
          locate: (start) => ({ startMs: start * 10, endMs: start * 10 + 500 }),
        },
        { source: 'metadata', field: 'author', text: 'Dana Whitfield', locate: () => ({ field: 'author' }) },
      ],
    };
    const report = s.scanExtraction(extraction);
    expect(report.accepted).toBe(false);
    expect(report.counts.block).toBe(2);
    expect(report.findings[0]).toMatchObject({
      label: 'PERSON',
      part: 'body',
      location: { startMs: 190, endMs: 690 },
    });
    expect(report.findings[1]).toMatchObject({ part: 'author', location: { field: 'author' } });
  });

  it('accepts an extraction with nothing identifying', async () => {
    const s = await getScanner();
    const report = s.scanExtraction({
      format: 'text',
      parts: [
        {
          source: 'body',
          text: 'We practiced the breathing skill twice.',
          locate: () => ({ page: 1, line: 1 }),
        },
      ],
    });
    expect(report).toEqual({ accepted: true, findings: [], counts: { block: 0, warn: 0, allowed: 0 } });
  });

  it('masks every identifier in every excerpt', async () => {
    const s = await getScanner();
    const sample = 'My son Jayden Brooks lives on 12 Oak Street in Dundalk, call 410-555-1234.';
    for (const f of s.scanText(sample)) {
      for (const secret of ['Jayden', 'Brooks', 'Oak', 'Dundalk', '555-1234'])
        expect(f.excerpt).not.toContain(secret);
      expect(f.reason).not.toMatch(/Jayden|Brooks|Dundalk/);
    }
  });
});
