import { describe, expect, it } from 'vitest';
import { createArgon2Hasher } from '../../src/auth/argon2-hasher.ts';
import { createJsArgon2Hasher } from '../../src/auth/js-argon2-hasher.ts';

const cheap = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
const native = createArgon2Hasher(cheap);
const js = createJsArgon2Hasher(cheap);

describe('the JavaScript argon2id hasher (Workers)', () => {
  it('verifies hashes made by the native binding and the other way round', async () => {
    const fromNative = await native.hash('correct horse battery');
    const fromJs = await js.hash('correct horse battery');
    expect(fromJs).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await js.verify(fromNative, 'correct horse battery')).toBe(true);
    expect(await native.verify(fromJs, 'correct horse battery')).toBe(true);
    expect(await js.verify(fromNative, 'wrong')).toBe(false);
    expect(await native.verify(fromJs, 'wrong')).toBe(false);
  });

  it('treats a malformed stored hash as a failed sign-in and asks to re-hash weaker ones', async () => {
    expect(await js.verify('not-a-hash', 'x')).toBe(false);
    expect(await js.verify('$argon2id$v=19$m=1024,t=1,p=1$AAAA$BBBB', 'x')).toBe(false);
    const weak = await js.hash('pw');
    expect(createJsArgon2Hasher().needsRehash(weak)).toBe(true);
    expect(js.needsRehash(weak)).toBe(false);
    expect(js.needsRehash('garbage')).toBe(true);
  });
});
