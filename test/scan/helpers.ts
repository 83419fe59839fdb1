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
