import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A random string with `bytes * 8` bits of entropy, safe in cookies and URLs. */
export function randomToken(bytes = 20): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * SHA-256 as lowercase hex, in plain JS so the Worker runtime runs it too. Every request hashes its
 * session secret: WebCrypto's digest is a thread-pool hop (~20 µs here), this is ~4 µs.
 */
export async function sha256Hex(value: string): Promise<string> {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(value)));
}

/** Compares two strings in time that depends only on their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
