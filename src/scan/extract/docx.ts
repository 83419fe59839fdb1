import { type Extraction, ExtractionError, type TextPart } from '../types.ts';
import { extractWordXml } from './docx-body.ts';
import { assertWithinSize, type ExtractOptions, resolveLimits } from './limits.ts';
import { MetadataCollector, TextBudget } from './position-map.ts';
import { attr, walkXml } from './xml.ts';
import { ZipArchive } from './zip.ts';

/** Relationship types end the same way in transitional and strict OOXML; match on the last segment. */
const bodyPartKinds: Record<string, string> = {
  header: 'header',
  footer: 'footer',
  footnotes: 'footnote',
  endnotes: 'endnote',
  comments: 'comment',
};

/** Core (docProps/core.xml) and extended (docProps/app.xml) properties that people type into. */
const propertyFields: Record<string, string> = {
  title: 'title',
  subject: 'subject',
  creator: 'author',
  keywords: 'keywords',
  description: 'description',
  lastModifiedBy: 'lastModifiedBy',
  category: 'category',
  Company: 'company',
  Manager: 'manager',
  Template: 'template',
  HyperlinkBase: 'hyperlinkBase',
  TitlesOfParts: 'titlesOfParts',
};

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/**
 * DOCX: the visible text of the document and of its headers, footers, footnotes, endnotes and
 * comments; the text of tracked deletions; and, as metadata, the document properties, comment and
 * revision authors, image alt text, and link targets.
 */
export function extractDocx(bytes: Uint8Array, options?: ExtractOptions): Extraction {
  const limits = resolveLimits(options);
  assertWithinSize(bytes, limits);
  const zip = ZipArchive.open(bytes, {
    maxEntries: limits.zipMaxEntries,
    maxTotalBytes: limits.zipMaxTotalBytes,
    maxEntryRatio: limits.zipMaxEntryRatio,
  });
  const packageRels = readRelationships(zip, '_rels/.rels');
  const mainPath =
    packageRels.find((r) => lastSegment(r.type) === 'officeDocument' && !r.external)?.target ??
    'word/document.xml';
  if (!zip.has('[Content_Types].xml') || !zip.has(mainPath) || !mainPath.endsWith('.xml')) {
    throw new ExtractionError(
      'unsupported_format',
      'The file is a zip archive but not a Word (.docx) document.',
    );
  }

  const budget = new TextBudget(limits.maxTextChars);
  const meta = new MetadataCollector(budget);
  const body: TextPart[] = [];
  body.push(...extractWordXml(zip.readText(mainPath), undefined, budget, meta));

  const mainRels = readRelationships(zip, relsPathFor(mainPath));
  const byKind = new Map<string, string[]>();
  for (const rel of mainRels) {
    const kind = bodyPartKinds[lastSegment(rel.type)];
    if (!kind || rel.external || !zip.has(rel.target)) continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), rel.target]);
  }
  for (const kind of Object.values(bodyPartKinds)) {
    for (const path of [...new Set(byKind.get(kind) ?? [])].sort()) {
      body.push(...extractWordXml(zip.readText(path), kind, budget, meta));
    }
  }

  // Links and the attached template live in relationship files; their targets can be a mailto:,
  // a URL with a name in it, or a path under someone's user folder.
  for (const name of zip.names()) {
    if (!name.endsWith('.rels')) continue;
    for (const rel of readRelationships(zip, name)) if (rel.external) meta.add('hyperlink', rel.target);
  }
  const propertyPaths = new Set(['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']);
  for (const rel of packageRels) {
    if (!rel.external && /properties$/i.test(lastSegment(rel.type))) propertyPaths.add(rel.target);
  }
  for (const path of propertyPaths) if (zip.has(path)) readProperties(zip.readText(path), meta);
  const people = `${directoryOf(mainPath)}people.xml`;
  if (zip.has(people)) walkXml(zip.readText(people), authorsOnly(meta));

  return { format: 'docx', parts: [...body, ...meta.parts] };
}

export function readRelationships(zip: ZipArchive, path: string): Relationship[] {
  if (!zip.has(path)) return [];
  const base = directoryOf(path.replace(/_rels\/[^/]*\.rels$/, ''));
  const out: Relationship[] = [];
  walkXml(zip.readText(path), {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const target = attr(attributes, 'Target');
      if (!target) return;
      const external = attr(attributes, 'TargetMode') === 'External';
      out.push({
        type: attr(attributes, 'Type') ?? '',
        target: external ? target : resolvePath(base, target),
        external,
      });
    },
    close() {},
    text() {},
  });
  return out;
}

/**
 * Reads core, extended and custom properties. Dates and counts are left out: they are the file's
 * own bookkeeping, not something a person typed. A custom property's name is scanned with its
 * value ("Client: …") because the name is user-chosen too, and it is not used as the field label.
 */
function readProperties(xml: string, meta: MetadataCollector): void {
  let depth = 0;
  let field: string | undefined;
  let customName: string | undefined;
  walkXml(xml, {
    open(name, attributes) {
      depth++;
      if (depth !== 2) return;
      if (name === 'property') {
        customName = attr(attributes, 'name') ?? '';
        field = 'custom-property';
      } else field = propertyFields[name];
    },
    close() {
      depth--;
      if (depth < 2) {
        field = undefined;
        customName = undefined;
      }
    },
    text(t) {
      if (!field || t.trim() === '') return;
      meta.add(field, customName !== undefined ? `${customName}: ${t}` : t);
    },
  });
}

function authorsOnly(meta: MetadataCollector) {
  return {
    open(_name: string, attributes: Record<string, string>) {
      meta.add('revision-author', attr(attributes, 'author'));
    },
    close() {},
    text() {},
  };
}

function lastSegment(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

function relsPathFor(partPath: string): string {
  const dir = directoryOf(partPath);
  return `${dir}_rels/${partPath.slice(dir.length)}.rels`;
}

function directoryOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** Resolves a relationship target against its source part's folder, as zip entry names are written. */
export function resolvePath(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}
