import { joinSoftWraps } from './soft-wraps.ts';
import { labelSpeakerLines } from './speaker-lines.ts';

/** Spaces a word processor or a PDF puts between words besides the plain one: no-break, thin, ideographic. */
const unusualSpaces = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * The text as a reader takes it in, for the detectors: odd spaces read as spaces, speakers labelled on
 * a line of their own as labels, and lines the page broke as one. Each change swaps one character for
 * another, so every offset in it is an offset in the text as written.
 */
export function asRead(written: string): string {
  return joinSoftWraps(labelSpeakerLines(written.replace(unusualSpaces, ' ')));
}
