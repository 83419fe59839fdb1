import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { type StorageLocations, singleLocation } from '../storage/locations.ts';
import { assertSegmentSize, DEFAULT_SEGMENT_SIZE } from './format.ts';
import type { KeyProvider } from './key-provider.ts';
import { type SegmentCipher, webCryptoCipher } from './segment-cipher.ts';

/**
 * What the vault's services need: where ciphertext goes, who holds the KEKs, which AES-GCM/SHA-256
 * implementation to use. Built by the entrypoints (src/node.ts, the tests, the CLI) and carried in
 * AppDeps as `vault`; the services (objects.ts, maintenance.ts, secrets.ts) take it as first argument.
 */
export interface Vault {
  /** The default location's store: where objects go unless a location is named. */
  readonly blobs: BlobStore;
  /** Every configured store by name; an object is read, shredded and swept where it was written. */
  readonly locations: StorageLocations;
  readonly keys: KeyProvider;
  readonly cipher: SegmentCipher;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Plaintext bytes per segment for new objects; existing objects keep the size they were written with. */
  readonly segmentSize: number;
}

export interface VaultParts {
  blobs: BlobStore;
  /** Named stores (data residency); absent → `blobs` is the only location. `blobs` must be its default. */
  locations?: StorageLocations;
  keys: KeyProvider;
  logger: Logger;
  clock: Clock;
  /** Defaults to WebCrypto, which runs everywhere; Node passes nodeCipher (see node-segment-cipher.ts). */
  cipher?: SegmentCipher;
  segmentSize?: number;
}

export function createVault(parts: VaultParts): Vault {
  const segmentSize = parts.segmentSize ?? DEFAULT_SEGMENT_SIZE;
  assertSegmentSize(segmentSize);
  // A copy of a vault with other `blobs` (a test's spy store) keeps only those: the spread locations
  // would otherwise still route every object to the original stores.
  const locations =
    parts.locations && parts.locations.store() === parts.blobs
      ? parts.locations
      : singleLocation(parts.blobs);
  return {
    blobs: locations.store(),
    locations,
    keys: parts.keys,
    cipher: parts.cipher ?? webCryptoCipher,
    logger: parts.logger,
    clock: parts.clock,
    segmentSize,
  };
}

/**
 * A stored object failed authentication (tampered, truncated, swapped, wrong key) or is missing.
 * Reads abort with it instead of returning bytes. `reason` names the check, never any content.
 */
export class VaultIntegrityError extends Error {
  readonly objectId: string;
  readonly reason: string;
  readonly segment: number | undefined;

  constructor(objectId: string, reason: string, segment?: number) {
    super(`vault object failed integrity check: ${reason}`);
    this.name = 'VaultIntegrityError';
    this.objectId = objectId;
    this.reason = reason;
    this.segment = segment;
  }
}

/** Builds the error and reports it: an integrity failure is a security event, not a client mistake. */
export function integrityFailure(vault: Vault, objectId: string, reason: string, segment?: number) {
  vault.logger.error('vault integrity failure', { objectId, reason, segment });
  return new VaultIntegrityError(objectId, reason, segment);
}
