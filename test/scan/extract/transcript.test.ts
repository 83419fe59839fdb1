import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat, extractTranscript } from '../../../src/scan/extract/transcript.ts';
import { ExtractionError, type TextPart } from '../../../src/scan/types.ts';
import { utf8 } from './fixtures.ts';

function refusal(fn: () => unknown): ExtractionError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractionError);
    return err as ExtractionError;
  }
  throw new Error('expected a refusal');
}

const body = (parts: TextPart[]) => parts.find((p) => p.source === 'body') as TextPart;
const field = (parts: TextPart[], name: string) => parts.filter((p) => p.field === name).map((p) => p.text);
/** Locates the first occurrence of `s` in the part's text. */
const where = (part: TextPart, s: string) => {
  const at = part.text.indexOf(s);
  expect(at).toBeGreaterThanOrEqual(0);
  return part.locate(at, at + s.length);
};

describe('WebVTT transcripts', () => {
  const vtt = [
    'WEBVTT - Session 4',
    'Kind: captions',
    '',
    'NOTE reviewed by Quinn Abbott',
    '',
    'STYLE',
    '::cue(v[voice="Rhea Stone"]) { color: yellow }',
    '',
    'intro',
    '00:00:01.000 --> 00:00:04.500 align:start',
    '<v Therapist>How was the week, <i>Tomas</i>?</v>',
    '',
    '2',
    '00:01:05.250 --> 00:01:09.000',
    '<v.loud Tomas Ruiz>Fine. We moved to Fresno &amp; I like it.',
    '',
    '01:00:00.000 --> 01:00:02.000',
    '<c.yellow>Bye</c> <00:00:01.500>now',
  ].join('\n');

  it('maps cue text to the cue times and keeps speaker names in the text', () => {
    const { format, parts } = extractTranscript(utf8(vtt));
    expect(format).toBe('vtt');
    const text = body(parts);
    expect(text.text).toBe(
      'Therapist: How was the week, Tomas?\nTomas Ruiz: Fine. We moved to Fresno & I like it.\nBye now',
    );
    expect(where(text, 'Tomas?')).toEqual({ startMs: 1000, endMs: 4500 });
    expect(where(text, 'Tomas Ruiz')).toEqual({ startMs: 65250, endMs: 69000 });
    expect(where(text, 'Fresno')).toEqual({ startMs: 65250, endMs: 69000 });
    expect(where(text, 'Bye')).toEqual({ startMs: 3_600_000, endMs: 3_602_000 });
  });

  it('spans cues when a range crosses a cue boundary', () => {
    const text = body(extractTranscript(utf8(vtt)).parts);
    const start = text.text.indexOf('Tomas?');
    const end = text.text.indexOf('Ruiz') + 4;
    expect(text.locate(start, end)).toEqual({ startMs: 1000, endMs: 69000 });
  });

  it('reads the header, notes, style voice names and named cue ids as metadata', () => {
    const { parts } = extractTranscript(utf8(vtt));
    expect(field(parts, 'vtt-header')).toEqual(['- Session 4\nKind: captions']);
    expect(field(parts, 'vtt-note')).toEqual(['reviewed by Quinn Abbott']);
    expect(field(parts, 'vtt-style')).toEqual(['Rhea Stone']);
    expect(field(parts, 'cue-id')).toEqual(['intro']);
  });

  it('keeps the text of a block whose timing line is malformed', () => {
    const src = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n00:00:xx --> nope\nNadia Petrov';
    const text = body(extractTranscript(utf8(src)).parts);
    expect(text.text).toBe('Hello\n00:00:xx --> nope\nNadia Petrov');
    expect(where(text, 'Nadia')).toEqual({ startMs: 1000, endMs: 2000 });
  });
});

describe('SRT transcripts', () => {
  const srt = [
    '1',
    '00:00:00,500 --> 00:00:02,000',
    'MOTHER: <i>Where is Kofi?</i>',
    '',
    '2',
    '00:00:02,100 --> 00:00:03,900 X1:40 X2:600',
    '{\\an8}At <font color="#fff">Lincoln</font> Middle.',
    '',
  ].join('\r\n');

  it('maps cue text to cue times with tags removed and "Name:" prefixes kept', () => {
    const { format, parts } = extractTranscript(utf8(srt));
    expect(format).toBe('srt');
    const text = body(parts);
    expect(text.text).toBe('MOTHER: Where is Kofi?\nAt Lincoln Middle.');
    expect(where(text, 'Kofi')).toEqual({ startMs: 500, endMs: 2000 });
    expect(where(text, 'Lincoln Middle')).toEqual({ startMs: 2100, endMs: 3900 });
  });

  it('attaches text after a stray blank line to the cue before it', () => {
    const src =
      '1\n00:00:01,000 --> 00:00:02,000\nfirst\n\ncontinued Omar\n\n2\n00:00:03,000 --> 00:00:04,000\nsecond';
    const text = body(extractTranscript(utf8(src)).parts);
    expect(text.text).toBe('first\ncontinued Omar\nsecond');
    expect(where(text, 'Omar')).toEqual({ startMs: 1000, endMs: 2000 });
  });
});

