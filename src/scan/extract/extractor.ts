import type { DocumentMetadataFormat } from '../../documents/strip-metadata.ts';
import type { Extraction } from '../types.ts';
import { extractDocument } from './extract-document.ts';
import type { ExtractOptions } from './limits.ts';
import { assertPdfWithinBudget, defaultPdfBudget, type PdfBudget } from './pdf-budget.ts';
import { detectDocumentFormat } from './sniff.ts';
import { extractTranscript, type TranscriptOptions } from './transcript.ts';

/**
 * Everything parsed out of an uploaded file, behind one interface so it can run somewhere a hostile
 * file cannot hurt the server: in Node, a sandboxed child process with a memory cap and a time limit
 * (sandbox/pool.ts); in a Worker or an in-process test, right here (`inProcessExtractor`).
 */
export interface Extractor {
  /** Text and metadata of a document (PDF, DOCX, RTF, plain text), for the scanner. */
  document(bytes: Uint8Array, options: DocumentExtractOptions): Promise<Extraction>;
  /** The document without the metadata that names people (documents/strip-metadata.ts). */
  strip(bytes: Uint8Array, format: DocumentMetadataFormat): Promise<Uint8Array>;
  /** A transcript (WebVTT, SRT, STT JSON, text). */
  transcript(bytes: Uint8Array, options: TranscriptOptions): Promise<Extraction>;
}

export type DocumentExtractOptions = ExtractOptions & Partial<PdfBudget>;

/** Checks a PDF's inflated size and object count first, then extracts (any format). */
export async function extractDocumentWithinBudget(
  bytes: Uint8Array,
  options: DocumentExtractOptions,
): Promise<Extraction> {
  if (detectDocumentFormat(bytes) === 'pdf') {
    assertPdfWithinBudget(bytes, {
      maxInflatedBytes: options.maxInflatedBytes ?? defaultPdfBudget.maxInflatedBytes,
      maxObjects: options.maxObjects ?? defaultPdfBudget.maxObjects,
    });
  }
  return extractDocument(bytes, options);
}

/** No isolation: for the Worker runtime and in-process tests. The PDF budget still applies. */
export const inProcessExtractor: Extractor = {
  document: extractDocumentWithinBudget,
  // Loaded when first used: pdf-lib alone is ~20 MiB resident, and in Node the sandbox strips.
  strip: async (bytes, format) =>
    (await import('../../documents/strip-metadata.ts')).stripDocumentMetadata(bytes, format),
  transcript: async (bytes, options) => extractTranscript(bytes, options),
};
