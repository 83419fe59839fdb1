import { hash, parseOptions, verify } from '@node-rs/argon2';
import type { PasswordHasher } from './password-hasher.ts';

export interface Argon2Params {
  /** KiB of memory per hash. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 passes, 1 lane. */
export const OWASP_ARGON2: Argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Node-only (native binding). argon2id is the binding's default algorithm. Tests pass cheaper
 * parameters so the suite stays fast; stored hashes carry their parameters, so any hasher verifies any
 * hash, and `needsRehash` upgrades weaker ones at the next successful sign-in.
 */
export function createArgon2Hasher(params: Argon2Params = OWASP_ARGON2): PasswordHasher {
  return {
    hash: (password) => hash(password, params),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        // A malformed stored hash is a failed verification, not a 500 that tells the caller something.
        return false;
      }
    },
    needsRehash(stored) {
      try {
        const o = parseOptions(stored);
        return (
          o.memoryCost < params.memoryCost ||
          o.timeCost < params.timeCost ||
          o.parallelism < params.parallelism
        );
      } catch {
        return true;
      }
    },
  };
}
