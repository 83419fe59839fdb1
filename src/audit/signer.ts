import type { KeyProvider } from '../vault/key-provider.ts';

/**
 * What checkpoints need from the vault key ring: a MAC under a key the database never sees, and a
 * way to check MACs made under older keys after a rotation.
 */
export interface AuditSigner {
  /** MAC of `data` under the active key, lowercase hex, and the id of that key (stored with it). */
  sign(data: Uint8Array): Promise<{ keyId: string; mac: string }>;
  /** Whether `mac` is the MAC of `data` under key `keyId`; false (not a throw) for an unknown key. */
  verify(keyId: string, data: Uint8Array, mac: string): Promise<boolean>;
}

/** The key-ring purpose checkpoint MAC keys are derived for; never reused for anything else. */
export const CHECKPOINT_KEY_PURPOSE = 'audit-checkpoint';

/** The signed bytes: seq as 8 bytes big-endian, then the 32 hash bytes. Fixed width, so unambiguous. */
export function checkpointMessage(seq: number, hash: string): Uint8Array<ArrayBuffer> {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('checkpoint hash must be 64 lowercase hex digits');
  const bytes = new Uint8Array(40);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(seq));
  bytes.set(fromHex(hash), 8);
  return bytes;
}

const toHex = (buf: ArrayBuffer) =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/**
 * HMAC-SHA-256 under the key the vault key ring derives for "audit-checkpoint" from its active KEK
 * (or, to verify, from the KEK a checkpoint names). WebCrypto only, so a Worker can verify too.
 */
export function keyRingAuditSigner(keys: Pick<KeyProvider, 'deriveKey'>): AuditSigner {
  const hmacKeys = new Map<string, Promise<CryptoKey>>();
  const hmacKey = (keyId: string, raw: Uint8Array<ArrayBuffer>) => {
    let key = hmacKeys.get(keyId);
    if (!key) {
      key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
      hmacKeys.set(keyId, key);
    }
    return key;
  };
  return {
    async sign(data) {
      const derived = await keys.deriveKey(CHECKPOINT_KEY_PURPOSE);
      const mac = await crypto.subtle.sign('HMAC', await hmacKey(derived.keyId, derived.key), toBuffer(data));
      return { keyId: derived.keyId, mac: toHex(mac) };
    },
    async verify(keyId, data, mac) {
      if (!/^[0-9a-f]{64}$/.test(mac)) return false;
      let key: CryptoKey;
      try {
        key = hmacKeys.has(keyId)
          ? await hmacKeys.get(keyId)!
          : await hmacKey(keyId, (await keys.deriveKey(CHECKPOINT_KEY_PURPOSE, keyId)).key);
      } catch {
        return false; // the key ring does not hold that KEK (any more)
      }
      // subtle.verify compares in constant time.
      return crypto.subtle.verify('HMAC', key, fromHex(mac), toBuffer(data));
    },
  };
}

const toBuffer = (data: Uint8Array) => new Uint8Array(data) as Uint8Array<ArrayBuffer>;
