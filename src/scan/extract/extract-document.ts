import { type Extraction, ExtractionError } from '../types.ts';
import { extractDocx } from './docx.ts';
import { assertWithinSize, type ExtractOptions, resolveLimits } from './limits.ts';
import { extractPdf } from './pdf.ts';
import { extractRtf } from './rtf.ts';
import { detectDocumentFormat, isOleCompound, isZip } from './sniff.ts';
import { extractPlainText } from './text.ts';

/**
 * A document (PDF, DOCX, RTF, plain text or Markdown) as text parts with positions. The format is
 * found by parsing the bytes. Every refusal is an ExtractionError with a stable `reason`; anything
 * else thrown while parsing hostile bytes is reported as a damaged file, never passed through,
 * because parser messages can quote the content.
 */
export async function extractDocument(bytes: Uint8Array, options?: ExtractOptions): Promise<Extraction> {
  const limits = resolveLimits(options);
  assertWithinSize(bytes, limits);
  const format = detectDocumentFormat(bytes);
  try {
    switch (format) {
      case 'pdf':
        return await extractPdf(bytes, limits);
      case 'docx':
        return extractDocx(bytes, limits);
      case 'rtf':
        return extractRtf(bytes, limits);
      case 'text':
        return extractPlainText(bytes, limits);
      case 'unknown':
        throw unsupported(bytes);
    }
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
    throw new ExtractionError('corrupt', 'The file is damaged, so its text cannot be checked.');
  }
}

function unsupported(bytes: Uint8Array): ExtractionError {
  if (isOleCompound(bytes)) {
    return new ExtractionError(
      'unsupported_format',
      'Legacy Word (.doc) files and password-protected Office files cannot be checked. ' +
        'Remove any password and save as .docx or PDF.',
    );
  }
  if (isZip(bytes)) {
    return new ExtractionError(
      'unsupported_format',
      'The file is a zip archive but not a Word (.docx) document.',
    );
  }
  return new ExtractionError(
    'unsupported_format',
    'The file type is not supported for checking: upload PDF, DOCX, RTF, plain text or Markdown.',
  );
}