describe('speech-to-text JSON transcripts', () => {
  it('reads Whisper verbose_json segments and aligns words inside them', () => {
    const json = {
      task: 'transcribe',
      text: 'ignored',
      segments: [
        { id: 0, start: 0, end: 3.2, text: ' I talked to Maria Lopez.' },
        { id: 1, start: 3.2, end: 5, text: ' She lives on Birch Road.' },
      ],
      words: [
        { word: 'I', start: 0, end: 0.2 },
        { word: 'talked', start: 0.3, end: 0.6 },
        { word: 'to', start: 0.6, end: 0.7 },
        { word: 'Maria', start: 0.8, end: 1.25 },
        { word: 'Lopez', start: 1.3, end: 1.9 },
        { word: 'She', start: 3.3, end: 3.5 },
        { word: 'lives', start: 3.5, end: 3.8 },
        { word: 'on', start: 3.8, end: 3.9 },
        { word: 'Birch', start: 4, end: 4.3 },
        { word: 'Road', start: 4.3, end: 4.7 },
      ],
    };
    const { format, parts } = extractTranscript(utf8(JSON.stringify(json)));
    expect(format).toBe('stt-json');
    const text = body(parts);
    expect(text.text).toBe('I talked to Maria Lopez.\nShe lives on Birch Road.');
    expect(where(text, 'Maria Lopez')).toEqual({ startMs: 800, endMs: 1900 });
    expect(where(text, 'Birch')).toEqual({ startMs: 4000, endMs: 4300 });
    // Punctuation between words falls back to the segment's time.
    expect(where(text, '.')).toEqual({ startMs: 0, endMs: 3200 });
  });

  it('reads segments with nested words and diarized speaker names', () => {
    const json = {
      segments: [
        {
          start: 1,
          end: 2,
          text: 'Hello there',
          speaker: 'Dr. Ellis',
          words: [{ word: ' Hello', start: 1, end: 1.4 }],
        },
        { start: 2, end: 3, text: 'Hi', speaker: 'SPEAKER_01' },
      ],
    };
    const text = body(extractTranscript(utf8(JSON.stringify(json))).parts);
    expect(text.text).toBe('Dr. Ellis: Hello there\nSPEAKER_01: Hi');
    expect(where(text, 'Dr. Ellis')).toEqual({ startMs: 1000, endMs: 2000 });
    expect(where(text, 'Hello')).toEqual({ startMs: 1000, endMs: 1400 });
  });

  it('reads Whisper word-only output', () => {
    const json = {
      words: [
        { word: ' Ask', start: 0, end: 0.3 },
        { word: ' Priya', start: 0.4, end: 0.9 },
        { word: '.', start: 0.9, end: 0.9 },
      ],
    };
    const text = body(extractTranscript(utf8(JSON.stringify(json))).parts);
    expect(text.text).toBe('Ask Priya.');
    expect(where(text, 'Priya')).toEqual({ startMs: 400, endMs: 900 });
  });

  it('reads Deepgram channels with punctuated words', () => {
    const json = {
      metadata: { duration: 2 },
      results: {
        channels: [
          {
            alternatives: [
              {
                transcript: 'call devon at home',
                words: [
                  { word: 'call', punctuated_word: 'Call', start: 0.1, end: 0.3 },
                  { word: 'devon', punctuated_word: 'Devon', start: 0.35, end: 0.7 },
                  { word: 'home', punctuated_word: 'home.', start: 0.8, end: 1.1 },
                ],
              },
            ],
          },
        ],
      },
    };
    const text = body(extractTranscript(utf8(JSON.stringify(json))).parts);
    expect(text.text).toBe('Call Devon home.');
    expect(where(text, 'Devon')).toEqual({ startMs: 350, endMs: 700 });
  });

  it('reads AssemblyAI utterances and words, whose times are milliseconds', () => {
    const utterances = {
      text: 'x',
      utterances: [
        {
          speaker: 'A',
          start: 250,
          end: 1500,
          text: 'Greta called.',
          words: [{ text: 'Greta', start: 250, end: 700 }],
        },
      ],
    };
    const a = body(extractTranscript(utf8(JSON.stringify(utterances))).parts);
    expect(a.text).toBe('Greta called.');
    expect(where(a, 'Greta')).toEqual({ startMs: 250, endMs: 700 });
    const words = {
      text: 'Hi Bo',
      words: [
        { text: 'Hi', start: 0, end: 100 },
        { text: 'Bo', start: 120, end: 300 },
      ],
    };
    const b = body(extractTranscript(utf8(JSON.stringify(words))).parts);
    expect(where(b, 'Bo')).toEqual({ startMs: 120, endMs: 300 });
  });

  it('reads whisper.cpp output and bare segment arrays', () => {
    const cpp = {
      transcription: [
        {
          timestamps: { from: '00:00:01,000', to: '00:00:02,000' },
          offsets: { from: 1000, to: 2000 },
          text: ' Hey Luca',
        },
      ],
    };
    expect(where(body(extractTranscript(utf8(JSON.stringify(cpp))).parts), 'Luca')).toEqual({
      startMs: 1000,
      endMs: 2000,
    });
    const bare = [{ start: 2.5, end: 3, text: 'Yes, Ines.' }];
    expect(where(body(extractTranscript(utf8(JSON.stringify(bare))).parts), 'Ines')).toEqual({
      startMs: 2500,
      endMs: 3000,
    });
  });

  it('scans plain {"text"} output, which has no times', () => {
    const text = body(extractTranscript(utf8('{"text":"Tell Noor hi"}')).parts);
    expect(text.text).toBe('Tell Noor hi');
    expect(where(text, 'Noor')).toEqual({ startMs: 0, endMs: 0 });
  });

  it('keeps segment text whose times are missing or invalid', () => {
    const json = {
      segments: [
        { start: 1, end: 2, text: 'one' },
        { start: 'x', text: 'two Ezra' },
      ],
    };
    const text = body(extractTranscript(utf8(JSON.stringify(json))).parts);
    expect(text.text).toBe('one\ntwo Ezra');
    expect(where(text, 'Ezra')).toEqual({ startMs: 2000, endMs: 2000 });
  });

  it('refuses JSON that is invalid or has no recognized shape', () => {
    expect(refusal(() => extractTranscript(utf8('{"segments": [1, 2'))).reason).toBe('corrupt');
    const unknown = refusal(() => extractTranscript(utf8('{"foo": {"bar": "Secret Name"}}')));
    expect(unknown.reason).toBe('unsupported_format');
    expect(unknown.message).not.toMatch(/Secret/);
    expect(refusal(() => extractTranscript(utf8('not json'), { extension: 'json' })).reason).toBe('corrupt');
  });
});

