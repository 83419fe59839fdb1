import type { BlobStore } from './blob-store.ts';

/** The name objects written before STORAGE_LOCATIONS existed (or without it) are stored under. */
export const DEFAULT_LOCATION = 'default';

/**
 * The blob stores of a deployment by name (data residency). A vault object records the name of the
 * store it was written to; every read, shred and sweep goes to that store, and a team's uploads are
 * written only to the team's location.
 */
export interface StorageLocations {
  readonly defaultName: string;
  readonly names: readonly string[];
  /** The store named, or the default one for null/undefined (rows written before locations existed). */
  store(name?: string | null): BlobStore;
  has(name: string): boolean;
}

export class UnknownLocationError extends Error {
  constructor(name: string) {
    super(`storage location "${name}" is not configured (STORAGE_LOCATIONS)`);
    this.name = 'UnknownLocationError';
  }
}

export function storageLocations(stores: Record<string, BlobStore>, defaultName: string): StorageLocations {
  if (!stores[defaultName]) throw new UnknownLocationError(defaultName);
  return {
    defaultName,
    names: Object.keys(stores).sort(),
    store(name) {
      const store = stores[name ?? defaultName];
      if (!store) throw new UnknownLocationError(name!);
      return store;
    },
    has: (name) => name in stores,
  };
}

/** One store as the only location (tests, tools, deployments without STORAGE_LOCATIONS). */
export const singleLocation = (store: BlobStore) =>
  storageLocations({ [DEFAULT_LOCATION]: store }, DEFAULT_LOCATION);
