import { ExtractionError } from '../scan/types.ts';
import { stripDocxMetadata } from './strip-docx.ts';
import { stripPdfMetadata } from './strip-pdf.ts';
import { stripRtfMetadata } from './strip-rtf.ts';

export type DocumentMetadataFormat = 'pdf' | 'docx' | 'rtf' | 'text';

/**
 * The accepted copy of a document, without the metadata that names people: PDF Info and XMP, DOCX
 * properties and comment/revision authors, RTF \info (see each strip-*.ts for exactly what goes).
 * Plain text has no metadata and is returned as it is, byte-order mark included. Call it after the
 * scan accepted the file (so `format` is what extraction detected); a file that does not parse as
 * `format` is refused with an ExtractionError ('corrupt' or 'pdf_encrypted'), never returned as is.
 * Worker-safe: pdf-lib, fflate and saxes are plain JavaScript.
 */
export async function stripDocumentMetadata(
  bytes: Uint8Array,
  format: DocumentMetadataFormat,
): Promise<Uint8Array> {
  try {
    switch (format) {
      case 'pdf':
        return await stripPdfMetadata(bytes);
      case 'docx':
        return stripDocxMetadata(bytes);
      case 'rtf':
        return stripRtfMetadata(bytes);
      case 'text':
        return bytes;
    }
  } catch (err) {
    if (err instanceof ExtractionError) throw err;
    // Parser messages can quote the bytes they choked on; report only that the file is damaged.
    throw new ExtractionError('corrupt', 'The document is damaged, so its metadata cannot be removed.');
  }
}
