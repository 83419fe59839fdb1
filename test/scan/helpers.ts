import { createScanner, type Scanner, type ScanOptions } from '../../src/scan/scanner.ts';

let scanner: Scanner | undefined;

/** The scanner, loaded once per test file (word lists and compromise take about half a second). */
export async function getScanner(): Promise<Scanner> {
  scanner ??= await createScanner();
  return scanner;
}

/** The texts of the findings that would reject `text`, as "LABEL:text". */
export async function blocked(text: string, options: ScanOptions = {}): Promise<string[]> {
  const s = await getScanner();
  return s
    .scanText(text, options)
    .filter((f) => f.action === 'block')
    .map((f) => `${f.label}:${text.slice(f.start, f.end)}`);
}

/** Just the matched texts of blocking findings, whatever their label. */
export async function blockedTexts(text: string, options: ScanOptions = {}): Promise<string[]> {
  return (await blocked(text, options)).map((b) => b.slice(b.indexOf(':') + 1));
}

// Lower-cased speech needs enough ordinary words around a name for the scanner to see that
// unknown words are rare in it (as in any real session).
export const talk =
  'therapist: so how has the week been for you, and what would you like to talk about today?\n' +
  'client: well i guess it has been kind of a long week for me, you know, with the kids and the work ' +
  'and everything that is going on at home right now.\n' +
  'therapist: okay, that sounds like a lot to carry. tell me a little more about what has been going on.\n' +
  'client: i mean it is just the same stuff as always, but it feels like it keeps piling up on me.\n';
