/** Letter case of a token as written. */
export const Case = { Lower: 0, Capitalized: 1, Upper: 2, Other: 3 } as const;
export type Case = (typeof Case)[keyof typeof Case];

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased, accents folded, possessive `'s` removed: the key every lexicon lookup uses. */
  key: string;
  case: Case;
  possessive: boolean;
  /** "I'm", "don't", "we'll": grammar, never a name. */
  contraction: boolean;
  /** First word of a sentence, a line or a speaker turn: capitals there say nothing about names. */
  sentenceStart: boolean;
  /** Index of the line (0-based) — lines are the unit for upper-case regimes. */
  line: number;
  /** Characters between the previous token and this one (punctuation, spaces). */
  gapBefore: string;
}

// Words with inner apostrophes, hyphens or periods ("O'Neil", "Smith-Jones", "St.Mary") stay whole;
// a trailing period is left out so that "Dr." is "Dr" followed by ".".
const wordPattern = /[\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*/gu;
const nonAscii = /[^\u0020-\u007e\t\n\r]/;
const marks = /\p{M}/gu;

/** Lower-cases and strips accents so "José" and "jose" meet. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  return nonAscii.test(lower) ? lower.normalize('NFD').replace(marks, '').replace(/’/g, "'") : lower;
}

function caseOf(word: string): Case {
  const first = word[0]!;
  const firstUpper = first !== first.toLowerCase();
  if (!firstUpper) return word === word.toLowerCase() ? Case.Lower : Case.Other;
  const rest = word.slice(1);
  if (rest === rest.toLowerCase())
    return rest.length === 0 || /\p{L}/u.test(rest) ? Case.Capitalized : Case.Upper;
  if (rest === rest.toUpperCase()) return Case.Upper;
  // "McDonald", "O'Neil", "DeShawn": capitalized names with an inner capital.
  return Case.Capitalized;
}

const contractionEnd = /['’](?:m|re|ve|ll|d|t)$|n['’]t$/i;
// A post's emoji closes what came before it as a full stop would ("no regrets 😂 Love you").
export const sentenceEnd = /[.!?:;"“”()[\]—–]|--|\n|\p{Extended_Pictographic}/u;

/** Splits text into word tokens with the facts detectors need; one pass, one regex. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let prevEnd = 0;
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(text); m !== null; m = wordPattern.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const gapBefore = text.slice(prevEnd, start);
    for (let i = gapBefore.indexOf('\n'); i !== -1; i = gapBefore.indexOf('\n', i + 1)) line++;
    let possessive = false;
    let word = raw;
    const contraction = contractionEnd.test(raw);
    if (/['’][sS]$/.test(raw) && raw.length >= 3) {
      possessive = true;
      word = raw.slice(0, -2);
    } else if (/s['’]$/.test(raw)) possessive = true;
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      key: foldKey(word),
      case: caseOf(word),
      possessive,
      contraction,
      sentenceStart: tokens.length === 0 || sentenceEnd.test(gapBefore),
      line,
      gapBefore,
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** True when the token is a letter word (not a number or code). */
export function isWord(token: Token): boolean {
  return /^\p{L}/u.test(token.text);
}
