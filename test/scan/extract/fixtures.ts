import { strToU8, zipSync } from 'fflate';
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib';

/** Small documents built in the test, so every fixture's content is visible where it is used. */

export interface PdfSpec {
  /** Each page is a list of lines, drawn top-down. */
  pages: string[][];
  info?: { title?: string; author?: string; subject?: string; keywords?: string[]; creator?: string };
  xmp?: string;
  /** A text annotation (comment) on page 1. */
  comment?: { contents: string; author: string };
  /** Pages (1-based) that get a full-page image and no text. */
  imagePages?: number[];
  /** Separately drawn text items on page 1; `x: 'adjoining'` starts right where the previous one ended. */
  runs?: { text: string; x: number | 'adjoining'; y: number }[];
}

// A 1×1 PNG, enough to paint an image operator.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (spec.info?.title) doc.setTitle(spec.info.title);
  if (spec.info?.author) doc.setAuthor(spec.info.author);
  if (spec.info?.subject) doc.setSubject(spec.info.subject);
  if (spec.info?.keywords) doc.setKeywords(spec.info.keywords);
  doc.setCreator(spec.info?.creator ?? 'test');
  doc.setProducer('test');
  const image = spec.imagePages?.length ? await doc.embedPng(PNG) : undefined;
  spec.pages.forEach((lines, i) => {
    const page = doc.addPage([600, 800]);
    if (image && spec.imagePages?.includes(i + 1))
      page.drawImage(image, { x: 0, y: 0, width: 600, height: 800 });
    lines.forEach((line, j) => {
      page.drawText(line, { x: 50, y: 750 - j * 20, size: 12, font });
    });
  });
  let end = 0;
  for (const run of spec.runs ?? []) {
    const x = run.x === 'adjoining' ? end : run.x;
    doc.getPage(0).drawText(run.text, { x, y: run.y, size: 12, font });
    end = x + font.widthOfTextAtSize(run.text, 12);
  }
  if (spec.comment) {
    const annot = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [100, 100, 120, 120],
      Contents: PDFString.of(spec.comment.contents),
      T: PDFString.of(spec.comment.author),
    });
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
  }
  if (spec.xmp) {
    const stream = doc.context.stream(new TextEncoder().encode(spec.xmp), {
      Type: 'Metadata',
      Subtype: 'XML',
    });
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A PDF with a standard-security /Encrypt dictionary whose user-password check fails for the empty
 * password, which is what a password-protected PDF looks like to a reader that has no password.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Confidential', { x: 50, y: 700, font });
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 2,
    R: 3,
    Length: 128,
    P: -3904,
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of('ab'.repeat(16)),
    PDFHexString.of('ab'.repeat(16)),
  ]);
  return doc.save({ useObjectStreams: false });
}

export function xmpPacket(props: string): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">${props}</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A paragraph of plain runs. */
export const p = (...runs: string[]) =>
  `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;

export function wordPart(root: 'document' | 'hdr' | 'ftr' | 'footnotes' | 'comments', inner: string): string {
  const ns = `xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`;
  const body = root === 'document' ? `<w:body>${inner}</w:body>` : inner;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${ns}>${body}</w:${root}>`;
}

export interface DocxSpec {
  /** Inner XML of w:body. */
  body: string;
  headers?: string[];
  footers?: string[];
  footnotes?: string;
  comments?: string;
  core?: Record<string, string>;
  app?: Record<string, string>;
  custom?: Record<string, string>;
  hyperlinks?: string[];
  /** Extra or replacement zip entries. */
  extra?: Record<string, Uint8Array | string>;
  omit?: string[];
}

export function makeDocx(spec: DocxSpec): Uint8Array {
  const files: Record<string, string | Uint8Array> = {};
  const rels: string[] = [];
  const rel = (id: string, type: string, target: string, external = false) =>
    rels.push(
      `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`,
    );
  files['[Content_Types].xml'] =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
  files['_rels/.rels'] =
    `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files['word/document.xml'] = wordPart('document', spec.body);
  spec.headers?.forEach((h, i) => {
    files[`word/header${i + 1}.xml`] = wordPart('hdr', h);
    rel(`rIdH${i}`, 'header', `header${i + 1}.xml`);
  });
  spec.footers?.forEach((f, i) => {
    files[`word/footer${i + 1}.xml`] = wordPart('ftr', f);
    rel(`rIdF${i}`, 'footer', `footer${i + 1}.xml`);
  });
  if (spec.footnotes) {
    files['word/footnotes.xml'] = wordPart('footnotes', spec.footnotes);
    rel('rIdFn', 'footnotes', 'footnotes.xml');
  }
  if (spec.comments) {
    files['word/comments.xml'] = wordPart('comments', spec.comments);
    rel('rIdC', 'comments', 'comments.xml');
  }
  spec.hyperlinks?.forEach((url, i) => {
    rel(`rIdL${i}`, 'hyperlink', url, true);
  });
  files['word/_rels/document.xml.rels'] =
    `<?xml version="1.0"?><Relationships xmlns="${RELS}">${rels.join('')}</Relationships>`;
  const elements = (props: Record<string, string> | undefined) =>
    Object.entries(props ?? {})
      .map(([k, v]) => `<${k}>${v}</${k}>`)
      .join('');
  files['docProps/core.xml'] =
    `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${elements(spec.core)}<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T10:00:00Z</dcterms:created></cp:coreProperties>`;
  files['docProps/app.xml'] =
    `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${elements(spec.app)}<Pages>1</Pages></Properties>`;
  if (spec.custom) {
    files['docProps/custom.xml'] =
      `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${Object.entries(
        spec.custom,
      )
        .map(
          ([k, v], i) =>
            `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${k}"><vt:lpwstr>${v}</vt:lpwstr></property>`,
        )
        .join('')}</Properties>`;
  }
  Object.assign(files, spec.extra ?? {});
  for (const name of spec.omit ?? []) delete files[name];
  const entries: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files))
    entries[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(entries);
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
