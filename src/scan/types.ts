/**
 * The contract between text extraction (src/scan/extract/) and detection (src/scan/detect/).
 * Extractors turn a file into text parts with a way back to where each character came from;
 * detectors find identifiers in a part's text; the scanner maps findings back through `locate`.
 */

/** Where a finding sits in the original file, as the uploader would look for it. */
export type SourceLocation =
  /**
   * PDF, DOCX, RTF, plain text. Formats without reliable pages (DOCX, RTF, text) use page 1, and
   * their `line` is the paragraph (DOCX, RTF) or text line. `part` names where outside the main
   * text the line sits: "header", "footer", "footnote", "endnote", "comment", or "deleted" for the
   * text of tracked deletions, which is still in the file even though Word no longer shows it.
   */
  | { page: number; line: number; part?: string }
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

/** What an extractor recognized the input as (by parsing it, never from a declared type or name). */
export type ExtractionFormat = 'pdf' | 'docx' | 'rtf' | 'text' | 'vtt' | 'srt' | 'stt-json' | 'audio-tags';

export interface Extraction {
  format: ExtractionFormat;
  parts: TextPart[];
}

/** Why input was refused. Stable: callers branch on it and tests assert it. */
export type ExtractionReason =
  | 'too_large' // over the configured byte, page or text limit
  | 'corrupt' // damaged or not what its magic bytes claim
  | 'unsupported_format' // not a format we can check (legacy .doc, a zip that is not DOCX, random bytes…)
  | 'invalid_utf8' // text that is not valid UTF-8 (or UTF-16 with a BOM)
  | 'pdf_encrypted' // needs a password to open
  | 'pdf_no_text_layer' // a page is a scanned image: its text cannot be checked
  | 'zip_bomb' // DOCX whose entries would decompress past the limits
  | 'too_complex' // would cost more memory, objects or time to parse than the extraction limits allow
  | 'timeout'; // a media probe ran past its time limit

/** A refusal of input that cannot be checked (encrypted, scanned image, corrupt, too large, bad encoding). */
export class ExtractionError extends Error {
  /** Stable machine-readable reason. The message is for people and never carries file content or names. */
  readonly reason: ExtractionReason;
  constructor(reason: ExtractionReason, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.reason = reason;
  }
}
