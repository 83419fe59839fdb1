import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../src/scan/extract/docx.ts';
import { ExtractionError, type TextPart } from '../../../src/scan/types.ts';
import { makeDocx, p } from './fixtures.ts';

function refusal(fn: () => unknown): ExtractionError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return err as ExtractionError;
  }
  throw new Error('expected a refusal');
}

const bodies = (parts: TextPart[], part?: string) =>
  parts.filter((x) => x.source === 'body' && (x.locate(0, 1) as { part?: string }).part === part);
const field = (parts: TextPart[], name: string) => parts.filter((x) => x.field === name).map((x) => x.text);

/** Where an entry's data starts, found by walking the local headers. */
function localDataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; view.getUint32(i, true) === 0x04034b50; ) {
    const nameLen = view.getUint16(i + 26, true);
    const start = i + 30 + nameLen + view.getUint16(i + 28, true);
    if (new TextDecoder().decode(zip.subarray(i + 30, i + 30 + nameLen)) === name) return start;
    i = start + view.getUint32(i + 18, true);
  }
  throw new Error('entry not found');
}

describe('DOCX extraction', () => {
  it('extracts paragraphs with page 1 and the paragraph number as line', () => {
    const { format, parts } = extractDocx(
      makeDocx({ body: p('Intake summary') + p('') + p('Mother: ', 'Rosa Diaz') }),
    );
    expect(format).toBe('docx');
    const [main] = bodies(parts);
    expect(main?.text).toBe('Intake summary\nMother: Rosa Diaz');
    const at = main?.text.indexOf('Rosa') ?? -1;
    // The empty paragraph still counts, so the line matches Word's paragraph order.
    expect(main?.locate(at, at + 9)).toEqual({ page: 1, line: 3 });
  });

  it('extracts table cells, tabs and breaks', () => {
    const table = `<w:tbl><w:tr><w:tc>${p('Name')}</w:tc><w:tc>${p('Leo Park')}</w:tc></w:tr></w:tbl>`;
    const runs =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r></w:p>';
    const [main] = bodies(extractDocx(makeDocx({ body: table + runs })).parts);
    expect(main?.text).toBe('Name\nLeo Park\nA\tB\nC');
    expect(main?.locate(main.text.indexOf('Leo'), main.text.indexOf('Leo') + 3)).toEqual({
      page: 1,
      line: 2,
    });
  });

  it('extracts headers, footers, footnotes and comments as their own parts', () => {
    const { parts } = extractDocx(
      makeDocx({
        body: p('Body'),
        headers: [p('Family of Omar Haddad')],
        footers: [p('Printed at Lakeside Clinic')],
        footnotes: `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">${p('Per Dr. Kwan')}</w:footnote>`,
        comments: `<w:comment w:id="0" w:author="Sam Ortiz" w:initials="SO">${p('Check the spelling of Haddad')}</w:comment>`,
      }),
    );
    expect(bodies(parts, 'header')[0]?.text).toBe('Family of Omar Haddad');
    expect(bodies(parts, 'footer')[0]?.text).toBe('Printed at Lakeside Clinic');
    expect(bodies(parts, 'footnote')[0]?.text).toBe('Per Dr. Kwan');
    const comment = bodies(parts, 'comment')[0];
    expect(comment?.text).toBe('Check the spelling of Haddad');
    expect(comment?.locate(0, 5)).toEqual({ page: 1, line: 1, part: 'comment' });
    expect(field(parts, 'comment-author')).toEqual(['Sam Ortiz']);
  });

  it('keeps tracked insertions in the text and tracked deletions in a "deleted" part', () => {
    const body =
      p('Unchanged') +
      '<w:p><w:r><w:t xml:space="preserve">Seen by </w:t></w:r>' +
      '<w:del w:id="1" w:author="Ann Editor"><w:r><w:delText>Jamal Wright</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="Bo Reviewer"><w:r><w:t>the client</w:t></w:r></w:ins></w:p>';
    const { parts } = extractDocx(makeDocx({ body }));
    expect(bodies(parts)[0]?.text).toBe('Unchanged\nSeen by the client');
    const deleted = bodies(parts, 'deleted')[0];
    expect(deleted?.text).toBe('Seen by Jamal Wright');
    expect(deleted?.locate(8, 20)).toEqual({ page: 1, line: 2, part: 'deleted' });
    expect(field(parts, 'revision-author').sort()).toEqual(['Ann Editor', 'Bo Reviewer']);
  });

  it('reads core, app and custom properties as metadata', () => {
    const { parts } = extractDocx(
      makeDocx({
        body: p('x'),
        core: {
          'dc:title': 'Plan for Mia',
          'dc:subject': 'Reunification',
          'dc:creator': 'Tess Author',
          'cp:keywords': 'Maple Street',
          'dc:description': 'Draft',
          'cp:lastModifiedBy': 'Uma Editor',
        },
        app: { Company: 'Northside Family Services', Manager: 'Vic Manager' },
        custom: { 'Client name': 'Mia Torres' },
      }),
    );
    expect(field(parts, 'title')).toEqual(['Plan for Mia']);
    expect(field(parts, 'subject')).toEqual(['Reunification']);
    expect(field(parts, 'author')).toEqual(['Tess Author']);
    expect(field(parts, 'keywords')).toEqual(['Maple Street']);
    expect(field(parts, 'description')).toEqual(['Draft']);
    expect(field(parts, 'lastModifiedBy')).toEqual(['Uma Editor']);
    expect(field(parts, 'company')).toEqual(['Northside Family Services']);
    expect(field(parts, 'manager')).toEqual(['Vic Manager']);
    expect(field(parts, 'custom-property')).toEqual(['Client name: Mia Torres']);
    // Dates and counts are bookkeeping.
    expect(parts.some((x) => x.text.includes('2024-03-05') || x.field === 'pages')).toBe(false);
  });

  it('reads link targets, field-code hyperlinks and image alt text as metadata', () => {
    const body =
      '<w:p><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:kai@example.org" </w:instrText></w:r><w:r><w:t>mail</w:t></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/esme&quot; "><w:r><w:t>site</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="Photo of Lena at the park"/></wp:inline></w:drawing></w:r></w:p>';
    const { parts } = extractDocx(makeDocx({ body, hyperlinks: ['https://example.org/u/ravi.singh'] }));
    expect(field(parts, 'hyperlink').sort()).toEqual([
      'https://example.org/esme',
      'https://example.org/u/ravi.singh',
      'mailto:kai@example.org',
    ]);
    expect(field(parts, 'image-description')).toContain('Photo of Lena at the park');
    expect(bodies(parts)[0]?.text).toBe('mail\nsite');
  });

  it('reads a text box once, not again from its compatibility fallback', () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const body = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('Boxed Noor')}</mc:Choice><mc:Fallback>${box('Boxed Noor')}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after</w:t></w:r></w:p>`;
    const [main] = bodies(extractDocx(makeDocx({ body })).parts);
    expect(main?.text.match(/Boxed Noor/g)).toHaveLength(1);
    expect(main?.text).toContain('after');
  });

  it('refuses a zip that is not a Word document', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello'), 'data.csv': strToU8('a,b') });
    const err = refusal(() => extractDocx(zip));
    expect(err.reason).toBe('unsupported_format');
  });

  it('refuses a DOCX whose XML is malformed, without quoting it', () => {
    const err = refusal(() => extractDocx(makeDocx({ body: '<w:p><w:r><w:t>Secret Name</w:r></w:p>' })));
    expect(err.reason).toBe('corrupt');
    expect(err.message).not.toMatch(/Secret/);
  });

  it('refuses truncated and damaged archives as corrupt', () => {
    const good = makeDocx({ body: p('Hello') });
    for (const bytes of [
      good.subarray(0, good.length - 30),
      good.subarray(0, 100),
      new Uint8Array([0x50, 0x4b, 3, 4]),
    ]) {
      expect(refusal(() => extractDocx(bytes)).reason).toBe('corrupt');
    }
    // Damage the deflate stream of word/document.xml.
    const damaged = Uint8Array.from(good);
    const at = localDataOffset(damaged, 'word/document.xml');
    damaged.fill(0xff, at, at + 8);
    expect(refusal(() => extractDocx(damaged)).reason).toBe('corrupt');
  });

  it('refuses a DOCX over the size limit', () => {
    expect(refusal(() => extractDocx(makeDocx({ body: p('x') }), { maxBytes: 100 })).reason).toBe(
      'too_large',
    );
  });
});

describe('DOCX zip-bomb defence', () => {
  const bigXml = `${p('start')}${'<w:p/>'.repeat(400_000)}`; // ~2.4 MB that deflates to a few KB

  it('refuses an archive with too many entries', () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 20; i++) extra[`word/media/f${i}.xml`] = 'x';
    const err = refusal(() => extractDocx(makeDocx({ body: p('x'), extra }), { zipMaxEntries: 10 }));
    expect(err.reason).toBe('zip_bomb');
    expect(err.message).toMatch(/10 zip entries/);
  });

  it('refuses an archive whose entries declare more than the total limit', () => {
    const err = refusal(() => extractDocx(makeDocx({ body: bigXml }), { zipMaxTotalBytes: 1024 * 1024 }));
    expect(err.reason).toBe('zip_bomb');
  });

  it('refuses an entry compressed past the ratio limit', () => {
    const err = refusal(() => extractDocx(makeDocx({ body: bigXml }), { zipMaxEntryRatio: 50 }));
    expect(err.reason).toBe('zip_bomb');
  });

  it('stops inflating an entry whose header understates its size', () => {
    const zip = makeDocx({ body: bigXml });
    // Rewrite document.xml's uncompressed size in the central directory to 1000 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = new TextEncoder().encode('word/document.xml');
    for (let i = 0; i < zip.length - 46; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const len = view.getUint16(i + 28, true);
      if (len === name.length && zip.subarray(i + 46, i + 46 + len).every((b, j) => b === name[j])) {
        view.setUint32(i + 24, 1000, true);
      }
    }
    expect(refusal(() => extractDocx(zip)).reason).toBe('zip_bomb');
  });

  it('reads a long ordinary document within the default limits', () => {
    const body = Array.from({ length: 3000 }, (_, i) =>
      p(`Session ${i}: reviewed goals, ${i % 7} tasks done.`),
    ).join('');
    const [main] = bodies(extractDocx(makeDocx({ body })).parts);
    expect(main?.text.split('\n')).toHaveLength(3000);
  });
});
