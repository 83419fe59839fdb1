import { createCipheriv, createDecipheriv, createHash, createSecretKey } from 'node:crypto';
import type { SegmentCipher } from './segment-cipher.ts';

/**
 * Node-only twin of webCryptoCipher (the Worker entry never imports this file). Chosen in Node
 * because, measured on the 2-core CI machine (scripts/bench/vault.ts), node:crypto's AES-GCM is
 * about 1.6× WebCrypto's per segment and its SHA-256 about 8× the pure-JS one WebCrypto forces
 * on us; end to end that is the difference between keeping up with the local disk or not.
 * The bytes it produces are identical: the format does not depend on the implementation.
 */
export const nodeCipher: SegmentCipher = {
  name: 'node',
  importKey: async (raw) => createSecretKey(raw),
  async seal(key, nonce, aad, plaintext) {
    const cipher = createCipheriv('aes-256-gcm', key as ReturnType<typeof createSecretKey>, nonce);
    cipher.setAAD(aad);
    const body = cipher.update(plaintext);
    cipher.final();
    const out = new Uint8Array(body.length + 16);
    out.set(body, 0);
    out.set(cipher.getAuthTag(), body.length);
    return out;
  },
  async open(key, nonce, aad, sealed) {
    if (sealed.length < 16) throw new Error('segment shorter than its tag');
    const decipher = createDecipheriv('aes-256-gcm', key as ReturnType<typeof createSecretKey>, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const body = decipher.update(sealed.subarray(0, sealed.length - 16));
    // final() is what checks the tag; `body` must not escape before it returns.
    decipher.final();
    return body;
  },
  createSha256: () => createHash('sha256'),
};
