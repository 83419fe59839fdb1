import { readFile } from 'node:fs/promises';
import { strToU8, unzipSync, zipSync } from 'fflate';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { stripDocumentMetadata } from '../../src/documents/strip-metadata.ts';
import { extractDocument } from '../../src/scan/extract/index.ts';
import { type Extraction, ExtractionError } from '../../src/scan/types.ts';
import {
  makeDocx,
  makeEncryptedPdf,
  makePdf,
  p,
  utf8,
  wordPart,
  xmpPacket,
} from '../scan/extract/fixtures.ts';

const metadataOf = (e: Extraction) => e.parts.filter((part) => part.source === 'metadata');
const bodyOf = (e: Extraction) => e.parts.filter((part) => part.source === 'body').map((part) => part.text);

/** Fails naming each canary that any metadata part still carries. */
function expectNoCanaries(e: Extraction, canaries: string[]) {
  const leaks = metadataOf(e).flatMap((part) =>
    canaries
      .filter((c) => part.text.toLowerCase().includes(c.toLowerCase()))
      .map((c) => `${part.field}: ${c}`),
  );
  expect(leaks).toEqual([]);
}

async function refusal(promise: Promise<unknown>): Promise<ExtractionError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractionError);
  return err as ExtractionError;
}

describe('PDF', () => {
  const canaries = [
    'TitleCanary',
    'AuthorCanary',
    'SubjectCanary',
    'KeywordCanary',
    'CreatorCanary',
    'XmpCanary',
    'CommentAuthorCanary',
    'PieceCanary',
    'OrphanCanary',
  ];

  async function pdfWithMetadata() {
    const base = await makePdf({
      pages: [['Session notes, page one.', 'Second line of notes.'], ['Page two text.']],
      info: {
        title: 'TitleCanary',
        author: 'AuthorCanary',
        subject: 'SubjectCanary',
        keywords: ['KeywordCanary'],
        creator: 'CreatorCanary',
      },
      xmp: xmpPacket('<dc:creator><rdf:Seq><rdf:li>XmpCanary</rdf:li></rdf:Seq></dc:creator>'),
      comment: { contents: 'Check the plan.', author: 'CommentAuthorCanary' },
    });
    // What other tools leave behind: application data, XMP on a page, and an object an incremental
    // save orphaned (an earlier Info dictionary).
    const doc = await PDFDocument.load(base, { updateMetadata: false });
    const ctx = doc.context;
    doc.catalog.set(PDFName.of('PieceInfo'), ctx.obj({ App: { Private: PDFString.of('PieceCanary') } }));
    const pageXmp = ctx.stream(utf8(xmpPacket('<dc:title>XmpCanary page</dc:title>')), {
      Type: 'Metadata',
      Subtype: 'XML',
    });
    doc.getPage(1).node.set(PDFName.of('Metadata'), ctx.register(pageXmp));
    ctx.register(ctx.obj({ Author: PDFString.of('OrphanCanary') }));
    return doc.save({ useObjectStreams: false });
  }

  /** Every string in every object of the file, object streams decoded (what a forensic reader sees). */
  async function allStrings(bytes: Uint8Array): Promise<string> {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const out: string[] = [];
    const walk = (o: unknown): void => {
      if (o instanceof PDFString || o instanceof PDFHexString) out.push(o.decodeText());
      else if (o instanceof PDFDict) for (const [, v] of o.entries()) walk(v);
      else if (o instanceof PDFArray) for (let i = 0; i < o.size(); i++) walk(o.get(i));
      if (o instanceof PDFStream) {
        walk(o.dict);
        if (o instanceof PDFRawStream)
          out.push(new TextDecoder('latin1').decode(decodePDFRawStream(o).decode()));
      }
    };
    for (const [, o] of doc.context.enumerateIndirectObjects()) walk(o);
    walk(doc.context.trailerInfo.Info);
    return out.join('\n');
  }

  it('removes Info, XMP, PieceInfo, comment authors and leftovers, and keeps every page’s text', async () => {
    const before = await pdfWithMetadata();
    const extractedBefore = await extractDocument(before);
    // The fixture really carries what we remove (or this test would prove nothing).
    expect(
      metadataOf(extractedBefore)
        .map((m) => m.text)
        .join('\n'),
    ).toMatch(/AuthorCanary[\s\S]*XmpCanary/);
    expect(await allStrings(before)).toMatch(/OrphanCanary[\s\S]*|PieceCanary/);

    const after = await stripDocumentMetadata(before, 'pdf');
    const extracted = await extractDocument(after);
    expect(extracted.format).toBe('pdf');
    expectNoCanaries(extracted, canaries);
    expect(bodyOf(extracted)).toEqual(bodyOf(extractedBefore));
    expect(metadataOf(extracted).map((m) => [m.field, m.text])).toEqual([
      ['annotation:page-1', 'Check the plan.'],
      ['annotation-author:page-1', 'Reviewer'],
    ]);

    const strings = await allStrings(after);
    for (const canary of canaries) expect(strings).not.toContain(canary);
    const doc = await PDFDocument.load(after, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(2);
    expect(doc.context.trailerInfo.Info).toBeUndefined();
    expect(doc.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
  });

  it('refuses a password-protected or damaged PDF instead of returning it unchanged', async () => {
    expect((await refusal(stripDocumentMetadata(await makeEncryptedPdf(), 'pdf'))).reason).toBe(
      'pdf_encrypted',
    );
    // Readable without a password (so the scan accepts it), but its strings are encrypted all the same.
    const ownerOnly = await readFile(new URL('../fixtures/extract/owner-password-only.pdf', import.meta.url));
    expect((await refusal(stripDocumentMetadata(ownerOnly, 'pdf'))).reason).toBe('pdf_encrypted');
    expect((await refusal(stripDocumentMetadata(utf8('%PDF-1.7\nnot really'), 'pdf'))).reason).toBe(
      'corrupt',
    );
  });
});

describe('DOCX', () => {
  const canaries = [
    'TitleCanary',
    'CreatorCanary',
    'ModifierCanary',
    'SubjectCanary',
    'KeywordCanary',
    'DescriptionCanary',
    'CategoryCanary',
    'CompanyCanary',
    'ManagerCanary',
    'TemplateCanary',
    'CustomCanary',
    'CommentAuthorCanary',
    'CAC',
    'RevisionCanary',
    'PeopleCanary',
    'people@canary',
  ];
  const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

  function docxWithMetadata() {
    return makeDocx({
      body:
        p('Plan reviewed with the family.') +
        '<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:ins w:id="1" w:author="RevisionCanary" w:date="2024-03-05T10:00:00Z"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>' +
        '<w:p><w:del w:id="2" w:author="RevisionCanary" w:date="2024-03-05T10:00:00Z"><w:r><w:delText>removed words</w:delText></w:r></w:del></w:p>',
      comments: `<w:comment w:id="0" w:author="CommentAuthorCanary" w:initials="CAC" w:date="2024-03-05T10:00:00Z">${p('Please check the goals.')}</w:comment>`,
      core: {
        'dc:title': 'TitleCanary',
        'dc:creator': 'CreatorCanary',
        'cp:lastModifiedBy': 'ModifierCanary',
        'dc:subject': 'SubjectCanary',
        'cp:keywords': 'KeywordCanary',
        'dc:description': 'DescriptionCanary',
        'cp:category': 'CategoryCanary',
      },
      app: { Company: 'CompanyCanary', Manager: 'ManagerCanary', Template: 'TemplateCanary.dotm' },
      custom: { ClientName: 'CustomCanary' },
      extra: {
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
          '<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"/></Types>',
        '_rels/.rels':
          `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
          `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
          `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>` +
          `<Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
        'word/people.xml':
          '<?xml version="1.0"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="PeopleCanary"><w15:presenceInfo w15:providerId="AD" w15:userId="people@canary.example"/></w15:person></w15:people>',
        'word/settings.xml': wordPart('document', '').replace(
          /<w:document ([^>]*)><w:body><\/w:body><\/w:document>/,
          '<w:settings $1><w:attachedTemplate r:id="rIdT"/></w:settings>',
        ),
        'word/_rels/settings.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rIdT" Type="${R}/attachedTemplate" Target="file:///C:/Users/TemplateCanary/Normal.dotm" TargetMode="External"/></Relationships>`,
      },
    });
  }

  it('removes properties, custom properties, people and template path, and neutralizes authors; text unchanged', async () => {
    const before = docxWithMetadata();
    const extractedBefore = await extractDocument(before);
    expect(
      metadataOf(extractedBefore)
        .map((m) => m.text)
        .join('\n'),
    ).toMatch(/CreatorCanary[\s\S]*CustomCanary/);

    const after = await stripDocumentMetadata(before, 'docx');
    const extracted = await extractDocument(after);
    expect(extracted.format).toBe('docx');
    expectNoCanaries(extracted, canaries);
    expect(bodyOf(extracted)).toEqual(bodyOf(extractedBefore));
    const authors = metadataOf(extracted).filter((m) => /author/.test(m.field ?? ''));
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(a.text).toBe('Reviewer');

    // Nothing left anywhere in the package, not only where the extractor looks.
    const files = unzipSync(after);
    expect(Object.keys(files)).not.toContain('docProps/custom.xml');
    expect(Object.keys(files)).not.toContain('word/people.xml');
    const everything = Object.values(files)
      .map((f) => new TextDecoder().decode(f))
      .join('\n');
    for (const canary of canaries) expect(everything).not.toContain(canary);
    // Bookkeeping stays, and the package still names every part it has.
    const core = new TextDecoder().decode(files['docProps/core.xml']);
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T10:00:00Z</dcterms:created>',
    );
    expect(new TextDecoder().decode(files['docProps/app.xml'])).toContain('<Pages>1</Pages>');
    expect(new TextDecoder().decode(files['[Content_Types].xml'])).not.toContain('custom.xml');
    expect(new TextDecoder().decode(files['_rels/.rels'])).not.toContain('custom-properties');
  });

  it('keeps binary parts byte for byte', async () => {
    const image = crypto.getRandomValues(new Uint8Array(2048));
    const before = makeDocx({ body: p('Text'), extra: { 'word/media/image1.png': image } });
    const files = unzipSync(await stripDocumentMetadata(before, 'docx'));
    expect(files['word/media/image1.png']).toEqual(image);
  });

  it('refuses a damaged package or a zip bomb', async () => {
    expect((await refusal(stripDocumentMetadata(utf8('PK\u0003\u0004 not a zip'), 'docx'))).reason).toBe(
      'corrupt',
    );
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect((await refusal(stripDocumentMetadata(bomb, 'docx'))).reason).toBe('zip_bomb');
    const badXml = makeDocx({
      body: p('x'),
      extra: { 'word/comments.xml': strToU8('<w:comments w:author="x"><unclosed>') },
    });
    expect((await refusal(stripDocumentMetadata(badXml, 'docx'))).reason).toBe('corrupt');
  });
});

describe('RTF', () => {
  const canaries = [
    'TitleCanary',
    'AuthorCanary',
    'OperatorCanary',
    'CompanyCanary',
    'PropCanary',
    'RevCanary',
    'AtnCanary',
    'VarCanary',
  ];
  const rtf =
    '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}' +
    '{\\info{\\title TitleCanary \\{draft\\}}{\\author AuthorCanary}{\\operator OperatorCanary}{\\*\\company CompanyCanary}{\\creatim\\yr2024\\mo3\\dy5}}' +
    '{\\*\\userprops {\\propname Client}\\proptype30{\\staticval PropCanary}}' +
    '{\\*\\docvar {ClientVar}{VarCanary}}' +
    '{\\*\\revtbl {Unknown;}{RevCanary;}}' +
    '\\f0 Session summary for the team.\\par Goals were reviewed {\\*\\atnid AC}{\\*\\atnauthor AtnCanary}\\chatn{\\*\\annotation Note on goals}.\\par}';

  it('removes \\info, user properties and variables, and neutralizes annotation and revision authors', async () => {
    const before = utf8(rtf);
    const extractedBefore = await extractDocument(before);
    expect(
      metadataOf(extractedBefore)
        .map((m) => m.text)
        .join('\n'),
    ).toMatch(/AuthorCanary/);

    const after = await stripDocumentMetadata(before, 'rtf');
    const extracted = await extractDocument(after);
    expect(extracted.format).toBe('rtf');
    expectNoCanaries(extracted, canaries);
    expect(bodyOf(extracted)).toEqual(bodyOf(extractedBefore));
    const text = new TextDecoder('latin1').decode(after);
    for (const canary of canaries) expect(text).not.toContain(canary);
    expect(text).toContain('{\\*\\revtbl {Unknown;}{Reviewer;}}');
    expect(text).toContain('{\\*\\atnauthor Reviewer}');
  });

  it('copies a document without metadata byte for byte, \\bin data included', async () => {
    const plain = utf8('{\\rtf1\\ansi Just text {\\*\\objdata \\bin4 {}{}}\\par}');
    expect(await stripDocumentMetadata(plain, 'rtf')).toEqual(plain);
  });

  it('refuses RTF whose groups do not close', async () => {
    expect((await refusal(stripDocumentMetadata(utf8('{\\rtf1 {\\info{\\author X}'), 'rtf'))).reason).toBe(
      'corrupt',
    );
    expect((await refusal(stripDocumentMetadata(utf8('not rtf'), 'rtf'))).reason).toBe('corrupt');
  });
});

describe('plain text', () => {
  it('is returned unchanged, byte-order mark kept', async () => {
    const text = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Notes\n')]);
    expect(await stripDocumentMetadata(text, 'text')).toEqual(text);
  });
});
