/**
 * A learned second opinion over the rule detectors: for every word that could be a name or a place,
 * a small multinomial logistic regression (weights in lexicon/token-scorer-weights.ts, trained by
 * scripts/train/token-scorer.ts) gives the probability that it is part of a PERSON or a LOCATION.
 * Its features are the signals the rules already use — case and whether case means anything here,
 * name, surname and place list ranks, spoken (lower-case) and proper frequency, the word-shape
 * model, neighbouring words, punctuation, position in a turn, other mentions of the word in the
 * document — plus what the rules concluded about the word and its neighbours. Slots written one by
 * one cover only the sentence shapes someone wrote; weights learned over the same signals on many
 * shapes carry over to shapes nobody wrote a rule for.
 */
import type { Detection, FindingLabel } from '../findings.ts';
import {
  businessWords,
  calendarWords,
  endearments,
  institutionSuffixes,
  nameIntro,
  placePrepositions,
  placeVerbs,
  possessives,
  relations,
  residenceVerbs,
  speechVerbs,
  streetSuffixes,
  titles,
  townWords,
  withVerbs,
} from '../lexicon/cues.ts';
import { fnv1a } from '../lexicon/hash.ts';
import { rankCrowd, rankCurated, rankStdlib } from '../lexicon/load.ts';
import { tokenScorerWeightsBase64 } from '../lexicon/token-scorer-weights.ts';
import { decodeWeights } from '../lexicon/weights.ts';
import { medicineLikelihood } from '../lexicon/word-shape.ts';
import { Case, isWord, type Token } from '../text/tokens.ts';
import { type Doc, shortPost } from './doc.ts';
import { organization } from './everyday-things.ts';
import { labelsARole } from './person-context.ts';

export const scorerBits = 17;
const mask = (1 << scorerBits) - 1;
/** Classes scored against "no identifier" (whose logit is fixed at 0). */
export const scorerClasses = ['PERSON', 'LOCATION'] as const;

const hash = (s: string) => fnv1a(s) & mask;

/** Cue words kept as themselves when they neighbour a candidate, however rare they are in speech. */
const cueSets = [
  nameIntro,
  placePrepositions,
  placeVerbs,
  possessives,
  relations,
  residenceVerbs,
  speechVerbs,
  titles,
  withVerbs,
];
const isCue = (key: string) => cueSets.some((s) => s.has(key));

const bucket = (n: number, edges: readonly number[]) => {
  let b = 0;
  while (b < edges.length && n >= edges[b]!) b++;
  return b;
};
const countEdges = [1, 5, 20, 100, 500, 3000, 20000] as const;

function rankBucket(rank: number | undefined): string {
  if (rank === undefined) return '-';
  if (rank === rankCurated) return 'cur';
  if (rank === rankCrowd) return 'crowd';
  if (rank === rankStdlib) return 'std';
  return String(bucket(rank, [100, 500, 1500, 5000, 20000]));
}

/** What kind of word, in the terms a name decision cares about. */
function listClass(doc: Doc, key: string): string {
  const lex = doc.lex;
  const first = lex.firstNameRank(key) !== undefined;
  const last = lex.surnameRank(key) !== undefined;
  const place = lex.place(key) !== undefined || lex.placeSpan(key) > 1;
  if (first || last || place) return `${first ? 'f' : ''}${last ? 's' : ''}${place ? 'p' : ''}`;
  if (lex.medical(key)) return 'med';
  if (doc.unknownWord(key)) return 'unk';
  return 'word';
}

/** The case of a token, or "-" where case carries no information (lower-cased speech, ALL-CAPS lines). */
function caseCode(doc: Doc, t: Token): string {
  if (!doc.caseInformative(t)) return t.sentenceStart ? 'n^' : 'n';
  const c =
    t.case === Case.Lower ? 'l' : t.case === Case.Capitalized ? 'C' : t.case === Case.Upper ? 'U' : 'o';
  return t.sentenceStart ? `${c}^` : c;
}

