import type { MetadataCollector } from './position-map.ts';

export interface Cue {
  startMs: number;
  endMs: number;
  text: string;
}

const timing =
  /^\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)/;

/** "01:02:03.456", "02:03,456" or "1:02:03" → milliseconds. (Hand-rolled: it runs once per cue.) */
export function parseTimestamp(s: string): number {
  let seconds = 0;
  let unit = 0;
  let fraction = 0;
  let digits = 0;
  let inFraction = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!inFraction) unit = unit * 10 + (c - 48);
      else if (digits < 3) {
        fraction = fraction * 10 + (c - 48);
        digits++;
      }
    } else if (c === 58) {
      seconds = (seconds + unit) * 60;
      unit = 0;
    } else if (c === 46 || c === 44) inFraction = true;
  }
  for (; digits < 3; digits++) fraction *= 10;
  return (seconds + unit) * 1000 + fraction;
}

function blocksOf(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Splits a block into cue id, timing and payload. A block with no timing line is not dropped: its
 * text joins the cue before it, because a scan must see every word in the file, well-formed or not.
 */
function parseBlocks(
  blocks: string[][],
  toText: (payload: string) => string,
  onId: (id: string) => void,
): Cue[] {
  const cues: Cue[] = [];
  for (const block of blocks) {
    const at = block[0]?.includes('-->') ? 0 : block[1]?.includes('-->') ? 1 : -1;
    const m = at >= 0 ? timing.exec(block[at] as string) : null;
    if (!m) {
      const text = toText(block.join('\n'));
      const prev = cues.at(-1);
      if (prev) prev.text = prev.text ? `${prev.text}\n${text}` : text;
      else cues.push({ startMs: 0, endMs: 0, text });
      continue;
    }
    if (at === 1) onId(block[0] as string);
    cues.push({
      startMs: parseTimestamp(m[1] as string),
      endMs: parseTimestamp(m[2] as string),
      text: toText(block.slice(at + 1).join('\n')),
    });
  }
  return cues;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '',
  rlm: '',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return entities[name.toLowerCase()] ?? all;
  });
}

/**
 * WebVTT cue text → plain text. A voice span `<v Ana>` becomes "Ana: " — the speaker's name is
 * text the scanner must see. Other tags (classes, styling, ruby, karaoke timestamps) are dropped.
 */
export function vttCueText(payload: string): string {
  if (!payload.includes('<') && !payload.includes('&')) return payload;
  const text = payload.replace(/<([^<>]*)>/g, (_all, inner: string, offset: number, whole: string) => {
    const voice = /^v(?:\.[^\s>]*)?[ \t]+(.+)$/.exec(inner);
    if (!voice) return '';
    const before = offset > 0 ? whole[offset - 1] : '\n';
    return `${before === '\n' ? '' : '\n'}${(voice[1] as string).trim()}: `;
  });
  return decodeEntities(text);
}

/** SubRip cue text → plain text: HTML-ish styling and ASS override codes (`{\an8}`) are dropped. */
export function srtCueText(payload: string): string {
  if (!payload.includes('<') && !payload.includes('{')) return payload;
  return payload.replace(/<\/?(?:i|b|u|s|font)(?:\s[^<>]*)?>/gi, '').replace(/\{\\[^{}]*\}/g, '');
}

export function parseSrt(text: string, meta: MetadataCollector): Cue[] {
  const blocks = blocksOf(text).map((b) =>
    b.length > 1 && /^\s*\d+\s*$/.test(b[0] as string) ? b.slice(1) : b,
  );
  return parseBlocks(blocks, srtCueText, (id) => meta.add('cue-id', id));
}

export function parseVtt(text: string, meta: MetadataCollector): Cue[] {
  const blocks = blocksOf(text);
  const first = blocks[0];
  if (first?.[0]?.startsWith('WEBVTT')) {
    // The header line may carry a title after "WEBVTT"; header lines (Kind:, Language:) follow.
    meta.add('vtt-header', [first[0].slice(6), ...first.slice(1)].join('\n'));
    blocks.shift();
  }
  const cueBlocks: string[][] = [];
  for (const block of blocks) {
    const head = block[0] as string;
    if (/^NOTE(\s|$)/.test(head)) meta.add('vtt-note', [head.slice(4), ...block.slice(1)].join('\n'));
    else if (/^STYLE\s*$/.test(head)) {
      // CSS is not text, but ::cue(v[voice="…"]) selectors name speakers.
      for (const m of block.join('\n').matchAll(/"([^"]*)"|'([^']*)'/g)) meta.add('vtt-style', m[1] ?? m[2]);
    } else if (!/^REGION\s*$/.test(head)) cueBlocks.push(block);
  }
  return parseBlocks(cueBlocks, vttCueText, (id) => {
    if (!/^\s*\d+\s*$/.test(id)) meta.add('cue-id', id);
  });
}

/** Does this look like SubRip (a timing line in the first block's first two lines)? */
export function looksLikeSrt(text: string): boolean {
  const lines = text.trimStart().split(/\r\n|\r|\n/, 3);
  return lines.slice(0, 2).some((l) => timing.test(l));
}
