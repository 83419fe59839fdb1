import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { type Extraction, ExtractionError } from '../types.ts';
import { assertWithinSize, type ExtractOptions, resolveLimits } from './limits.ts';
import { readPdfMetadata } from './pdf-metadata.ts';
import { LineTextBuilder, MetadataCollector, TextBudget } from './position-map.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export const scannedImageMessage = 'scanned image: text cannot be checked';

/**
 * PDF text layer, with page and line for every character, plus the info dictionary, XMP,
 * annotations (comments and form-field values), bookmarks and attachment names as metadata.
 * Uses pdf.js (through unpdf's build for servers and Workers, no native code).
 */
export async function extractPdf(bytes: Uint8Array, options?: ExtractOptions): Promise<Extraction> {
  const limits = resolveLimits(options);
  assertWithinSize(bytes, limits);
  const pdf = await openPdf(bytes);
  try {
    if (pdf.numPages > limits.maxPdfPages) {
      throw new ExtractionError('too_large', `The PDF has more than the ${limits.maxPdfPages}-page limit.`);
    }
    const budget = new TextBudget(limits.maxTextChars);
    const body = new LineTextBuilder(budget);
    const meta = new MetadataCollector(budget);
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const lines = await pageLines(page);
      lines.forEach((text, i) => {
        body.addLine(text, n, i + 1);
      });
      // A page we cannot read could name anyone; refusing the whole file is the only safe answer.
      if (lines.length === 0 && (await hasImages(page))) {
        const what = pdf.numPages === 1 ? 'The PDF is a' : `Page ${n} of the PDF is a`;
        throw new ExtractionError('pdf_no_text_layer', `${what} ${scannedImageMessage}.`);
      }
      await readAnnotations(page, n, meta);
      page.cleanup();
    }
    await readPdfMetadata(pdf, meta);
    const parts = body.isEmpty ? meta.parts : [body.toPart(), ...meta.parts];
    return { format: 'pdf', parts };
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
    throw damaged();
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given and rejects Node Buffers, so hand
    // it a plain Uint8Array copy.
    return await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
  } catch (err) {
    if ((err as Error)?.name === 'PasswordException') {
      throw new ExtractionError(
        'pdf_encrypted',
        'The PDF is password-protected, so its text cannot be checked. Remove the password and upload it again.',
      );
    }
    throw damaged();
  }
}

const damaged = () =>
  new ExtractionError('corrupt', 'The PDF is damaged or not a PDF, so its text cannot be checked.');

/**
 * Groups a page's text items into visual lines. pdf.js marks most line ends (`hasEOL`); a jump in
 * the baseline catches the rest. Items on one line separated by a visible gap get a space so that
 * "John" and "Smith" drawn as two items do not become "JohnSmith".
 */
async function pageLines(page: PdfPage): Promise<string[]> {
  const content = await page.getTextContent();
  const lines: string[] = [];
  let line = '';
  let prev: TextItem | undefined;
  let breakPending = false;
  const flush = () => {
    if (line.trim() !== '') lines.push(line);
    line = '';
  };
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const y = item.transform[5] ?? 0;
    const x = item.transform[4] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || item.height || 1;
    if (prev) {
      const prevY = prev.transform[5] ?? 0;
      if (breakPending || Math.abs(y - prevY) > size * 0.5) flush();
      else if (item.str !== '' && !/\s$/.test(line) && !/^\s/.test(item.str)) {
        const gap = x - ((prev.transform[4] ?? 0) + prev.width);
        if (gap > size * 0.15) line += ' ';
      }
    }
    line += item.str;
    breakPending = item.hasEOL;
    if (item.str !== '' || item.hasEOL) prev = item;
  }
  flush();
  return lines;
}

async function hasImages(page: PdfPage): Promise<boolean> {
  const { OPS } = await getResolvedPDFJS();
  const imageOps = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
  ]);
  const ops = await page.getOperatorList();
  return ops.fnArray.some((op) => imageOps.has(op));
}

/** Comments, their authors, and filled-in form fields are text a person typed into the PDF. */
async function readAnnotations(page: PdfPage, pageNumber: number, meta: MetadataCollector): Promise<void> {
  const annotations = (await page.getAnnotations()) as Record<string, unknown>[];
  for (const a of annotations) {
    const str = (v: unknown) =>
      v && typeof v === 'object' && 'str' in v ? (v as { str: unknown }).str : undefined;
    meta.add(`annotation:page-${pageNumber}`, str(a.contentsObj));
    meta.add(`annotation-author:page-${pageNumber}`, str(a.titleObj));
    meta.add(`form-field:page-${pageNumber}`, a.fieldValue);
    meta.add(`form-field:page-${pageNumber}`, a.alternativeText);
    meta.add(`link:page-${pageNumber}`, a.url ?? a.unsafeUrl);
  }
}
