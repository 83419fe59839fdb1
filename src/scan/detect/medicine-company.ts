import type { Detection } from '../findings.ts';
import { isWord, type Token } from '../text/tokens.ts';
import { medicalOnly, medicineWhereItStands, strongCue, unlistedWord } from './clinical-vocab.ts';
import type { Doc } from './doc.ts';
import { facilityReason } from './facility-slots.ts';
import { householdReason } from './surname-cues.ts';

/** Words that join the items of a list: "Emgality or X", "Opdivo plus X", "Jublia vs terbinafine". */
const joiners = new Set(['and', 'or', 'nor', 'vs', 'versus', 'plus', 'with']);

/** A formulation after a brand, passed over in a list: "Adderall XR or X", "Nurtec ODT, and X". */
const formulations = new Set([
  'xr',
  'er',
  'sr',
  'xl',
  'cr',
  'dr',
  'la',
  'odt',
  'pm',
  'am',
  'hct',
  'cd',
  'ir',
]);

/** What may stand between a joiner and a medicine: "vs oral terbinafine", "or generic sertraline". */
const forms = new Set(['oral', 'topical', 'generic', 'injectable', 'inhaled', 'iv', 'the']);

/** A word, not possessive, that no name, place or everyday-word list holds, capitalized. */
const unlisted = (doc: Doc, t: Token) => isWord(t) && !t.possessive && unlistedWord(doc, t);

/** Token `k` ends an item of a list: punctuation, a joiner or the line's end follows it. */
function endsItem(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return (
    next === undefined ||
    next.line !== doc.tokens[k]!.line ||
    /[,.;:?!)/&]/.test(next.gapBefore) ||
    joiners.has(next.key)
  );
}

/**
 * The items listed next to token `k`, one step to the left or right: "Paxlovid with X" (left of X),
 * "X, Farxiga, or Rybelsus" (right of X). A comma joins list items only, not clauses ("I started
 * Zoloft, X thinks it helps" lists nothing), so both sides of a comma must end an item.
 */
function neighbour(doc: Doc, k: number, step: 1 | -1): number | undefined {
  const t = doc.tokens[k]!;
  let j = k + step;
  const w = doc.tokens[j];
  if (!w || w.line !== t.line) return undefined;
  const joined = joiners.has(w.key);
  if (joined) j += step;
  else if (!/[,/&]/.test(step === 1 ? w.gapBefore : t.gapBefore)) return undefined;
  if (step === 1 && forms.has(doc.tokens[j]?.key ?? '') && doc.tokens[j]!.line === t.line) j++;
  const item = doc.tokens[j];
  if (!item || item.line !== t.line || !isWord(item)) return undefined;
  return joined || (endsItem(doc, k) && endsItem(doc, j)) ? j : undefined;
}

/**
 * Words that set one thing beside another it is measured against: "X stronger than Y", "X the same
 * as Y", "X instead of Y", "X compared to Y". One may compare people too, but not with medicine.
 */
const comparedBy = [['than'], ['same', 'as'], ['instead', 'of'], ['compared', 'to'], ['compared', 'with']];

/** Token `k` says how one thing measures against another: "stronger", "more addictive", "the". */
function measureWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return (
    t.key === 'the' ||
    t.key === 'more' ||
    t.key === 'less' ||
    doc.lex.tags(t.key).includes('Comparative') ||
    /^(?:more|less)$/.test(doc.tokens[k - 1]?.key ?? '')
  );
}

/** Where `words` (keys) run from token `k` on the same line, word by word. */
function phraseAt(doc: Doc, k: number, words: string[]): boolean {
  const line = doc.tokens[k]?.line;
  return words.every((w, n) => {
    const t = doc.tokens[k + n];
    return t !== undefined && t.line === line && t.key === w && (n === 0 || /^[ \t]+$/.test(t.gapBefore));
  });
}

/**
 * The thing token `k` is compared with: "Is X stronger than Tramadol" (step 1), "Is Tramadol
 * stronger than X" (step -1). Up to two words of measure stand between the thing and the comparison.
 */
function comparedWith(doc: Doc, k: number, step: 1 | -1): number | undefined {
  const line = doc.tokens[k]!.line;
  const inClause = (j: number) => doc.tokens[j] !== undefined && doc.tokens[j]!.line === line;
  if (step === 1) {
    let j = k + 1;
    for (let n = 0; n < 2 && inClause(j) && measureWord(doc, j); n++) j++;
    const phrase = comparedBy.find((p) => phraseAt(doc, j, p));
    if (!phrase) return undefined;
    j += phrase.length;
    if (forms.has(doc.tokens[j]?.key ?? '')) j++;
    return inClause(j) && isWord(doc.tokens[j]!) ? j : undefined;
  }
  let j = k - 1;
  if (forms.has(doc.tokens[j]?.key ?? '')) j--;
  const phrase = comparedBy.find((p) => phraseAt(doc, j - p.length + 1, p));
  if (!phrase) return undefined;
  j -= phrase.length;
  for (let n = 0; n < 2 && inClause(j) && measureWord(doc, j); n++) j--;
  return inClause(j) && isWord(doc.tokens[j]!) ? j : undefined;
}

