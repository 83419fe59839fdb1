import { timestampSource } from './speaker-lines.ts';

/**
 * Text laid out to a width — a PDF's visual lines, a note typed with hard returns, an email quoted
 * at 72 columns — breaks sentences where the page ran out, not where the writer stopped: "my
 * daughter\nHope came home". Every cue that reads a name by its neighbours on the same line would
 * lose it there. A break after a line that fills the text's width (70 % of its 90th-percentile
 * line, 40 characters at least), ends no sentence and is followed by more of the paragraph — no
 * blank line, speaker's label, list mark, timestamp, or word that opens a new sentence ("Did you …")
 * — is such a wrap, and reads as the space it stands for. A line in capitals is left as it is. Only
 * that one character changes, so offsets stay put.
 */

/** What opens a line that starts something new: a label ("Client:", "Speaker 2:"), a list mark, a timestamp. */
const opensAnew = new RegExp(
  String.raw`^[ \t]*(?:[-*•·▪◦>]|\d{1,3}[.)][ \t]|\(?[a-z][.)][ \t]|${timestampSource}|[\p{L}][\p{L}\p{M}'’. -]{0,30}[ \t]*\d{0,2}[ \t]*:)`,
  'iu',
);
/** A capitalized word that opens a sentence, not one carried on: a new turn or sentence after a missing stop. */
const opensSentence =
  /^[ \t]*(?:Did|Do|Does|What|How|Why|When|Where|Who|Is|Are|Was|Were|Can|Could|Would|Should|So|And|But|Yeah|Yes|No|Okay|OK|Ok|Well|Oh|Um|Uh|It|It's|That|That's|This|The|We|You|They|He|She|My|Our|Right|Sure|Mm|Hmm|Thank|Thanks|Hi|Hello|Let|Let's|Tell|Maybe|Now|Then|If|Because|Like|Just|Anyway|Alright|Honestly)\b/;
/**
 * Roles raw speech-to-text writes its turns under without a colon ("therapist whats the best part",
 * "child mario kart"): where three lines or more open so, each such line is a new turn.
 */
export const bareRoles = new Set(
  'therapist client counselor patient child parent mom dad mother father teen kid son daughter partner'.split(
    ' ',
  ),
);
const bareRoleOpening = /^[ \t]*(\p{L}+)[ \t]+\S/u;
const opensWithBareRole = (line: string) => {
  const m = bareRoleOpening.exec(line);
  return m !== null && bareRoles.has(m[1]!.toLowerCase());
};
/** Three lines or more of the text open on a role and a space: its turns are labelled so. */
export function bareTurns(text: string): boolean {
  let lines = 0;
  for (const line of text.split('\n')) if (opensWithBareRole(line) && ++lines >= 3) return true;
  return false;
}

/** What ends a line that finished its sentence or introduces what follows. */
const endsAnything = /[.!?:;"”)\]]\s*$/;

export function joinSoftWraps(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  const sorted = [...lengths].sort((a, b) => a - b);
  // The width the text was laid out to: most of its longer lines come near it.
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 40) return text;
  const full = Math.floor(width * 0.7);
  const turns = bareTurns(text);
  let joined = '';
  let from = 0;
  let at = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const a = line.trimEnd();
    at += line.length;
    const b = lines[i + 1]!;
    const wrapped =
      a.length >= full &&
      !endsAnything.test(a) &&
      b.trim() !== '' &&
      !opensAnew.test(b) &&
      !opensSentence.test(b) &&
      !(turns && opensWithBareRole(b)) &&
      // A line in capitals is a heading or a shouted note, with its own regime.
      /\p{Ll}/u.test(a);
    if (wrapped) {
      // ("\r\n": both characters become spaces.)
      const cr = line.endsWith('\r') ? 1 : 0;
      joined += `${text.slice(from, at - cr)}${' '.repeat(cr + 1)}`;
      from = at + 1;
    }
    at += 1;
  }
  return from === 0 ? text : joined + text.slice(from);
}
