import { sha256 } from '@noble/hashes/sha2.js';

/** An opaque per-object AES-256-GCM key, as the cipher implementation wants to hold it. */
export type SegmentKey = unknown;

/** SHA-256 fed piece by piece: the object's plaintext hash is computed while it streams. */
export interface IncrementalSha256 {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}

/**
 * The primitives the stream format needs. Two implementations exist because they differ in where
 * they can run and how fast they are (scripts/bench/vault.ts prints both):
 *
 * - `webCryptoCipher` (this file): `crypto.subtle` AES-GCM plus a pure-JS SHA-256, so it runs in the
 *   Worker. WebCrypto has no incremental digest, hence @noble/hashes for the plaintext hash.
 * - `nodeCipher` (node-segment-cipher.ts, Node only): node:crypto for both. Its SHA-256 is several
 *   times faster than the pure-JS one, which is what makes the vault keep up with the disk.
 *
 * Implementations must throw from `open` on any authentication failure and never return bytes then,
 * and must be done with `plaintext` / `sealed`, `nonce` and `aad` when the call returns (the caller
 * reuses those buffers for the next segment).
 */
export interface SegmentCipher {
  readonly name: string;
  importKey(raw: Uint8Array<ArrayBuffer>): Promise<SegmentKey>;
  /** Returns ciphertext ‖ 16-byte tag, possibly in parts (node:crypto hands them out separately). */
  seal(
    key: SegmentKey,
    nonce: Uint8Array<ArrayBuffer>,
    aad: Uint8Array<ArrayBuffer>,
    plaintext: Uint8Array,
  ): Promise<Uint8Array[]>;
  /** `sealed` is ciphertext ‖ tag; throws when it does not authenticate. */
  open(
    key: SegmentKey,
    nonce: Uint8Array<ArrayBuffer>,
    aad: Uint8Array<ArrayBuffer>,
    sealed: Uint8Array,
  ): Promise<Uint8Array>;
  createSha256(): IncrementalSha256;
}

/** WebCrypto copies its input, but only accepts ArrayBuffer-backed views; a SharedArrayBuffer one is copied. */
function plainView(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
}

export const webCryptoCipher: SegmentCipher = {
  name: 'webcrypto',
  importKey: (raw) => crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']),
  async seal(key, nonce, aad, plaintext) {
    const params = { name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: 128 };
    return [new Uint8Array(await crypto.subtle.encrypt(params, key as CryptoKey, plainView(plaintext)))];
  },
  async open(key, nonce, aad, sealed) {
    const params = { name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: 128 };
    return new Uint8Array(await crypto.subtle.decrypt(params, key as CryptoKey, plainView(sealed)));
  },
  createSha256: () => sha256.create(),
};

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
