import { Inflate } from 'fflate';
import { concatBytes } from '../../bytes.ts';
import { ExtractionError } from '../types.ts';

/**
 * A bounded zip reader for DOCX. We read the central directory ourselves so that every size is
 * checked before anything is inflated, and inflate in small input steps so that a deflate bomb is
 * stopped after at most one step's output (≈16 MiB), not after it has filled memory.
 */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryRatio: number;
}

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STEP = 16 * 1024;
const RATIO_FLOOR = 1024 * 1024;

const corrupt = () =>
  new ExtractionError('corrupt', 'The document is damaged: its zip structure cannot be read.');
const bomb = (why: string) => new ExtractionError('zip_bomb', `The document was refused: ${why}.`);

export class ZipArchive {
  private inflatedTotal = 0;

  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly entries: Map<string, ZipEntry>;
  private readonly limits: ZipLimits;

  private constructor(bytes: Uint8Array, view: DataView, entries: Map<string, ZipEntry>, limits: ZipLimits) {
    this.bytes = bytes;
    this.view = view;
    this.entries = entries;
    this.limits = limits;
  }

  static open(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dir = readDirectoryLocation(bytes, view);
    if (dir.count > limits.maxEntries) throw bomb(`it has more than ${limits.maxEntries} zip entries`);
    const entries = new Map<string, ZipEntry>();
    const names = new TextDecoder('utf-8');
    let declaredTotal = 0;
    let p = dir.offset;
    for (let i = 0; i < dir.count; i++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw corrupt();
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      if (p + 46 + nameLen + extraLen > bytes.length) throw corrupt();
      const entry: ZipEntry = {
        flags: view.getUint16(p + 8, true),
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        uncompressedSize: view.getUint32(p + 24, true),
        localHeaderOffset: view.getUint32(p + 42, true),
      };
      applyZip64Extra(view, p + 46 + nameLen, extraLen, entry);
      const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
      // Two entries with one name let two readers see two different documents; refuse the ambiguity.
      if (entries.has(name)) throw corrupt();
      entries.set(name, entry);
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxTotalBytes)
        throw bomb('its contents would decompress past the size limit');
      if (
        entry.uncompressedSize > RATIO_FLOOR &&
        entry.uncompressedSize > entry.compressedSize * limits.maxEntryRatio
      ) {
        throw bomb('an entry is compressed far more than any real document');
      }
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipArchive(bytes, view, entries, limits);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Inflates one entry, enforcing the declared size, the ratio and the archive-wide total. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt();
    if (entry.flags & 1) throw corrupt(); // zip-level encryption: not something Word writes
    const p = entry.localHeaderOffset;
    if (p + 30 > this.bytes.length || this.view.getUint32(p, true) !== LOCAL) throw corrupt();
    const start = p + 30 + this.view.getUint16(p + 26, true) + this.view.getUint16(p + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw corrupt();
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw corrupt();
      this.count(data.length, entry, data.length);
      return data;
    }
    if (entry.method !== 8) throw corrupt();
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflate = new Inflate((chunk) => {
      produced += chunk.length;
      this.count(chunk.length, entry, produced);
      chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length; i += STEP) {
        inflate.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
      }
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ExtractionError) throw err;
      throw corrupt();
    }
    return concatBytes(chunks, produced);
  }

  /** Reads an entry as XML text (UTF-8, as OOXML parts are written). */
  readText(name: string): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.read(name));
    } catch (err) {
      if (err instanceof ExtractionError) throw err;
      throw corrupt();
    }
  }

  private count(chunk: number, entry: ZipEntry, producedSoFar: number): void {
    this.inflatedTotal += chunk;
    if (this.inflatedTotal > this.limits.maxTotalBytes)
      throw bomb('its contents decompress past the size limit');
    // A header that understates the size is how bombs slip past a declared-size check.
    if (producedSoFar > entry.uncompressedSize) throw bomb('an entry decompresses past its declared size');
    if (producedSoFar > RATIO_FLOOR && producedSoFar > entry.compressedSize * this.limits.maxEntryRatio) {
      throw bomb('an entry is compressed far more than any real document');
    }
  }
}

function readDirectoryLocation(bytes: Uint8Array, view: DataView): { count: number; offset: number } {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= min; p--) {
    if (view.getUint32(p, true) !== EOCD) continue;
    let count = view.getUint16(p + 10, true);
    let offset = view.getUint32(p + 16, true);
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      p >= 20 &&
      view.getUint32(p - 20, true) === ZIP64_LOCATOR
    ) {
      const z = Number(view.getBigUint64(p - 12, true));
      if (z + 56 > bytes.length || view.getUint32(z, true) !== ZIP64_EOCD) throw corrupt();
      count = Number(view.getBigUint64(z + 32, true));
      offset = Number(view.getBigUint64(z + 48, true));
    }
    if (offset > bytes.length) throw corrupt();
    return { count, offset };
  }
  throw corrupt();
}

/** ZIP64 keeps the real values, in this order, only for the fields whose 32-bit slot is all ones. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + size) throw corrupt();
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

/** The names of the entries whose local headers appear in the first bytes (for sniffing a truncated zip). */
export function leadingZipNames(bytes: Uint8Array, maxEntries = 8): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  let p = 0;
  while (out.length < maxEntries && p + 30 <= bytes.length && view.getUint32(p, true) === LOCAL) {
    const flags = view.getUint16(p + 6, true);
    const size = view.getUint32(p + 18, true);
    const nameLen = view.getUint16(p + 26, true);
    const extraLen = view.getUint16(p + 28, true);
    out.push(new TextDecoder().decode(bytes.subarray(p + 30, Math.min(bytes.length, p + 30 + nameLen))));
    // With a data descriptor the size is only known after the data; stop rather than guess.
    if (flags & 8) break;
    p += 30 + nameLen + extraLen + size;
  }
  return out;
}
