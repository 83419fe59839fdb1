/**
 * Object keys are lowercase segments of [a-z0-9-] joined by "/". Nothing a user typed can become a
 * key, so a key cannot carry a file name, and "..", absolute paths or odd bytes cannot exist: the
 * local store's path safety follows from this grammar, not from sanitizing.
 */
const segment = '[a-z0-9][a-z0-9-]{0,127}';
const keyPattern = new RegExp(`^${segment}(/${segment}){0,7}$`);
const prefixPattern = new RegExp(`^(${segment}/){0,7}$`);

export function isValidBlobKey(key: string): boolean {
  return keyPattern.test(key);
}

export function assertBlobKey(key: string): void {
  if (!isValidBlobKey(key)) throw new TypeError('invalid blob key');
}

/** A prefix is "" or whole segments ending in "/". */
export function assertBlobPrefix(prefix: string): void {
  if (!prefixPattern.test(prefix)) throw new TypeError('invalid blob key prefix');
}

/** A fresh, unguessable key under `prefix` (e.g. "quarantine/", "objects/"). */
export function newBlobKey(prefix: string): string {
  assertBlobPrefix(prefix);
  return `${prefix}${crypto.randomUUID()}`;
}
