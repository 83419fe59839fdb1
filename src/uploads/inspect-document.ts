import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Extractor } from '../scan/extract/extractor.ts';
import { type DocumentFormat, detectDocumentFormat } from '../scan/extract/index.ts';
import type { Extraction } from '../scan/types.ts';
import type { Vault } from '../vault/vault.ts';
import { documentLimits, extractorOf } from './extraction.ts';
import { unsupportedType } from './refusals.ts';
import { readObjectBytes } from './vault-files.ts';

/** Document formats accepted as paperwork (each has a metadata stripper in src/documents/). */
export const acceptedDocumentFormats = ['pdf', 'docx', 'rtf', 'text'] as const;
export type AcceptedDocumentFormat = (typeof acceptedDocumentFormats)[number];

export const documentContentTypes: Record<AcceptedDocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
  text: 'text/plain; charset=utf-8',
};

export interface InspectedDocument {
  format: AcceptedDocumentFormat;
  bytes: Uint8Array;
  extraction: Extraction;
}

const isAccepted = (format: DocumentFormat): format is AcceptedDocumentFormat =>
  (acceptedDocumentFormats as readonly string[]).includes(format);

/**
 * Decrypts a quarantined document into memory (it is at most MAX_DOCUMENT_BYTES, checked as it
 * streamed in), finds its format by parsing, and extracts text and metadata for the scan.
 */
export async function inspectDocument(
  deps: {
    vault: Vault;
    db: Db;
    config: Pick<Config, 'MAX_DOCUMENT_BYTES' | 'EXTRACT_MAX_INFLATED_MB'>;
    extractor?: Extractor;
  },
  objectId: string,
): Promise<InspectedDocument> {
  const bytes = await readObjectBytes(deps.vault, deps.db, objectId);
  const format = detectDocumentFormat(bytes);
  if (!isAccepted(format)) throw unsupportedType('paperwork');
  const extraction = await extractorOf(deps).document(bytes, documentLimits(deps.config));
  return { format, bytes, extraction };
}
