import { hash, parseOptions, verify } from '@node-rs/argon2';
import { type Argon2Params, OWASP_ARGON2 } from './argon2-params.ts';
import type { PasswordHasher } from './password-hasher.ts';

export { type Argon2Params, OWASP_ARGON2 };

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