/**
 * "Can I take Paxlovid with Eliquis?", "switch to Emgality or Ajovy", "Jardiance, Farxiga, or
 * Rybelsus?", "Jublia vs oral terbinafine": a word no list holds, listed beside medicine, is medicine
 * too. Brands are coined to sound like names, so their spelling says little; the company they keep
 * says more (a word next to someone is often no one a list holds either — "Jaxtyn and me" — so
 * only medicine vouches, never a rare word beside another). Returns which of `kept` to veto;
 * `vetoed` are the guesses the medical vocabulary already overruled.
 */
export function medicineByCompany(doc: Doc, kept: Detection[], vetoed: Detection[]): Detection[] {
  // A word another guess keeps ("the Sanderses", a household) is no one's vouching.
  const medicine = doc.tokensOf(vetoed);
  for (const k of doc.tokensOf(kept)) medicine.delete(k);
  // Words found by their company: they vouch in turn ("Hadlima, X and Yuflyma").
  const vouched = new Set<number>();
  const out: Detection[] = [];
  const single = kept.filter((d) => {
    if (
      (d.label !== 'PERSON' && d.label !== 'LOCATION') ||
      d.detector === 'roster' ||
      d.detector === 'pattern'
    )
      return false;
    if (strongCue.test(d.reason) || d.reason === householdReason || d.reason === facilityReason) return false;
    const [first, last] = doc.touched(d.start, d.end);
    return first === last && isWord(doc.tokens[first]!) && !doc.tokens[first]!.possessive;
  });
  let open = single.filter((d) => unlisted(doc, doc.tokens[doc.touched(d.start, d.end)[0]]!));
  // A word no list holds vouches only where it stands as medicine, not by a guess's veto alone.
  const isMedicine = (k: number) =>
    medicalOnly(doc, doc.tokens[k]!.key) ||
    (medicine.has(k) && (!unlisted(doc, doc.tokens[k]!) || vouched.has(k) || medicineWhereItStands(doc, k)));
  // A list runs on through words no list holds ("Hadlima, Amjevita and Yuflyma"), each step once.
  const listedBeside = (i: number) => {
    for (const step of [1, -1] as const) {
      let k: number | undefined = i;
      for (let hops = 0; hops < 4 && k !== undefined; hops++) {
        k = neighbour(doc, k, step);
        if (k === undefined) break;
        // The formulation belongs to the brand before it: look at the brand.
        if (
          step === -1 &&
          formulations.has(doc.tokens[k]!.key) &&
          doc.adjacent(doc.tokens[k - 1], doc.tokens[k])
        )
          k--;
        if (isMedicine(k)) return true;
        if (!unlisted(doc, doc.tokens[k]!)) break;
      }
    }
    return false;
  };
  // "Is Norco stronger than Tramadol?": measured against medicine, even a word a list holds (a town
  // here) is medicine; nobody compares a person with a drug.
  const compared = single.filter((d) => {
    const i = doc.touched(d.start, d.end)[0];
    return ([1, -1] as const).some((step) => {
      const j = comparedWith(doc, i, step);
      return j !== undefined && isMedicine(j);
    });
  });
  for (const k of doc.tokensOf(compared)) {
    medicine.add(k);
    vouched.add(k);
  }
  out.push(...compared);
  open = open.filter((d) => !compared.includes(d));
  // Each round may make medicine of a word the next round's list reaches.
  for (let round = 0; round < 3 && open.length > 0; round++) {
    const found = open.filter((d) => {
      const i = doc.touched(d.start, d.end)[0];
      return listedBeside(i);
    });
    if (found.length === 0) break;
    for (const k of doc.tokensOf(found)) {
      medicine.add(k);
      vouched.add(k);
    }
    out.push(...found);
    open = open.filter((d) => !found.includes(d));
  }
  // The same word said again is the same medicine ("… gave me Norco for a root canal").
  const keys = new Set([...doc.tokensOf(out)].map((k) => doc.tokens[k]!.key));
  return [
    ...out,
    ...single.filter((d) => !out.includes(d) && keys.has(doc.tokens[doc.touched(d.start, d.end)[0]]!.key)),
  ];
}