describe('plain-text transcripts and format detection', () => {
  it('treats other text as plain text located by line, speaker prefixes included', () => {
    const { format, parts } = extractTranscript(
      utf8('[00:00:01] Therapist: Hi\n[00:00:04] Client: I am Zara'),
    );
    expect(format).toBe('text');
    expect(where(body(parts), 'Zara')).toEqual({ page: 1, line: 2 });
  });

  it('decides by content first and uses the extension only to break ties', () => {
    expect(detectTranscriptFormat('WEBVTT\n\n', 'srt')).toBe('vtt');
    expect(detectTranscriptFormat('1\n00:00:01,000 --> 00:00:02,000\nhi', 'txt')).toBe('srt');
    expect(detectTranscriptFormat('{"segments":[]}')).toBe('stt-json');
    expect(detectTranscriptFormat('[{"start":1}]')).toBe('stt-json');
    expect(detectTranscriptFormat('[Music] hello')).toBe('text');
    expect(detectTranscriptFormat('hello', '.vtt')).toBe('vtt');
    expect(detectTranscriptFormat('hello', 'SRT')).toBe('srt');
  });

  it('refuses invalid UTF-8 and files over the limit', () => {
    expect(refusal(() => extractTranscript(new Uint8Array([0x57, 0x45, 0xff]))).reason).toBe('invalid_utf8');
    expect(refusal(() => extractTranscript(utf8('WEBVTT\n\n'), { maxBytes: 4 })).reason).toBe('too_large');
    expect(refusal(() => extractTranscript(utf8('a b c d e'), { maxTextChars: 4 })).reason).toBe('too_large');
  });

  it('extracts a 15,000-word transcript of each kind', () => {
    const words = Array.from({ length: 15_000 }, (_, i) => ({
      word: `w${i}`,
      start: i * 0.3,
      end: i * 0.3 + 0.25,
    }));
    const json = extractTranscript(utf8(JSON.stringify({ words })));
    expect(body(json.parts).text.split(' ')).toHaveLength(15_000);
    const cues = Array.from({ length: 1500 }, (_, i) => {
      const t = (s: number) => new Date(s * 1000).toISOString().slice(11, 23);
      return `${t(i * 3)} --> ${t(i * 3 + 3)}\n${words
        .slice(i * 10, i * 10 + 10)
        .map((w) => w.word)
        .join(' ')}`;
    });
    const vtt = extractTranscript(utf8(`WEBVTT\n\n${cues.join('\n\n')}`));
    const text = body(vtt.parts);
    expect(where(text, 'w14999')).toEqual({ startMs: 4497000, endMs: 4500000 });
  });
});
