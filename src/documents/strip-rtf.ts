import { concatBytes } from '../bytes.ts';
import { ExtractionError } from '../scan/types.ts';
import { NEUTRAL_AUTHOR } from './neutral.ts';

/**
 * Groups removed whole: the document information (`\info`: title, author, operator, company,
 * manager, keywords, comments, dates), user-defined properties and document variables.
 */
const droppedGroups = new Set(['info', 'userprops', 'docvar']);
/** Groups whose text is a person's name or initials: annotation authors. */
const replacedGroups: Record<string, string> = { atnauthor: NEUTRAL_AUTHOR, atnid: 'R' };

const damaged = () =>
  new ExtractionError('corrupt', 'The RTF document is damaged, so its metadata cannot be removed.');

/**
 * RTF without metadata: the groups above removed, annotation authors and the revision table's
 * author names replaced by "Reviewer". Everything else — text, formatting, pictures — is copied
 * byte for byte. RTF is 7-bit, so positions in a Latin-1 reading are byte offsets.
 */
export function stripRtfMetadata(bytes: Uint8Array): Uint8Array {
  const src = new TextDecoder('latin1').decode(bytes);
  if (!/^\s*\{\\rtf/.test(src.slice(0, 64))) throw damaged();
  const pieces: Uint8Array[] = [];
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  let copied = 0;
  const replace = (from: number, to: number, text: string) => {
    pieces.push(bytes.subarray(copied, from), latin1(text));
    copied = to;
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i = skipControl(src, i);
    } else if (c === '{') {
      const head = /^\{(\\\*)?[ \r\n]*\\([a-zA-Z]{1,32})(?![a-zA-Z])/.exec(src.slice(i, i + 48));
      const word = head?.[2];
      if (word && (droppedGroups.has(word) || word in replacedGroups || word === 'revtbl')) {
        const end = groupEnd(src, i);
        const star = head[1] ?? '';
        if (droppedGroups.has(word)) replace(i, end, '');
        else if (word === 'revtbl') {
          const entries = Math.max(1, countSubgroups(src, i, end));
          // Entry 0 is "Unknown" by convention; the rest are the authors, in the order revisions cite them.
          const names = ['{Unknown;}', ...Array.from({ length: entries - 1 }, () => `{${NEUTRAL_AUTHOR};}`)];
          replace(i, end, `{${star}\\revtbl ${names.join('')}}`);
        } else replace(i, end, `{${star}\\${word} ${replacedGroups[word]}}`);
        i = end;
      } else i++;
    } else i++;
  }
  if (copied === 0) return bytes;
  pieces.push(bytes.subarray(copied));
  return concatBytes(pieces);
}

/** Index just past a control word or symbol starting at `i` (a backslash), skipping `\binN` data. */
function skipControl(src: string, i: number): number {
  const m = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(i, i + 48));
  if (!m) return i + 2; // a control symbol: \{ \} \\ \' \~ …
  const next = i + m[0].length;
  return m[1] === 'bin' && m[2] !== undefined ? next + Math.max(0, Number(m[2])) : next;
}

/** Index just past the `}` that closes the group opening at `start`. */
function groupEnd(src: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i = skipControl(src, i);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  throw damaged();
}

/** Direct subgroups of the group spanning [start, end). */
function countSubgroups(src: string, start: number, end: number): number {
  let count = 0;
  let i = start + 1;
  while (i < end - 1) {
    if (src[i] === '\\') i = skipControl(src, i);
    else if (src[i] === '{') {
      count++;
      i = groupEnd(src, i);
    } else i++;
  }
  return count;
}
