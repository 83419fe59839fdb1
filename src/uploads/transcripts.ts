import type { ExtractionFormat } from '../scan/types.ts';

/** The Content-Type a stored transcript is served with, by the format the extractor recognized. */
export function transcriptContentType(format: ExtractionFormat): string {
  switch (format) {
    case 'vtt':
      return 'text/vtt; charset=utf-8';
    case 'srt':
      return 'application/x-subrip; charset=utf-8';
    case 'stt-json':
      return 'application/json';
    default:
      return 'text/plain; charset=utf-8';
  }
}
