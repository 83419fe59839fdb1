import { type Extraction, ExtractionError } from '../types.ts';
import { assertWithinSize, type ExtractOptions, resolveLimits } from './limits.ts';
import { LineTextBuilder, MetadataCollector, TextBudget } from './position-map.ts';

/**
 * RTF to text. No maintained npm package turns RTF into plain text (rtf-stream-parser only
 * de-encapsulates RTF inside Outlook mail; the others are unmaintained), and the part of RTF that
 * carries text is small: groups, control words, `\'hh` bytes in the document's code page, `\uN`
 * with its `\ucN` fallback skip, and destinations to leave out (font and colour tables, pictures,
 * `\*` groups). Headers, footers, footnotes, hidden text and comments (`\annotation`) are kept: they
 * are in the file. Like DOCX, page is 1 and line is the paragraph number.
 */

/** Destinations whose text is not document text. */
// biome-ignore format: a word list
const skipped = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'pict', 'object', 'objdata',
  'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'rsidtbl', 'generator', 'xmlnstbl',
  'filetbl', 'pgdsctbl', 'bkmkstart', 'bkmkend', 'fldinst', 'pntxta', 'pntxtb', 'shppict', 'nonshppict',
  'mmathPr', 'wgrffmtfilter', 'protusertbl', 'creatim', 'revtim', 'printim', 'buptim',
]);

/** \info sub-destinations, named like the DOCX fields. */
// biome-ignore format: a table
const infoFields: Record<string, string> = {
  title: 'title', subject: 'subject', author: 'author', operator: 'lastModifiedBy', keywords: 'keywords',
  comment: 'description', doccomm: 'description', company: 'company', manager: 'manager', category: 'category',
  hlinkbase: 'hyperlinkBase', atnauthor: 'comment-author', revtbl: 'revision-author',
  propname: 'custom-property', staticval: 'custom-property',
};

// biome-ignore format: a table
const symbols: Record<string, string> = {
  tab: '\t', emdash: '\u2014', endash: '\u2013', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', bullet: '\u2022', emspace: ' ', enspace: ' ', qmspace: ' ', zwj: '\u200d', zwnj: '\u200c',
};
const breaks = new Set([
  'par',
  'line',
  'sect',
  'page',
  'row',
  'cell',
  'nestcell',
  'nestrow',
  'footnote',
  'annotation',
]);

/** `\*` destinations we do not know are skipped, except these, which hold text people typed. */
const keptStarred = new Set([...Object.keys(infoFields), 'annotation', 'userprops', 'footnote']);

interface Group {
  skip: boolean;
  starred: boolean; // saw \*: the next control word decides whether the group is skipped
  field: string | undefined; // an \info field, collected as metadata
  uc: number;
}

const MAX_DEPTH = 512;

