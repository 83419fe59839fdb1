import { leadingZipNames, ZipArchive } from './zip.ts';

export type DocumentFormat = 'pdf' | 'docx' | 'rtf' | 'text' | 'unknown';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .doc, and password-protected .docx

/**
 * What the bytes are, by their structure; a declared content type or a name is never trusted.
 * A zip is DOCX only if its directory holds `[Content_Types].xml` and a `word/` part. A damaged zip
 * whose first local headers look like an Office document is still called DOCX, so it is refused as
 * damaged rather than as an unknown type. Text is anything without NUL bytes and with few control characters;
 * whether it is valid UTF-8 is decided when it is decoded, so that the refusal can say so.
 */
export function detectDocumentFormat(bytes: Uint8Array): DocumentFormat {
  const head = bytes.subarray(0, 1024);
  // The PDF spec lets readers accept junk before the header within the first 1024 bytes.
  for (let i = 0; i + PDF.length <= head.length; i++) if (startsWith(head, PDF, i)) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return isDocxZip(bytes) ? 'docx' : 'unknown';
  if (isOleCompound(bytes)) return 'unknown';
  const skipBom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (/^\s*\{\\rtf/.test(new TextDecoder('latin1').decode(bytes.subarray(skipBom, skipBom + 32))))
    return 'rtf';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

export function isOleCompound(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
}

function isDocxZip(bytes: Uint8Array): boolean {
  try {
    // Only the directory is read here; limits are generous because nothing is inflated.
    const zip = ZipArchive.open(bytes, {
      maxEntries: 1e6,
      maxTotalBytes: Number.MAX_SAFE_INTEGER,
      maxEntryRatio: 1e9,
    });
    const names = zip.names();
    return names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/'));
  } catch {
    // No readable directory (truncated): Office writes [Content_Types].xml first; a spreadsheet or
    // deck shows itself by its folder if its first entries survive.
    const names = leadingZipNames(bytes);
    const office = names.includes('[Content_Types].xml') || names.some((n) => n.startsWith('word/'));
    return office && !names.some((n) => n.startsWith('xl/') || n.startsWith('ppt/'));
  }
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true; // UTF-16 with BOM
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    // Tab, LF, FF, CR and ESC appear in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control <= sample.length / 100;
}
