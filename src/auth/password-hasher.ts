/**
 * Password hashing behind an interface: the argon2 binding is native and Node-only, so the Worker
 * entry supplies its own implementation (or none) while the services stay runtime-neutral.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Whether `hash` was made with weaker parameters than the current ones (re-hash at next sign-in). */
  needsRehash(hash: string): boolean;
}

/**
 * A hash of a password nobody knows, verified when the email is unknown or has no password so that
 * the answer takes as long as for a real account (no user enumeration through timing). Made once per
 * hasher, with its current parameters.
 */
const dummies = new WeakMap<PasswordHasher, Promise<string>>();
export function dummyHash(hasher: PasswordHasher): Promise<string> {
  let dummy = dummies.get(hasher);
  if (!dummy) {
    dummy = hasher.hash(crypto.randomUUID());
    dummies.set(hasher, dummy);
  }
  return dummy;
}
