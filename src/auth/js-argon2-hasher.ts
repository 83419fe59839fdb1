import { argon2idAsync } from '@noble/hashes/argon2.js';
import { type Argon2Params, OWASP_ARGON2 } from './argon2-params.ts';
import type { PasswordHasher } from './password-hasher.ts';

/**
 * argon2id in plain JavaScript (@noble/hashes), for the Worker: it has no native binding, and
 * Workers refuse to compile WebAssembly at run time, which rules out the WASM builds. It writes and
 * reads the same PHC strings as @node-rs/argon2 (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`, 16-byte salt,
 * 32-byte hash, unpadded base64), so accounts created on either runtime sign in on the other.
 * Slower than native (≈ 1.5 s of CPU at the OWASP parameters): the Worker needs the paid plan's CPU limit.
 */
export function createJsArgon2Hasher(params: Argon2Params = OWASP_ARGON2): PasswordHasher {
  const derive = (password: string, salt: Uint8Array, p: Argon2Params, dkLen: number) =>
    argon2idAsync(password, salt, { m: p.memoryCost, t: p.timeCost, p: p.parallelism, dkLen, version: 0x13 });
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const hash = await derive(password, salt, params, 32);
      return `$argon2id$v=19$m=${params.memoryCost},t=${params.timeCost},p=${params.parallelism}$${b64(salt)}$${b64(hash)}`;
    },
    async verify(stored, password) {
      const parsed = parsePhc(stored);
      // A malformed stored hash is a failed verification, not a 500 that tells the caller something.
      if (!parsed) return false;
      try {
        const hash = await derive(password, parsed.salt, parsed.params, parsed.hash.length);
        return equal(hash, parsed.hash);
      } catch {
        return false;
      }
    },
    needsRehash(stored) {
      const o = parsePhc(stored)?.params;
      if (!o) return true;
      return (
        o.memoryCost < params.memoryCost || o.timeCost < params.timeCost || o.parallelism < params.parallelism
      );
    },
  };
}

/** An argon2id v19 PHC string's parameters, salt and hash, or null when it is not one. */
function parsePhc(stored: string): { params: Argon2Params; salt: Uint8Array; hash: Uint8Array } | null {
  const m =
    /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,3}),p=(\d{1,2})\$([A-Za-z0-9+/]{11,64})\$([A-Za-z0-9+/]{16,128})$/.exec(
      stored,
    );
  if (!m) return null;
  const params = { memoryCost: Number(m[1]), timeCost: Number(m[2]), parallelism: Number(m[3]) };
  if (params.timeCost < 1 || params.parallelism < 1 || params.memoryCost < 8 * params.parallelism)
    return null;
  try {
    return { params, salt: unb64(m[4]!), hash: unb64(m[5]!) };
  } catch {
    return null;
  }
}

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/=+$/, '');
const unb64 = (text: string) =>
  Uint8Array.from(atob(text + '='.repeat((4 - (text.length % 4)) % 4)), (c) => c.charCodeAt(0));

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