export function extractRtf(bytes: Uint8Array, options?: ExtractOptions): Extraction {
  const limits = resolveLimits(options);
  assertWithinSize(bytes, limits);
  // RTF is 7-bit; anything else arrives through \'hh escapes decoded with the declared code page.
  const src = new TextDecoder('latin1').decode(bytes);
  if (!/^\s*\{\\rtf/.test(src.slice(0, 64))) throw damaged();
  const budget = new TextBudget(limits.maxTextChars);
  const body = new LineTextBuilder(budget);
  const meta = new MetadataCollector(budget);

  let decoder = new TextDecoder('windows-1252');
  let paragraph = 1;
  let line = '';
  let fieldText = '';
  let pendingBytes: number[] = [];
  let skipChars = 0; // fallback characters still to drop after a \uN
  const stack: Group[] = [];
  let group: Group = { skip: false, starred: false, field: undefined, uc: 1 };

  const emit = (s: string) => {
    if (group.skip) return;
    if (group.field) fieldText += s;
    else line += s;
  };
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    emit(decoder.decode(Uint8Array.from(pendingBytes)));
    pendingBytes = [];
  };
  const endParagraph = () => {
    if (line.trim() !== '') body.addLine(line, 1, paragraph);
    line = '';
    paragraph++;
  };

  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 0x7b /* { */) {
      flushBytes();
      if (stack.length >= MAX_DEPTH) throw damaged();
      stack.push(group);
      group = { ...group, starred: false };
      i++;
    } else if (c === 0x7d /* } */) {
      flushBytes();
      // A field ends with its group; the revision table's entries are one group per author.
      if (group.field && (group.field === 'revision-author' || !stack.at(-1)?.field)) {
        meta.add(group.field, fieldText.replace(/;\s*$/, ''));
        fieldText = '';
      }
      group = stack.pop() ?? group;
      i++;
    } else if (c === 0x5c /* \ */) {
      const next = src[i + 1] ?? '';
      if (next === "'") {
        const byte = Number.parseInt(src.slice(i + 2, i + 4), 16);
        i += 4;
        if (skipChars > 0) skipChars--;
        else if (!Number.isNaN(byte)) pendingBytes.push(byte);
        continue;
      }
      flushBytes();
      if (!/[a-zA-Z]/.test(next)) {
        // Control symbols: escaped braces and backslash, non-breaking space/hyphen, \* marker.
        i += 2;
        if (next === '*') {
          group.starred = true;
          continue;
        }
        const text = next === '~' ? '\u00a0' : next === '_' ? '-' : '{}\\'.includes(next) ? next : '';
        if (next === '\n' || next === '\r')
          endParagraph(); // "\<newline>" is a \par
        else if (text) consumeText(text);
        continue;
      }
      const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(i + 1, i + 48));
      if (!m) throw damaged();
      i += 1 + m[0].length;
      const word = m[1] as string;
      const arg = m[2] === undefined ? undefined : Number(m[2]);
      if (word === 'bin' && arg !== undefined) {
        i += Math.max(0, arg); // raw binary data (inside \pict or \objdata)
        continue;
      }
      if (skipChars > 0 && word !== 'u') {
        skipChars--;
        continue;
      }
      if (group.starred) {
        group.starred = false;
        if (!keptStarred.has(word)) group.skip = true;
      }
      if (word === 'u' && arg !== undefined) {
        emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
        skipChars = group.uc;
      } else if (word === 'uc' && arg !== undefined) group.uc = Math.max(0, arg);
      else if (word === 'ansicpg' && arg !== undefined) decoder = codePageDecoder(arg, decoder);
      else if (skipped.has(word)) group.skip = true;
      else if (infoFields[word] && !group.skip) {
        group.field = infoFields[word];
        fieldText = '';
      } else if (breaks.has(word)) {
        if (group.skip) continue;
        if (group.field) fieldText += ' ';
        else if (word === 'cell' || word === 'line' || word === 'nestcell') line += '\t';
        else endParagraph();
      } else if (symbols[word]) emit(symbols[word] as string);
    } else if (c === 0x0a || c === 0x0d) {
      i++; // line breaks in RTF source are not text
    } else {
      const start = i;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 0x7b || d === 0x7d || d === 0x5c || d === 0x0a || d === 0x0d) break;
        i++;
      }
      flushBytes();
      consumeText(src.slice(start, i));
    }
  }
  flushBytes();
  endParagraph();
  return { format: 'rtf', parts: body.isEmpty ? meta.parts : [body.toPart(), ...meta.parts] };

  function consumeText(text: string) {
    let t = text;
    if (skipChars > 0) {
      const drop = Math.min(skipChars, t.length);
      skipChars -= drop;
      t = t.slice(drop);
    }
    if (t) emit(t);
  }
}

function codePageDecoder(codePage: number, current: TextDecoder): TextDecoder {
  const names: Record<number, string> = {
    932: 'shift_jis',
    936: 'gbk',
    949: 'euc-kr',
    950: 'big5',
    10000: 'macintosh',
  };
  try {
    return new TextDecoder(names[codePage] ?? `windows-${codePage}`);
  } catch {
    return current;
  }
}

const damaged = () =>
  new ExtractionError('corrupt', 'The RTF document is damaged, so its text cannot be checked.');
