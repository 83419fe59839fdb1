/**
 * The vault's ciphertext format, version 1 (docs/vault-format.md is the prose version).
 *
 *   header (33 bytes) ‖ segment 0 ‖ segment 1 ‖ … ‖ segment n-1
 *
 *   header  = magic "QAVS" ‖ version 0x01 ‖ segment size (u32 BE) ‖ nonce prefix (8) ‖ data key id (16)
 *   segment = AES-256-GCM(segment key, nonce, plaintext, aad) = ciphertext ‖ tag (16)
 *   nonce   = nonce prefix (8) ‖ segment index (u32 BE)
 *   aad     = header ‖ object id (16) ‖ segment index (u32 BE) ‖ final flag (0x00 / 0x01)
 *
 * Every segment but the last holds exactly `segmentSize` plaintext bytes; the last holds 1..segmentSize
 * (0 only when the whole object is empty, which is one empty final segment). Pure functions only: no I/O,
 * nothing Node-specific, so the Worker can use it.
 */

export const FORMAT_VERSION = 1;
export const MAGIC = new Uint8Array([0x51, 0x41, 0x56, 0x53]); // "QAVS": QA Vault Stream
export const HEADER_SIZE = 33;
export const TAG_SIZE = 16;
export const NONCE_PREFIX_SIZE = 8;
export const KEY_ID_SIZE = 16;
export const DEFAULT_SEGMENT_SIZE = 64 * 1024;
/** Small segments exist for tests; large ones would make a ranged read decrypt too much for one byte. */
export const MIN_SEGMENT_SIZE = 64;
export const MAX_SEGMENT_SIZE = 16 * 1024 * 1024;
/** The index is a u32 in the nonce; one more segment would reuse a nonce. */
export const MAX_SEGMENTS = 2 ** 32;

export interface HeaderFields {
  segmentSize: number;
  noncePrefix: Uint8Array;
  keyId: Uint8Array;
}

export function assertSegmentSize(size: number): void {
  if (!Number.isInteger(size) || size < MIN_SEGMENT_SIZE || size > MAX_SEGMENT_SIZE) {
    throw new RangeError(`segment size must be an integer in [${MIN_SEGMENT_SIZE}, ${MAX_SEGMENT_SIZE}]`);
  }
}

export function encodeHeader(h: HeaderFields): Uint8Array<ArrayBuffer> {
  if (h.noncePrefix.length !== NONCE_PREFIX_SIZE || h.keyId.length !== KEY_ID_SIZE) {
    throw new RangeError('bad header field length');
  }
  const out = new Uint8Array(HEADER_SIZE);
  out.set(MAGIC, 0);
  out[4] = FORMAT_VERSION;
  new DataView(out.buffer).setUint32(5, h.segmentSize);
  out.set(h.noncePrefix, 9);
  out.set(h.keyId, 17);
  return out;
}

/** Why a stored header is not the one the record describes; null when it is. */
export function headerMismatch(actual: Uint8Array, expected: Uint8Array): string | null {
  if (actual.length !== HEADER_SIZE) return 'truncated header';
  if (!equalBytes(actual.subarray(0, 4), MAGIC)) return 'not a vault object';
  if (actual[4] !== FORMAT_VERSION) return 'unsupported format version';
  if (!equalBytes(actual.subarray(17), expected.subarray(17))) return 'wrong data key id';
  if (!equalBytes(actual, expected)) return 'header does not match the record';
  return null;
}

export function segmentCount(plaintextSize: number, segmentSize: number): number {
  return plaintextSize === 0 ? 1 : Math.ceil(plaintextSize / segmentSize);
}

export function ciphertextSize(plaintextSize: number, segmentSize: number): number {
  return HEADER_SIZE + segmentCount(plaintextSize, segmentSize) * TAG_SIZE + plaintextSize;
}

/** Plaintext bytes in segment `index` of an object of `plaintextSize` bytes. */
export function segmentPlainLength(index: number, plaintextSize: number, segmentSize: number): number {
  const last = segmentCount(plaintextSize, segmentSize) - 1;
  return index < last ? segmentSize : plaintextSize - last * segmentSize;
}

/** Where segment `index` starts in the blob. */
export function segmentOffset(index: number, segmentSize: number): number {
  return HEADER_SIZE + index * (segmentSize + TAG_SIZE);
}

/** The segments and blob bytes a plaintext range `[start, end]` (inclusive) needs. */
export function planRange(start: number, end: number, plaintextSize: number, segmentSize: number) {
  const first = Math.floor(start / segmentSize);
  const last = Math.floor(end / segmentSize);
  return {
    first,
    last,
    /** Bytes to drop from the front of the first decrypted segment. */
    skip: start - first * segmentSize,
    blobStart: segmentOffset(first, segmentSize),
    blobEnd:
      segmentOffset(last, segmentSize) + segmentPlainLength(last, plaintextSize, segmentSize) + TAG_SIZE - 1,
  };
}

export function segmentNonce(noncePrefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12);
  nonce.set(noncePrefix, 0);
  new DataView(nonce.buffer).setUint32(8, index);
  return nonce;
}

/** Associated data of one segment: binds it to its header, its object, its position and finality. */
export function segmentAad(
  header: Uint8Array,
  objectId: Uint8Array,
  index: number,
  final: boolean,
): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(HEADER_SIZE + 16 + 5);
  aad.set(header, 0);
  aad.set(objectId, HEADER_SIZE);
  const view = new DataView(aad.buffer);
  view.setUint32(HEADER_SIZE + 16, index);
  aad[HEADER_SIZE + 20] = final ? 1 : 0;
  return aad;
}

/**
 * Nonce and associated data for one stream, rewritten in place per segment: allocating two small
 * ArrayBuffers per 64 KiB segment showed up in profiles. The views are only valid until the next
 * `at` call, which is enough because ciphers copy nonce and AAD when called (segment-cipher.ts).
 */
export function segmentParamsWriter(header: Uint8Array, objectId: Uint8Array, noncePrefix: Uint8Array) {
  const nonce = segmentNonce(noncePrefix, 0);
  const aad = segmentAad(header, objectId, 0, false);
  const nonceView = new DataView(nonce.buffer);
  const aadView = new DataView(aad.buffer);
  return {
    at(index: number, final: boolean) {
      nonceView.setUint32(8, index);
      aadView.setUint32(HEADER_SIZE + 16, index);
      aad[HEADER_SIZE + 20] = final ? 1 : 0;
      return { nonce, aad };
    },
  };
}

export function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError('invalid object id');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

const encoder = new TextEncoder();
const SEGMENT_KEY_INFO = encoder.encode('qa-vault/v1 segment key');
const KEY_ID_INFO = encoder.encode('qa-vault/v1 data key id');

/**
 * The per-object data key is only HKDF input: the AES key for segments and the header's key id are
 * derived from it, so the same bytes never serve two algorithms, and the key id commits the header to
 * the key (AES-GCM alone would not notice a different key that happens to authenticate).
 */
export async function deriveObjectKeys(dataKey: Uint8Array<ArrayBuffer>) {
  const ikm = await crypto.subtle.importKey('raw', dataKey, 'HKDF', false, ['deriveBits']);
  const derive = async (info: Uint8Array<ArrayBuffer>, bits: number) =>
    new Uint8Array(
      await crypto.subtle.deriveBits(
        { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info },
        ikm,
        bits,
      ),
    );
  return {
    segmentKey: await derive(SEGMENT_KEY_INFO, 256),
    keyId: await derive(KEY_ID_INFO, KEY_ID_SIZE * 8),
  };
}
