import { describe, expect, it } from 'vitest';
import { sealedKeyId, totpSecretBox } from '../../src/auth/secret-box.ts';
import { generateKekEntry, KeyRing } from '../../src/vault/key-ring.ts';

const k1 = generateKekEntry('k1');
const k2 = generateKekEntry('k2');
const secret = new Uint8Array(20).fill(7);

describe('TOTP secret sealing', () => {
  it('round-trips under the active KEK and names it, without the plaintext in the sealed form', async () => {
    const box = totpSecretBox(await KeyRing.fromSpec({ active: 'k1', keys: [k1] }));
    const sealed = await box.seal(secret, 'user-1');
    expect(sealedKeyId(sealed)).toBe('k1');
    expect(sealed).not.toContain(Buffer.from(secret).toString('base64'));
    expect(await box.open(sealed, 'user-1')).toEqual(secret);
  });

  it('refuses to open a sealed value moved to another user', async () => {
    const box = totpSecretBox(await KeyRing.fromSpec({ active: 'k1', keys: [k1] }));
    const sealed = await box.seal(secret, 'user-1');
    await expect(box.open(sealed, 'user-2')).rejects.toThrow();
  });

  it('opens values sealed before a rotation and marks them for re-sealing', async () => {
    const before = await totpSecretBox(await KeyRing.fromSpec({ active: 'k1', keys: [k1] })).seal(
      secret,
      'u',
    );
    const after = totpSecretBox(await KeyRing.fromSpec({ active: 'k2', keys: [k1, k2] }));
    expect(await after.open(before, 'u')).toEqual(secret);
    expect(after.isStale(before)).toBe(true);
    expect(after.isStale(await after.seal(secret, 'u'))).toBe(false);
  });

  it('refuses a tampered or malformed sealed value', async () => {
    const box = totpSecretBox(await KeyRing.fromSpec({ active: 'k1', keys: [k1] }));
    const sealed = await box.seal(secret, 'u');
    const flipped = `${sealed.slice(0, -4)}${sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expect(box.open(flipped, 'u')).rejects.toThrow();
    await expect(box.open('v0.k1.abc', 'u')).rejects.toThrow(/format/);
  });
});
