import { type Extraction, ExtractionError } from '../types.ts';
import { assertWithinSize, type ExtractOptions, resolveLimits } from './limits.ts';
import { MetadataCollector, TextBudget, TimedTextBuilder, textLinesPart } from './position-map.ts';
import { decodeText } from './text.ts';
import { type Cue, looksLikeSrt, parseSrt, parseVtt } from './transcript-cues.ts';
import { appendSegments, sttSegments } from './transcript-json.ts';

export type TranscriptFormat = 'vtt' | 'srt' | 'stt-json' | 'text';

export interface TranscriptOptions extends ExtractOptions {
  /**
   * The extension the transcript arrived with ("vtt", ".srt", "json", "txt"), used only where the
   * content is ambiguous. Pass the extension, never the file name.
   */
  extension?: string;
}

/**
 * Decides the transcript format from its content; the extension only breaks ties (an SRT without
 * a timing line near the top, a JSON file that does not parse).
 */
export function detectTranscriptFormat(text: string, extension?: string): TranscriptFormat {
  const ext = extension?.replace(/^\./, '').toLowerCase();
  const head = text.trimStart();
  if (head.startsWith('WEBVTT')) return 'vtt';
  if (head.startsWith('{') || (head.startsWith('[') && (ext === 'json' || /^\[\s*[{\]]/.test(head))))
    return 'stt-json';
  if (ext === 'json') return 'stt-json';
  if (looksLikeSrt(text) || ext === 'srt') return 'srt';
  if (ext === 'vtt') return 'vtt';
  return 'text';
}

/**
 * A transcript (WebVTT, SRT, speech-to-text JSON, or plain text) as one body part whose ranges map
 * to `{startMs, endMs}` (plain text: `{page: 1, line}`), plus cue ids, notes and headers as metadata.
 */
export function extractTranscript(bytes: Uint8Array, options: TranscriptOptions = {}): Extraction {
  const limits = resolveLimits(options);
  assertWithinSize(bytes, limits);
  const text = decodeText(bytes);
  const budget = new TextBudget(limits.maxTextChars);
  const format = detectTranscriptFormat(text, options.extension);
  if (format === 'text') {
    budget.spend(text.length);
    return { format: 'text', parts: [textLinesPart(text)] };
  }
  const meta = new MetadataCollector(budget);
  const out = new TimedTextBuilder(budget);
  if (format === 'stt-json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ExtractionError('corrupt', 'The transcript is not valid JSON.');
    }
    const segments = sttSegments(json);
    if (!segments) {
      throw new ExtractionError(
        'unsupported_format',
        'The JSON transcript has no recognized segments or words (expected Whisper, Deepgram or AssemblyAI output).',
      );
    }
    appendSegments(segments, out);
  } else {
    appendCues(format === 'vtt' ? parseVtt(text, meta) : parseSrt(text, meta), out);
  }
  return { format, parts: [out.toPart(), ...meta.parts] };
}

function appendCues(cues: Cue[], out: TimedTextBuilder): void {
  for (const cue of cues) {
    if (cue.text.trim() === '') continue;
    if (out.textLength > 0) out.append('\n');
    out.appendTimed(cue.text, cue.startMs, cue.endMs);
  }
}
