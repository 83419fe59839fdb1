import { z } from 'zod';
import {
  DataKeyUnwrapError,
  type DerivedKey,
  type GeneratedDataKey,
  type KeyProvider,
  purposePattern,
  UnknownKeyError,
  type WrappedDataKey,
} from './key-provider.ts';

/** KEK ids appear in sealed strings ("v1.<id>.<…>") and the database, so they stay plain. */
export const keyIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function isKey32(text: string): boolean {
  try {
    return decodeBase64(text).length === 32;
  } catch {
    return false;
  }
}

/** `VAULT_KEYS` (inline or in a file): `{"active": "<id>", "keys": [{"id": "<id>", "key": "<base64 of 32 bytes>"}]}` */
export const keyRingSpecSchema = z
  .object({
    active: z.string().regex(keyIdPattern, 'must name one of the keys'),
    keys: z
      .array(
        z.object({
          id: z.string().regex(keyIdPattern, 'must be 1-64 letters, digits, "_" or "-"'),
          key: z.string().refine(isKey32, 'must be base64 of exactly 32 random bytes'),
        }),
      )
      .min(1, 'must list at least one key'),
  })
  .superRefine((spec, ctx) => {
    const ids = spec.keys.map((k) => k.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['keys'], message: 'duplicate key id' });
    if (!ids.includes(spec.active)) {
      ctx.addIssue({ code: 'custom', path: ['active'], message: 'must name one of the keys' });
    }
  });

export type KeyRingSpec = z.output<typeof keyRingSpecSchema>;

export function generateKekEntry(id: string): { id: string; key: string } {
  return { id, key: encodeBase64(crypto.getRandomValues(new Uint8Array(32))) };
}

const encoder = new TextEncoder();
const SALT = encoder.encode('qa-vault/v1');
const WRAP_VERSION = 1;
/** How often a ring that can refresh (a key file) looks for a newly active KEK before wrapping. */
const REFRESH_INTERVAL_MS = 30_000;

interface RingState {
  active: string;
  keks: Map<string, CryptoKey>;
  wrapKeys: Map<string, Promise<CryptoKey>>;
}

async function stateOf(spec: KeyRingSpec): Promise<RingState> {
  const keks = new Map<string, CryptoKey>();
  for (const k of spec.keys) {
    // A KEK is only ever HKDF input: wrapping keys and purpose keys are derived from it, never it itself.
    keks.set(k.id, await crypto.subtle.importKey('raw', decodeBase64(k.key), 'HKDF', false, ['deriveBits']));
  }
  return { active: spec.active, keks, wrapKeys: new Map() };
}

/**
 * The local KeyProvider: KEKs from VAULT_KEYS or the key file. Data keys are wrapped with AES-256-GCM
 * under a key derived from the KEK, with the KEK id and the object id as associated data, so a wrapped
 * key copied onto another object's record does not unwrap. Runs on WebCrypto (Node and Workers).
 */
export class KeyRing implements KeyProvider {
  private state: RingState;
  private readonly refresh: (() => Promise<KeyRingSpec | null>) | undefined;
  private lastRefresh = Date.now();

  private constructor(state: RingState, refresh?: () => Promise<KeyRingSpec | null>) {
    this.state = state;
    this.refresh = refresh;
  }

  /** `refresh` (for a key file) returns a changed spec or null; a rotation elsewhere is then picked up. */
  static async fromSpec(spec: KeyRingSpec, refresh?: () => Promise<KeyRingSpec | null>): Promise<KeyRing> {
    return new KeyRing(await stateOf(keyRingSpecSchema.parse(spec)), refresh);
  }

  activeKeyId(): string {
    return this.state.active;
  }

  keyIds(): string[] {
    return [...this.state.keks.keys()];
  }

  private async reload(): Promise<void> {
    if (!this.refresh) return;
    this.lastRefresh = Date.now();
    const spec = await this.refresh();
    if (spec) this.state = await stateOf(spec);
  }

  private async kek(keyId: string): Promise<CryptoKey> {
    if (!this.state.keks.has(keyId)) await this.reload();
    const kek = this.state.keks.get(keyId);
    if (!kek) throw new UnknownKeyError(keyId);
    return kek;
  }