function gapCode(gap: string | undefined): string {
  if (gap === undefined) return 'end';
  if (gap.includes('\n')) return 'nl';
  if (gap === ' ' || gap === '') return '_';
  if (gap.includes(':')) return ':';
  if (/[.!?]/.test(gap)) return '.';
  if (gap.includes(',')) return ',';
  if (/["“”'()[\]]/.test(gap)) return 'q';
  if (/[-–—]/.test(gap)) return '-';
  return 'o';
}

/** A neighbouring word as a feature: common and cue words as themselves, the rest by kind. */
function neighbour(doc: Doc, t: Token | undefined): string {
  if (!t) return '∅';
  if (!isWord(t)) return /^\d/.test(t.text) ? '#' : '?';
  const key = t.key;
  if (doc.isGrammatical(key) || isCue(key) || doc.lex.wordCount(key) >= 200) return key;
  const kind = listClass(doc, key);
  return doc.capitalized(t) ? `${kind}^` : kind;
}

/** Can this token be part of a name or place at all? Grammar, numbers and plain lower-case words cannot. */
export function isCandidate(doc: Doc, t: Token, covered: boolean): boolean {
  if (covered) return true;
  if (!isWord(t) || t.contraction || t.key.length < 2 || doc.isGrammatical(t.key)) return false;
  if (t.case !== Case.Lower) return true;
  const lex = doc.lex;
  return (
    lex.firstNameRank(t.key) !== undefined ||
    lex.surnameRank(t.key) !== undefined ||
    lex.place(t.key) !== undefined ||
    lex.placeSpan(t.key) > 1 ||
    doc.unknownWord(t.key)
  );
}

/** What the rule detectors said, token by token, for the scorer's stacked features. */
export interface RuleView {
  /** Per token: the detection covering it, if any. */
  cover: (Detection | undefined)[];
  /** Keys some detection calls a PERSON or LOCATION somewhere in the document. */
  named: Map<string, FindingLabel>;
  /** How often each key occurs in the document. */
  occurrences: Map<string, number>;
}

export function ruleView(doc: Doc, detections: readonly Detection[]): RuleView {
  const cover: (Detection | undefined)[] = new Array(doc.tokens.length);
  const named = new Map<string, FindingLabel>();
  for (const d of detections) {
    const [first, last] = doc.touched(d.start, d.end);
    for (let i = first; i <= last; i++) {
      const t = doc.tokens[i]!;
      const prev = cover[i];
      if (!prev || prev.score < d.score) cover[i] = d;
      if ((d.label === 'PERSON' || d.label === 'LOCATION') && isWord(t)) named.set(t.key, d.label);
    }
  }
  const occurrences = new Map<string, number>();
  for (const t of doc.tokens) occurrences.set(t.key, (occurrences.get(t.key) ?? 0) + 1);
  return { cover, named, occurrences };
}

function detectionCode(d: Detection | undefined): string {
  if (!d) return 'none';
  return `${d.detector}:${d.label}:${bucket(d.score, [0.5, 0.7, 0.85])}`;
}

/** Hashed feature indices of token `i`. */
export function tokenFeatures(doc: Doc, i: number, view: RuleView): number[] {
  const t = doc.tokens[i]!;
  const lex = doc.lex;
  const key = t.key;
  const cc = caseCode(doc, t);
  const lc = listClass(doc, key);
  const fr = rankBucket(lex.firstNameRank(key));
  const sr = rankBucket(lex.surnameRank(key));
  const wc = bucket(lex.wordCount(key), countEdges);
  const pc = bucket(lex.properCount(key), countEdges);
  const p1 = neighbour(doc, doc.prev(i));
  const p2 = neighbour(doc, doc.prev(i, 2));
  const n1 = neighbour(doc, doc.next(i));
  const n2 = neighbour(doc, doc.next(i, 2));
  const gb = gapCode(t.gapBefore);
  const ga = gapCode(doc.next(i)?.gapBefore);
  const det = detectionCode(view.cover[i]);
  const detP = view.cover[i - 1]?.label ?? '-';
  const detN = view.cover[i + 1]?.label ?? '-';
  const seen = bucket(view.occurrences.get(key) ?? 0, [2, 3, 5]);
  const elsewhere = view.named.get(key) ?? '-';
  const shape = lc === 'unk' || lc === 'med' ? bucket(medicineLikelihood(t.text), [0.15, 0.5, 0.85]) : '-';
  const tags = lex.tags(key).slice(0, 2).join('+');
  const features = [
    'bias',
    `c:${cc}`,
    `L:${lc}`,
    `L:${lc}|c:${cc}`,
    `f:${fr}|c:${cc}`,
    `s:${sr}|c:${cc}`,
    `f:${fr}|s:${sr}`,
    `wc:${wc}|c:${cc}`,
    `wc:${wc}|pc:${pc}`,
    `pc:${pc}|L:${lc}`,
    `pl:${lex.place(key) ?? '-'}|c:${cc}`,
    `tag:${tags}|c:${cc}`,
    `ws:${shape}|c:${cc}`,
    `pos:${t.possessive}|L:${lc}`,
    `p1:${p1}`,
    `p1:${p1}|L:${lc}`,
    `p1:${p1}|c:${cc}`,
    `p2:${p2}`,
    `n1:${n1}`,
    `n1:${n1}|L:${lc}`,
    `n1:${n1}|c:${cc}`,
    `n2:${n2}`,
    `gb:${gb}|ga:${ga}`,
    `gb:${gb}|L:${lc}`,
    `ga:${ga}|L:${lc}`,
    `gb:${gb}|p1:${p1}`,
    `ga:${ga}|n1:${n1}`,
    `d:${det}`,
    `d:${det}|L:${lc}`,
    `d:${det}|c:${cc}`,
    `dp:${detP}|dn:${detN}`,
    `dp:${detP}|L:${lc}`,
    `dn:${detN}|L:${lc}`,
    `seen:${seen}|L:${lc}`,
    `else:${elsewhere}|d:${det === 'none' ? 0 : 1}`,
    `low:${doc.lowerDoc}|L:${lc}`,
    `jar:${bucket(doc.jargon, [0.05, 0.15, 0.3])}|L:${lc}`,
  ];
  return features.map(hash);
}

export interface TokenScorer {
  /** [PERSON, LOCATION] probabilities for token `i`. */
  score(doc: Doc, i: number, view: RuleView): [number, number];
}

/** The committed scorer; undefined until scripts/train/token-scorer.ts has written its weights. */
export function committedScorer(): TokenScorer | undefined {
  return tokenScorerWeightsBase64 ? tokenScorer(decodeWeights(tokenScorerWeightsBase64)) : undefined;
}

export function tokenScorer(weights: Float32Array): TokenScorer {
  const k = scorerClasses.length;
  return {
    score(doc, i, view) {
      let zp = 0;
      let zl = 0;
      for (const f of tokenFeatures(doc, i, view)) {
        zp += weights[f * k]!;
        zl += weights[f * k + 1]!;
      }
      const ep = Math.exp(zp);
      const el = Math.exp(zl);
      const total = 1 + ep + el;
      return [ep / total, el / total];
    },
  };
}

/**
 * How sure the scorer must be to add a word no rule found. It only adds: on frames it was not
 * trained on, letting it overrule the rules' guesses lost more names than it saved false alarms
 * (docs/scanner.md, "Learned token scorer").
 */
export const addThreshold = 0.5;
const ordinaryAddThreshold = 0.8;
const everydayCount = 1000;
/** Words that say what kind of place a name is ("hospital", "regional", "general", "court"): no name alone. */
const kindOfPlace = (key: string) =>
  key === 'general' ||
  [institutionSuffixes, businessWords, townWords, streetSuffixes].some((s) => s.has(key));

/** "tacomas", "cheetos": a word ending in s that no list holds, whose singular a list holds. */
function pluralOfListed(doc: Doc, key: string): boolean {
  if (!/[^s]s$/.test(key) || doc.listedName(key) || doc.lex.place(key) !== undefined) return false;
  const one = key.slice(0, -1);
  return doc.listedName(one) || doc.lex.place(one) !== undefined;
}

/**
 * The rules' detections plus every candidate word no rule considered that the scorer is sure of.
 * `vetoed` are guesses the clinical-vocabulary filter took back ("I keep <brand> in my bag"): the
 * filter knew more about those words than the scorer, which would otherwise put them back.
 */
export function addFromScorer(
  doc: Doc,
  detections: readonly Detection[],
  vetoed: readonly Detection[],
  scorer: TokenScorer,
): Detection[] {
  const view = ruleView(doc, detections);
  const out = [...detections];
  const taken = new Uint8Array(doc.tokens.length);
  for (const d of vetoed) {
    const [first, last] = doc.touched(d.start, d.end);
    for (let i = first; i <= last; i++) taken[i] = 1;
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (view.cover[i] !== undefined || taken[i] || !isCandidate(doc, t, false)) continue;
    // Only a word a name or place list holds, or one no list knows that is not spelled like
    // medicine: what the scorer learns from context does not outweigh a list that says "medicine"
    // or "everyday word" ("I keep <drug> in my bag", "Counselor:"), or a company's name.
    const kind = listClass(doc, t.key);
    // An unlisted word may still be an everyday one drawn out in chat ("lmaoo", "sooo"); other
    // unlisted words the lexicon calls ordinary ("del", "rue") stand in places' names.
    if (
      kind === 'med' ||
      kind === 'word' ||
      (kind === 'unk' &&
        (medicineLikelihood(t.text) >= 0.5 || (/(.)\1$/.test(t.key) && doc.isOrdinaryWord(t.key))))
    )
      continue;
    // "at sunrise", "church y'all": among capitals, a word written in lower case that no name or
    // place list holds is the word ("omg jess and tyler" are listed names); past a post's length,
    // where the writer has shown they capitalize, a listed one in lower case is a word too.
    if (
      doc.caseInformative(t) &&
      t.case === Case.Lower &&
      ((!doc.listedName(t.key) && doc.lex.place(t.key) === undefined) || doc.tokens.length > shortPost)
    )
      continue;
    // "Whole30", "B12": a word with a digit in it is a product's or a code's, no one's name.
    if (organization(doc, t) || /\d/.test(t.text)) continue;
    // Nor a word everyday speech is full of ("fear", "public", "general"): in lower-cased speech
    // the scorer takes "in fear" for "in Fresno"; names that common are left to the rules' cues.
    if (doc.lex.wordCount(t.key) >= everydayCount || kindOfPlace(t.key) || calendarWords.has(t.key)) continue;
    // "Hi Papi,": what a family calls its own is a relation, whatever list holds the word; "with the
    // grandkids", "Canadian amount": kin in any case, and a people's word, name no one and no place.
    if (
      // ("my mom is like habibti just wait": one no name list holds, in any case.)
      (endearments.has(t.key) &&
        (t.case === Case.Capitalized || doc.lex.firstNameRank(t.key) === undefined)) ||
      relations.has(t.key) ||
      relations.has(t.key.replace(/s$/, '')) ||
      doc.lex.tags(t.key).includes('Demonym')
    )
      continue;
    // "Veteran:", "spk_0:": a role labelling a line; "his chile plants": a plural everyday noun.
    if (labelsARole(doc, i)) continue;
    if (t.case === Case.Lower && doc.lex.tags(t.key).includes('Plural') && doc.isOrdinaryWord(t.key))
      continue;
    // "proceed mindfully", "hopelessly": an adverb by its ending, which no given name has.
    if (t.case === Case.Lower && /(?:ful|less|ing|ed|ous|ive|al)ly$|[ai]bly$/.test(t.key)) continue;
    const [person, place] = scorer.score(doc, i, view);
    // A word that is also an everyday word ("olive", "rusty") needs the scorer surer than a name that is only a name.
    if (person + place < (doc.isOrdinaryWord(t.key) ? ordinaryAddThreshold : addThreshold)) continue;
    const label = person >= place ? 'PERSON' : 'LOCATION';
    // "mostly tacomas": the plural of a listed word the lists do not hold is things ("the jacksons"
    // are a family).
    const article = /^(?:the|a|an)$/.test(doc.prev(i)?.key ?? '') && doc.adjacent(doc.prev(i), t);
    if (!article && pluralOfListed(doc, t.key)) continue;
    out.push({
      start: t.start,
      end: t.possessive && /['’][sS]$/.test(t.text) ? t.end - 2 : t.end,
      label,
      detector: 'learned',
      score: person + place,
      reason: `learned token scorer: ${label === 'PERSON' ? 'a name' : 'a place'} in this context`,
    });
  }
  return out;
}
