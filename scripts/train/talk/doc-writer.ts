/**
 * Collects a document as pieces (text, and gold mentions tagged with their frame) and renders it
 * as written, lower-cased speech-to-text, or capitals, computing span offsets while it renders, so
 * dropping punctuation outside names never shifts a span.
 */
import type { GenSpan } from '../../eval/generated-corpus.ts';
import type { Pools } from '../../eval/pools.ts';
import type { Bit, Mention, TalkFrame } from './slots.ts';

interface Tagged extends Mention {
  frame: string;
  kind: string;
}
type Piece = string | Tagged;

export type Casing = 'as-written' | 'speech' | 'lower';

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export class DocWriter {
  pieces: Piece[] = [];
  text(s: string) {
    this.pieces.push(s);
  }
  /** Upper-cases what `bits` says, names included: a note typed in capitals. */
  emit(bits: Bit[], frame: Pick<TalkFrame, 'id' | 'kind'>, upper = false) {
    for (const b of bits) {
      if (typeof b === 'string') this.pieces.push(upper ? b.toUpperCase() : b);
      else
        this.pieces.push({
          ...b,
          text: upper ? b.text.toUpperCase() : b.text,
          frame: frame.id,
          kind: frame.kind,
        });
    }
  }
  mentions(): Tagged[] {
    return this.pieces.filter((x): x is Tagged => typeof x !== 'string');
  }
  render(p: Pools, casing: Casing): { text: string; spans: GenSpan[] } {
    let text = '';
    const spans: GenSpan[] = [];
    for (const piece of this.pieces) {
      if (typeof piece === 'string') {
        let s = casing === 'as-written' ? piece : piece.toLowerCase();
        // Speech-to-text keeps a stray comma or full stop now and then; the speaker's colon stays.
        if (casing === 'speech') s = s.replace(/[.,?!;]/g, (m) => (p.chance(0.2) ? m : ''));
        text += s;
        if (casing === 'speech') text = text.replace(/ {2,}/g, ' ').replace(/ +\n/g, '\n');
      } else {
        const name = casing === 'as-written' ? piece.text : piece.text.toLowerCase();
        spans.push({
          start: text.length,
          end: text.length + name.length,
          label: piece.label,
          frame: piece.frame,
          kind: piece.kind,
        });
        text += name;
      }
    }
    return { text, spans };
  }
}
