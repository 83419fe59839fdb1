/**
 * Text extraction for the scanner. Everything here is Worker-safe except `probe-audio.ts`
 * (spawns ffprobe), which is imported on its own by Node code.
 */
export { extractAudioTags, type FfprobeOutput } from './audio-tags.ts';
export { extractDocx } from './docx.ts';
export { extractDocument } from './extract-document.ts';
export { defaultExtractLimits, type ExtractLimits, type ExtractOptions } from './limits.ts';
export { extractPdf, scannedImageMessage } from './pdf.ts';
export { extractRtf } from './rtf.ts';
export { type DocumentFormat, detectDocumentFormat } from './sniff.ts';
export { decodeText, extractPlainText } from './text.ts';
export {
  detectTranscriptFormat,
  extractTranscript,
  type TranscriptFormat,
  type TranscriptOptions,
} from './transcript.ts';
