/**
 * Transcript exports that give a speaker a line of their own label each turn as "Hope:" does:
 * with a timestamp ("Hope  0:07", "Speaker 2  1:12", "Dana Whitley (00:01:12):"), or alone, as a
 * script writes them ("HOPE" over what she says, turn after turn). The character that ends the name
 * becomes the colon the label rules look for — a space before the timestamp, or the line break
 * after a label alone — so every offset stays where it was.
 */

/** A time in a transcript: "0:07", "[00:03:20]", "(00:01:12.5)". */
export const timestampSource = String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?`;
/** A speaker's label: one to three words (apostrophes, periods, hyphens inside), maybe a number. */
const labelSource = String.raw`[ \t]*\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2}(?:[ \t]\d{1,2})?`;

const timestampLabel = new RegExp(`^(${labelSource})[ \\t](?=[ \\t]*${timestampSource}:?[ \\t]*$)`, 'gmu');
const labelAlone = new RegExp(`^${labelSource}[ \\t]*$`, 'u');

export function labelSpeakerLines(text: string): string {
  const stamped = text.includes(':') ? text.replace(timestampLabel, '$1:') : text;
  return labelLinesAlone(stamped);
}

/**
 * Lines holding a label alone, each opening a turn (after a blank line or the start) above the line
 * said: where two or more such labels each come back at least twice, the text is a script and its
 * labels' line breaks read as colons.
 */
function labelLinesAlone(text: string): string {
  if (!/\n[ \t\r]*\n/.test(text)) return text;
  const lines = text.split('\n');
  const counts = new Map<string, number>();
  // Each candidate label and where its line ends in the text.
  const candidates: { key: string; line: string; end: number }[] = [];
  for (let i = 0, offset = 0; i < lines.length - 1; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (
      (i > 0 && lines[i - 1]!.trim() !== '') ||
      !labelAlone.test(line.trimEnd()) ||
      lines[i + 1]!.trim() === ''
    )
      continue;
    const key = line.trim().toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    candidates.push({ key, line, end: offset + line.length });
  }
  if ([...counts.values()].filter((n) => n >= 2).length < 2) return text;
  // The line break (with a carriage return before it) becomes the colon: "HOPE\nPretty rough"
  // reads "HOPE:Pretty rough".
  let read = '';
  let from = 0;
  for (const { key, line, end } of candidates) {
    if (counts.get(key)! < 2) continue;
    const cr = line.endsWith('\r') ? 1 : 0;
    read += `${text.slice(from, end - cr)}${':'.repeat(cr + 1)}`;
    from = end + 1;
  }
  return read + text.slice(from);
}
