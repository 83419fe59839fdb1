/**
 * Who holds the key-encryption keys (KEKs). The vault never sees a KEK: it asks the provider for a
 * fresh data key (plaintext + wrapped), to unwrap one, or to re-wrap one to the active KEK. The
 * local key ring (key-ring.ts) implements it from configuration. A cloud KMS fits the same shape
 * without changing callers:
 *
 *   generateDataKey  → AWS KMS GenerateDataKey (KeySpec AES_256, EncryptionContext {object: context})
 *   decryptDataKey   → Decrypt with the same EncryptionContext
 *   rewrapDataKey    → ReEncrypt to the active key (the plaintext data key never leaves KMS)
 *   deriveKey        → GenerateMac with an HMAC KMS key over the purpose (a stable 32-byte secret)
 */
export interface KeyProvider {
  /** The KEK that wraps new data keys. */
  activeKeyId(): string;
  /** Every KEK this provider can unwrap with. */
  keyIds(): string[];
  /** A random 256-bit data key and its wrapped form, bound to `context` (the object id). */
  generateDataKey(context: string): Promise<GeneratedDataKey>;
  /** Throws UnknownKeyError for a KEK it does not hold, DataKeyUnwrapError when the bytes do not authenticate. */
  decryptDataKey(wrapped: WrappedDataKey, context: string): Promise<Uint8Array<ArrayBuffer>>;
  /** The same data key wrapped by the active KEK (rotation). */
  rewrapDataKey(wrapped: WrappedDataKey, context: string): Promise<WrappedDataKey>;
  /**
   * A 32-byte secret for a named purpose (e.g. "audit-checkpoint"), derived from the active KEK or
   * from `keyId` to check something made before a rotation. Callers store `keyId` with what they
   * made, so the KEK it came from can be found again.
   */
  deriveKey(purpose: string, keyId?: string): Promise<DerivedKey>;
}

export interface WrappedDataKey {
  keyId: string;
  wrapped: Uint8Array;
}

export interface GeneratedDataKey extends WrappedDataKey {
  plaintext: Uint8Array<ArrayBuffer>;
}

export interface DerivedKey {
  keyId: string;
  key: Uint8Array<ArrayBuffer>;
}

/** A KEK id that the provider does not hold: configuration, not tampering. */
export class UnknownKeyError extends Error {
  readonly keyId: string;
  constructor(keyId: string) {
    super(`key-encryption key "${keyId}" is not in the key ring`);
    this.name = 'UnknownKeyError';
    this.keyId = keyId;
  }
}

/** A wrapped data key that does not authenticate under its KEK and context. */
export class DataKeyUnwrapError extends Error {
  constructor() {
    super('wrapped data key failed authentication');
    this.name = 'DataKeyUnwrapError';
  }
}

/** Purposes are code-chosen names, never user input; the grammar keeps them that way. */
export const purposePattern = /^[a-z0-9][a-z0-9.:-]{0,63}$/;
