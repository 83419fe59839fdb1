import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { ExtractionError } from '../scan/types.ts';
import { NEUTRAL_AUTHOR } from './neutral.ts';

/** Keys whose values are metadata wherever they appear: XMP streams and applications' private data. */
const metadataKeys = [PDFName.of('Metadata'), PDFName.of('PieceInfo')];
const T = PDFName.of('T');
const SUBTYPE = PDFName.of('Subtype');
/** Markup annotations, whose /T is the author's name (a form field's /T is its name: left alone). */
// biome-ignore format: a word list
const markup = new Set([
  'Text', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly',
  'StrikeOut', 'Stamp', 'Caret', 'Ink', 'FileAttachment', 'Sound', 'Redact',
].map((s) => `/${s}`));

/**
 * PDF without document metadata: no Info dictionary (title, author, subject, keywords, creator,
 * producer, dates), no XMP stream on the catalog or any other object, no PieceInfo, comment authors
 * replaced by "Reviewer", a fresh file ID, and nothing left over from earlier revisions — the file
 * is written anew with only the objects the pages still reach, so an old Info dictionary or XMP
 * packet kept by an incremental save is gone too. Page content is copied, not re-rendered.
 */
export async function stripPdfMetadata(bytes: Uint8Array): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    // updateMetadata: false, or pdf-lib would write a Producer, Creator and dates of its own.
    // Encryption is checked below: pdf-lib's EncryptedPDFError is ES5-compiled and fails instanceof.
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    throw damaged();
  }
  if (doc.isEncrypted) {
    throw new ExtractionError(
      'pdf_encrypted',
      // Owner-password-only PDFs open for reading, but their strings are encrypted: pdf-lib cannot rewrite them.
      'The PDF is encrypted (a password or permission restrictions), so its metadata cannot be removed. ' +
        'Save a copy without protection and upload it again.',
    );
  }
  // pdf-lib recovers what it can and makes up the rest; a file with no readable page is not a document.
  if (pageCount(doc) === 0) throw damaged();
  const context = doc.context;
  context.trailerInfo.Info = undefined;
  context.trailerInfo.ID = context.obj([randomId(), randomId()]);
  for (const [, object] of context.enumerateIndirectObjects()) scrub(object);
  for (const ref of unreachable(context)) context.delete(ref);
  try {
    return await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  } catch {
    throw damaged();
  }
}

/** Removes metadata keys from a dictionary, stream or array and everything directly inside it. */
function scrub(object: PDFObject): void {
  const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
  if (dict) {
    for (const key of metadataKeys) dict.delete(key);
    const subtype = dict.get(SUBTYPE);
    if (subtype instanceof PDFName && markup.has(subtype.asString()) && dict.has(T)) {
      dict.set(T, PDFString.of(NEUTRAL_AUTHOR));
    }
    for (const [, value] of dict.entries()) scrub(value);
  } else if (object instanceof PDFArray) {
    for (let i = 0; i < object.size(); i++) scrub(object.get(i));
  }
}

/** Objects nothing reaches from the catalog any more (the old Info, XMP, earlier revisions' leftovers). */
function unreachable(context: PDFContext): PDFRef[] {
  const seen = new Set<string>();
  const queue: PDFObject[] = [];
  const visit = (object: PDFObject | undefined) => {
    if (object instanceof PDFRef) {
      const key = object.toString();
      if (seen.has(key)) return;
      seen.add(key);
      queue.push(context.lookup(object) as PDFObject);
    } else if (object) queue.push(object);
  };
  visit(context.trailerInfo.Root);
  while (queue.length > 0) {
    const object = queue.pop();
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (dict) for (const [, value] of dict.entries()) visit(value);
    else if (object instanceof PDFArray) for (let i = 0; i < object.size(); i++) visit(object.get(i));
  }
  return context
    .enumerateIndirectObjects()
    .map(([ref]) => ref)
    .filter((ref) => !seen.has(ref.toString()));
}

function pageCount(doc: PDFDocument): number {
  try {
    return doc.getPageCount();
  } catch {
    return 0;
  }
}

function randomId(): PDFHexString {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return PDFHexString.of([...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''));
}

const damaged = () =>
  new ExtractionError('corrupt', 'The PDF is damaged, so its metadata cannot be removed.');
