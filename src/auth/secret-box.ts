import { decodeBase64, encodeBase64 } from '@oslojs/encoding';
import type { KeyProvider } from '../vault/key-provider.ts';

/**
 * Seals small secrets at rest (TOTP seeds) under a purpose key from the vault key ring. `context` is
 * bound as associated data — pass the owner's id — so a sealed value copied onto another row does
 * not open. The sealed form names the KEK the key came from, so values sealed before a rotation still
 * open, and `sealedKeyId` lets the key ring count what still depends on an old KEK.
 *
 * Sealed form: `v1.<KEK id>.<base64(12-byte IV ‖ AES-256-GCM ciphertext ‖ tag)>`. WebCrypto only.
 */
export interface SecretBox {
  seal(plaintext: Uint8Array, context: string): Promise<string>;
  open(sealed: string, context: string): Promise<Uint8Array>;
  /** Whether `sealed` was made under a KEK other than the active one (re-seal it when convenient). */
  isStale(sealed: string): boolean;
}

const FORMAT = 'v1';
const enc = (s: string) => new TextEncoder().encode(s);

/** The KEK id a sealed value names (undefined when malformed). */
export function sealedKeyId(sealed: string): string | undefined {
  const [format, keyId] = sealed.split('.');
  return format === FORMAT && keyId ? keyId : undefined;
}

export function createSecretBox(
  keys: Pick<KeyProvider, 'deriveKey' | 'activeKeyId'>,
  purpose: string,
): SecretBox {
  const aesKey = async (keyId?: string) => {
    const derived = await keys.deriveKey(purpose, keyId);
    return {
      keyId: derived.keyId,
      key: await crypto.subtle.importKey('raw', derived.key, 'AES-GCM', false, ['encrypt', 'decrypt']),
    };
  };
  const aad = (keyId: string, context: string) =>
    enc(`${FORMAT}\u0000${purpose}\u0000${keyId}\u0000${context}`);
  return {
    async seal(plaintext, context) {
      const { keyId, key } = await aesKey();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ct = new Uint8Array(
        await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: aad(keyId, context) },
          key,
          plaintext as BufferSource,
        ),
      );
      const out = new Uint8Array(iv.byteLength + ct.byteLength);
      out.set(iv);
      out.set(ct, iv.byteLength);
      return `${FORMAT}.${keyId}.${encodeBase64(out)}`;
    },
    async open(sealed, context) {
      const [format, keyId, body, extra] = sealed.split('.');
      if (format !== FORMAT || !keyId || !body || extra !== undefined) {
        throw new Error('unknown sealed secret format');
      }
      const { key } = await aesKey(keyId);
      const bytes = decodeBase64(body);
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.subarray(0, 12) as BufferSource, additionalData: aad(keyId, context) },
        key,
        bytes.subarray(12) as BufferSource,
      );
      return new Uint8Array(plain);
    },
    isStale: (sealed) => sealedKeyId(sealed) !== keys.activeKeyId(),
  };
}

/** The purpose name TOTP seeds are sealed under (see the vault's purpose grammar). */
export const TOTP_SEAL_PURPOSE = 'auth.totp-secret';

export const totpSecretBox = (keys: Pick<KeyProvider, 'deriveKey' | 'activeKeyId'>) =>
  createSecretBox(keys, TOTP_SEAL_PURPOSE);
