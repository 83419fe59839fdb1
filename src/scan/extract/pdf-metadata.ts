import type { getDocumentProxy } from 'unpdf';
import type { MetadataCollector } from './position-map.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Info-dictionary keys people fill in (directly or through their software's account name). */
const infoFields: Record<string, string> = {
  Title: 'title',
  Author: 'author',
  Subject: 'subject',
  Keywords: 'keywords',
  Creator: 'creator',
  Producer: 'producer',
};

/**
 * XMP keys that are the file's own bookkeeping: dates and generated ids. Everything else in XMP is
 * scanned, because tools copy names into odd places (photoshop:AuthorsPosition, xmpRights:Owner…).
 */
const xmpBookkeeping = /(date|documentid|instanceid|uuid|format|version|trapped|history)$/i;

const MAX_OUTLINE_ITEMS = 10_000;

/** Info dictionary, XMP, bookmark titles and attachment names, as metadata parts. */
export async function readPdfMetadata(pdf: PdfDocument, meta: MetadataCollector): Promise<void> {
  const { info, metadata } = await pdf.getMetadata();
  const dict = info as Record<string, unknown>;
  for (const [key, field] of Object.entries(infoFields)) meta.add(field, dict[key]);
  // Custom info keys (e.g. /Client) are user-chosen, so the key is scanned along with its value.
  const custom = dict.Custom as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(custom ?? {})) {
    if (typeof value === 'string' || typeof value === 'number')
      meta.add('custom-property', `${key}: ${value}`);
  }

  if (metadata) {
    for (const [key, value] of metadata as Iterable<[string, unknown]>) {
      if (!xmpBookkeeping.test(key)) meta.add(`xmp:${key}`, value);
    }
  }

  const outline = await pdf.getOutline().catch(() => null);
  const queue = [...(outline ?? [])];
  for (let seen = 0; queue.length > 0 && seen < MAX_OUTLINE_ITEMS; seen++) {
    const item = queue.shift();
    if (!item) break;
    meta.add('bookmark', item.title);
    queue.push(...(item.items ?? []));
  }

  // Attached files are not opened (their content cannot be checked here), but their names are text.
  const attachments = await pdf.getAttachments().catch(() => null);
  for (const [, attachment] of attachments ?? []) {
    const a = attachment as { filename?: unknown; description?: unknown };
    meta.add('attachment-name', a.filename);
    meta.add('attachment-description', a.description);
  }
}
