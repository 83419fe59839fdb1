/**
 * The contract between text extraction (src/scan/extract/) and detection (src/scan/detect/).
 * Extractors turn a file into text parts with a way back to where each character came from;
 * detectors find identifiers in a part's text; the scanner maps findings back through `locate`.
 */

/** Where a finding sits in the original file, as the uploader would look for it. */
export type SourceLocation =
  | { page: number; line: number } // PDF, DOCX (page is 1 for formats without pages), plain text
  | { startMs: number; endMs: number } // timed transcripts (WebVTT, SRT, STT JSON)
  | { field: string }; // metadata (e.g. "author", "title", "tag:artist")

export interface TextPart {
  /** `body` for the document or transcript text, `metadata` for properties and tags. */
  source: 'body' | 'metadata';
  /** Metadata field name, e.g. "author"; absent for body text. */
  field?: string;
  text: string;
  /** Maps a [start, end) range of `text` (JS string indices) back to the original file. */
  locate(start: number, end: number): SourceLocation;
}

export interface Extraction {
  /** The detected format, e.g. "pdf", "docx", "text", "vtt", "srt", "stt-json", "rtf", "audio-tags". */
  format: string;
  parts: TextPart[];
}

/** A refusal of input that cannot be checked (encrypted, scanned image, corrupt, too large, bad encoding). */
export class ExtractionError extends Error {
  /** Stable machine-readable reason, e.g. "pdf_encrypted", "pdf_no_text_layer", "zip_bomb". */
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.reason = reason;
  }
}
