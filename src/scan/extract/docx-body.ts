import type { TextPart } from '../types.ts';
import { LineTextBuilder, type MetadataCollector, type TextBudget } from './position-map.ts';
import { attr, walkXml } from './xml.ts';

interface Paragraph {
  line: number;
  /** What Word shows: tracked insertions in, deletions out. */
  current: string[];
  /** What the file held before the tracked changes: deletions in, insertions out. */
  original: string[];
  hasDeletion: boolean;
}

/**
 * Turns one WordprocessingML part (document, header, footer, footnotes, endnotes, comments) into
 * text, one line per paragraph. DOCX has no reliable page numbers (pagination happens in Word), so
 * every location is page 1 and `line` is the paragraph's number within its part, counting every
 * `w:p` in document order: table cells and text boxes hold paragraphs of their own.
 *
 * Tracked deletions are still in the file. Rather than splice deleted text into the visible text
 * (which garbles words a change only touched in part), each paragraph with a deletion is also
 * emitted as it read before the change, in a second part marked "deleted".
 */
export function extractWordXml(
  xml: string,
  part: string | undefined,
  budget: TextBudget,
  meta: MetadataCollector,
): TextPart[] {
  const visible = new LineTextBuilder(budget);
  const deleted = new LineTextBuilder(budget);
  const stack: Paragraph[] = [];
  let counter = 0;
  let fallbackDepth = 0; // mc:Fallback repeats a text box's content for old readers: skip the copy
  let deletedDepth = 0; // w:del, w:moveFrom
  let insertedDepth = 0; // w:ins, w:moveTo
  let runDepth = 0;
  let textKind: 'none' | 'text' | 'deleted' | 'field' = 'none';
  let fieldCode = '';

  const openParagraph = () => {
    const p: Paragraph = { line: ++counter, current: [], original: [], hasDeletion: false };
    stack.push(p);
    return p;
  };
  const closeParagraph = () => {
    const p = stack.pop();
    if (!p) return;
    const text = p.current.join('');
    if (text.trim() !== '') visible.addLine(text, 1, p.line);
    if (p.hasDeletion) deleted.addLine(p.original.join(''), 1, p.line);
  };
  const append = (s: string, isDeletedText: boolean) => {
    // Text outside any paragraph is invalid WordprocessingML, but it is still in the file.
    const p = stack[stack.length - 1] ?? openParagraph();
    if (isDeletedText || deletedDepth > 0) {
      p.original.push(s);
      p.hasDeletion = true;
    } else if (insertedDepth > 0) p.current.push(s);
    else {
      p.current.push(s);
      p.original.push(s);
    }
  };

  walkXml(xml, {
    open(name, attributes) {
      if (fallbackDepth > 0) {
        if (name === 'Fallback') fallbackDepth++;
        return;
      }
      const author = attr(attributes, 'author');
      if (author) meta.add(name === 'comment' ? 'comment-author' : 'revision-author', author);
      switch (name) {
        case 'Fallback':
          fallbackDepth = 1;
          break;
        case 'p':
          openParagraph();
          break;
        case 'r':
          runDepth++;
          break;
        case 't':
          textKind = 'text';
          break;
        case 'delText':
          textKind = 'deleted';
          break;
        case 'instrText':
          textKind = 'field';
          fieldCode = '';
          break;
        case 'del':
        case 'moveFrom':
          deletedDepth++;
          break;
        case 'ins':
        case 'moveTo':
          insertedDepth++;
          break;
        case 'tab':
        case 'ptab':
          // w:tab also defines tab stops in paragraph properties; only a run's tab is text.
          if (runDepth > 0) append('\t', false);
          break;
        case 'br':
        case 'cr':
          if (runDepth > 0) append('\n', false);
          break;
        case 'noBreakHyphen':
          append('-', false);
          break;
        case 'fldSimple': {
          const target = /HYPERLINK\s+"([^"]+)"/.exec(attr(attributes, 'instr') ?? '')?.[1];
          if (target) meta.add('hyperlink', target);
          break;
        }
        case 'docPr':
          // Alt text and the picture's name (often its original file name) are typed by people.
          meta.add('image-description', attr(attributes, 'descr'));
          meta.add('image-description', attr(attributes, 'title'));
          meta.add('image-description', attr(attributes, 'name'));
          break;
      }
    },
    close(name) {
      if (fallbackDepth > 0) {
        if (name === 'Fallback') fallbackDepth--;
        return;
      }
      switch (name) {
        case 'p':
          closeParagraph();
          break;
        case 'r':
          runDepth = Math.max(0, runDepth - 1);
          break;
        case 't':
        case 'delText':
          textKind = 'none';
          break;
        case 'instrText': {
          // Field codes are hidden, but a HYPERLINK field's target (a URL, a mailto:) is in the file.
          const target = /HYPERLINK\s+"([^"]+)"/.exec(fieldCode)?.[1];
          if (target) meta.add('hyperlink', target);
          textKind = 'none';
          break;
        }
        case 'del':
        case 'moveFrom':
          deletedDepth = Math.max(0, deletedDepth - 1);
          break;
        case 'ins':
        case 'moveTo':
          insertedDepth = Math.max(0, insertedDepth - 1);
          break;
      }
    },
    text(t) {
      if (fallbackDepth > 0 || textKind === 'none') return;
      if (textKind === 'field') {
        if (fieldCode.length < 4096) fieldCode += t;
        return;
      }
      append(t, textKind === 'deleted');
    },
  });
  while (stack.length > 0) closeParagraph();

  const parts: TextPart[] = [];
  if (!visible.isEmpty) parts.push(visible.toPart(part));
  if (!deleted.isEmpty) parts.push(deleted.toPart('deleted'));
  return parts;
}