  private async derive(keyId: string, info: string): Promise<Uint8Array<ArrayBuffer>> {
    const params = { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: encoder.encode(info) };
    return new Uint8Array(await crypto.subtle.deriveBits(params, await this.kek(keyId), 256));
  }

  private wrapKey(keyId: string): Promise<CryptoKey> {
    let key = this.state.wrapKeys.get(keyId);
    if (!key) {
      key = this.derive(keyId, 'data key wrapping').then((raw) =>
        crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']),
      );
      key.catch(() => this.state.wrapKeys.delete(keyId));
      this.state.wrapKeys.set(keyId, key);
    }
    return key;
  }

  private async wrap(
    keyId: string,
    plaintext: Uint8Array<ArrayBuffer>,
    context: string,
  ): Promise<Uint8Array> {
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const params = { name: 'AES-GCM', iv: nonce, additionalData: wrapAad(keyId, context) };
    const sealed = new Uint8Array(await crypto.subtle.encrypt(params, await this.wrapKey(keyId), plaintext));
    const out = new Uint8Array(1 + 12 + sealed.length);
    out[0] = WRAP_VERSION;
    out.set(nonce, 1);
    out.set(sealed, 13);
    return out;
  }

  async generateDataKey(context: string): Promise<GeneratedDataKey> {
    if (this.refresh && Date.now() - this.lastRefresh > REFRESH_INTERVAL_MS) await this.reload();
    const keyId = this.state.active;
    const plaintext = crypto.getRandomValues(new Uint8Array(32));
    return { keyId, plaintext, wrapped: await this.wrap(keyId, plaintext, context) };
  }

  async decryptDataKey(wrapped: WrappedDataKey, context: string): Promise<Uint8Array<ArrayBuffer>> {
    const key = await this.wrapKey(wrapped.keyId);
    const bytes = wrapped.wrapped;
    if (bytes.length !== 61 || bytes[0] !== WRAP_VERSION) throw new DataKeyUnwrapError();
    const params = {
      name: 'AES-GCM',
      iv: bytes.slice(1, 13),
      additionalData: wrapAad(wrapped.keyId, context),
    };
    try {
      return new Uint8Array(await crypto.subtle.decrypt(params, key, bytes.slice(13)));
    } catch {
      throw new DataKeyUnwrapError();
    }
  }

  async rewrapDataKey(wrapped: WrappedDataKey, context: string): Promise<WrappedDataKey> {
    const plaintext = await this.decryptDataKey(wrapped, context);
    const keyId = this.state.active;
    return { keyId, wrapped: await this.wrap(keyId, plaintext, context) };
  }

  async deriveKey(purpose: string, keyId = this.state.active): Promise<DerivedKey> {
    if (!purposePattern.test(purpose)) throw new TypeError('invalid key purpose');
    // "purpose " keeps these apart from the internal "data key wrapping" derivation.
    return { keyId, key: await this.derive(keyId, `purpose ${purpose}`) };
  }
}

function wrapAad(keyId: string, context: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`qa-vault/v1 data key\0${keyId}\0${context}`);
}

/**
 * The VAULT_KEYS setting as src/config.ts parses it: inline JSON (checked here, so a bad ring stops the
 * process at start with every problem named) or a path to a JSON file of the same shape (read by
 * src/vault/key-file.ts). Messages name the rule, never a value.
 */
export const vaultKeysSetting = z
  .preprocess((v) => (v === '' ? undefined : v), z.string().optional())
  .transform((value, ctx): VaultKeysSetting | undefined => {
    if (value === undefined) return undefined;
    if (!value.trim().startsWith('{')) return { kind: 'file', path: value };
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is neither a file path nor valid JSON' });
      return z.NEVER;
    }
    const parsed = keyRingSpecSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || '(ring)'}: ${issue.message}` });
      }
      return z.NEVER;
    }
    return { kind: 'inline', spec: parsed.data };
  });

export type VaultKeysSetting = { kind: 'inline'; spec: KeyRingSpec } | { kind: 'file'; path: string };
