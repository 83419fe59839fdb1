import { type Zippable, zipSync } from 'fflate';
import { readRelationships, resolvePath } from '../scan/extract/docx.ts';
import { defaultExtractLimits } from '../scan/extract/limits.ts';
import { ZipArchive } from '../scan/extract/zip.ts';
import { NEUTRAL_AUTHOR, NEUTRAL_INITIALS } from './neutral.ts';
import { rewriteXml } from './xml-rewrite.ts';

/** Core properties that are the file's bookkeeping; everything else (creator, title, keywords…) goes. */
const coreKept = new Set(['created', 'modified', 'language', 'revision']);
/** Extended properties that are counts and the application's name; Company, Manager, Template… go. */
// biome-ignore format: a word list
const appKept = new Set([
  'Application', 'AppVersion', 'DocSecurity', 'ScaleCrop', 'LinksUpToDate', 'SharedDoc', 'HyperlinksChanged',
  'Pages', 'Words', 'Characters', 'CharactersWithSpaces', 'Lines', 'Paragraphs', 'TotalTime',
]);

/**
 * Relationship types whose parts are dropped whole: custom properties (user-named fields), the
 * thumbnail (a picture we cannot check), and the people part (reviewers' names and account ids).
 * The attached template's relationship is dropped too: its target is a path under someone's profile.
 */
const droppedPartTypes = /\/(custom-properties|metadata\/thumbnail|people)$/;
const droppedRelTypes = /\/(custom-properties|metadata\/thumbnail|people|attachedTemplate)$/;

const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
const relsBase = (relsPath: string) => {
  const source = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
  return source.slice(0, source.lastIndexOf('/') + 1);
};
// Zip entries carry a timestamp; a fixed one says nothing about when or where the file was rewritten.
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * DOCX without personal metadata: core and extended properties reduced to bookkeeping, custom
 * properties, thumbnail and people parts removed (with their relationships and content-type
 * entries), comment and revision authors replaced by "Reviewer" (initials "R"), and the attached
 * template's path removed. The document's text, styles and media are copied unchanged.
 */
export function stripDocxMetadata(bytes: Uint8Array): Uint8Array {
  const zip = ZipArchive.open(bytes, {
    maxEntries: defaultExtractLimits.zipMaxEntries,
    maxTotalBytes: defaultExtractLimits.zipMaxTotalBytes,
    maxEntryRatio: defaultExtractLimits.zipMaxEntryRatio,
  });
  const packageRels = readRelationships(zip, '_rels/.rels');
  const partsOfType = (pattern: RegExp, fallback: string[]) =>
    new Set([
      ...fallback,
      ...packageRels.filter((r) => !r.external && pattern.test(r.type)).map((r) => r.target),
    ]);
  const core = partsOfType(/\/core-properties$/, ['docProps/core.xml']);
  const app = partsOfType(/\/extended-properties$/, ['docProps/app.xml']);
  const main =
    packageRels.find((r) => !r.external && /\/officeDocument$/.test(r.type))?.target ?? 'word/document.xml';
  // By name too: the extractor reads these whether or not a relationship points at them.
  const dropped = partsOfType(droppedPartTypes, [
    'docProps/custom.xml',
    `${main.slice(0, main.lastIndexOf('/') + 1)}people.xml`,
  ]);
  for (const name of zip.names()) {
    if (!name.endsWith('.rels')) continue;
    for (const rel of readRelationships(zip, name)) {
      if (!rel.external && droppedPartTypes.test(rel.type)) dropped.add(rel.target);
    }
  }

  const out: Zippable = {};
  for (const name of zip.names()) {
    if (name.endsWith('/') || dropped.has(name)) continue;
    const data = zip.read(name);
    if (!isXml(name)) {
      // Media is already compressed; storing it saves the time of deflating it again.
      out[name] = [data, { level: /\.(png|jpe?g|gif|emf|wmf|bin)$/i.test(name) ? 0 : 6, mtime: ZIP_TIME }];
      continue;
    }
    const xml = zip.readText(name);
    let next: string | undefined;
    if (core.has(name))
      next = rewriteXml(xml, { keep: (local, path) => path.length !== 1 || coreKept.has(local) });
    else if (app.has(name))
      next = rewriteXml(xml, { keep: (local, path) => path.length !== 1 || appKept.has(local) });
    else if (name === '[Content_Types].xml') {
      next = rewriteXml(xml, {
        keep: (local, _path, attrs) =>
          !(local === 'Override' && dropped.has((attrs.PartName ?? '').replace(/^\//, ''))),
      });
    } else if (name.endsWith('.rels')) {
      const base = relsBase(name);
      next = rewriteXml(xml, {
        keep: (local, _path, attrs) =>
          local !== 'Relationship' ||
          !(
            droppedRelTypes.test(attrs.Type ?? '') ||
            (attrs.TargetMode !== 'External' && dropped.has(resolvePath(base, attrs.Target ?? '')))
          ),
      });
    } else if (/\b(author|initials)\s*=|attachedTemplate/.test(xml)) {
      next = rewriteXml(xml, {
        keep: (local) => local !== 'attachedTemplate',
        attribute: (local) =>
          local === 'author' ? NEUTRAL_AUTHOR : local === 'initials' ? NEUTRAL_INITIALS : undefined,
      });
    }
    out[name] = [next === undefined ? data : new TextEncoder().encode(next), { level: 6, mtime: ZIP_TIME }];
  }
  return zipSync(out);
}
