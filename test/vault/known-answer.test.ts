import { createDecipheriv, createHash, hkdfSync } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../src/logger.ts';
import { LocalBlobStore } from '../../src/storage/local-store.ts';
import { KeyRing } from '../../src/vault/key-ring.ts';
import { openObject } from '../../src/vault/objects.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { createVault } from '../../src/vault/vault.ts';
import { OffsetClock, readAll, useTestDatabase } from './helpers.ts';

/**
 * A vault object written once by format version 1 and committed (test/fixtures/vault/): its blob, its
 * record and the key-encryption key. Today's code must read it byte for byte, and so must a decryption
 * written from docs/vault-format.md alone — a change to the format, or to the document, fails here
 * instead of leaving every stored object unreadable. Never regenerate the fixture to make this pass.
 */

interface Fixture {
  keyRing: { active: string; keys: { id: string; key: string }[] };
  object: {
    id: string;
    blobKey: string;
    formatVersion: number;
    segmentSize: number;
    noncePrefix: string;
    kekId: string;
    wrappedKey: string;
    plaintextSize: number;
    plaintextSha256: string;
  };
  blob: string;
  plaintext: string;
}

const fixture: Fixture = JSON.parse(
  await readFile(join(import.meta.dirname, '../fixtures/vault/known-answer.json'), 'utf8'),
);
const b64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const plaintext = new TextEncoder().encode(fixture.plaintext);
const blob = b64(fixture.blob);

const database = useTestDatabase();

describe('vault format version 1, known answer', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-kat-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('reads the committed object back byte for byte through the vault', async () => {
    const blobs = new LocalBlobStore(join(dataDir, 'blobs'));
    const o = fixture.object;
    await blobs.put(o.blobKey, new Response(blob).body!);
    await database()
      .db.insert(vaultObjects)
      .values({
        id: o.id,
        blobKey: o.blobKey,
        status: 'stored',
        formatVersion: o.formatVersion,
        segmentSize: o.segmentSize,
        noncePrefix: b64(o.noncePrefix),
        kekId: o.kekId,
        wrappedKey: b64(o.wrappedKey),
        plaintextSize: o.plaintextSize,
        plaintextSha256: new Uint8Array(Buffer.from(o.plaintextSha256, 'hex')),
      });
    const vault = createVault({
      blobs,
      keys: await KeyRing.fromSpec(fixture.keyRing),
      logger: createJsonLogger('error', () => {}),
      clock: new OffsetClock(),
    });
    const opened = await openObject(vault, database().db, o.id);
    expect(opened).toMatchObject({ size: plaintext.length, sha256: o.plaintextSha256 });
    expect(Buffer.from(await readAll(opened.stream)).equals(Buffer.from(plaintext))).toBe(true);
  });

  it('decrypts with nothing but docs/vault-format.md and node:crypto', () => {
    const o = fixture.object;
    const kek = b64(fixture.keyRing.keys.find((k) => k.id === o.kekId)!.key);
    const hkdf = (ikm: Uint8Array, salt: string, info: string, bytes: number) =>
      new Uint8Array(hkdfSync('sha256', ikm, salt, info, bytes));
    const open = (key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array) => {
      const d = createDecipheriv('aes-256-gcm', key, nonce);
      d.setAAD(aad);
      d.setAuthTag(sealed.subarray(sealed.length - 16));
      return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]);
    };

    // Wrapped data key: 0x01 ‖ nonce (12) ‖ ciphertext ‖ tag, aad naming the KEK id and the object id.
    const wrapped = b64(o.wrappedKey);
    expect(wrapped).toHaveLength(61);
    expect(wrapped[0]).toBe(0x01);
    const wrappingKey = hkdf(kek, 'qa-vault/v1', 'data key wrapping', 32);
    const wrapAad = Buffer.from(`qa-vault/v1 data key\0${o.kekId}\0${o.id}`);
    const dataKey = open(wrappingKey, wrapped.subarray(1, 13), wrapAad, wrapped.subarray(13));
    const segmentKey = hkdf(dataKey, '', 'qa-vault/v1 segment key', 32);
    const dataKeyId = hkdf(dataKey, '', 'qa-vault/v1 data key id', 16);

    // Header: "QAVS" ‖ 0x01 ‖ segment size (u32 BE) ‖ nonce prefix (8) ‖ data key id (16).
    const header = blob.subarray(0, 33);
    const view = new DataView(header.buffer, header.byteOffset);
    expect(Buffer.from(header.subarray(0, 4)).toString('latin1')).toBe('QAVS');
    expect(header[4]).toBe(1);
    const S = view.getUint32(5);
    expect(S).toBe(o.segmentSize);
    expect(Buffer.from(header.subarray(9, 17)).toString('base64')).toBe(o.noncePrefix);
    expect(Buffer.from(header.subarray(17, 33)).equals(Buffer.from(dataKeyId))).toBe(true);

    // Segments: nonce = prefix ‖ i, aad = header ‖ object id bytes ‖ i ‖ final flag.
    const n = Math.max(1, Math.ceil(o.plaintextSize / S));
    expect(blob.length).toBe(33 + 16 * n + o.plaintextSize);
    const objectId = Buffer.from(o.id.replaceAll('-', ''), 'hex');
    const pieces: Buffer[] = [];
    for (let i = 0; i < n; i++) {
      const start = 33 + i * (S + 16);
      const end = i === n - 1 ? blob.length : start + S + 16;
      const index = Buffer.alloc(4);
      index.writeUInt32BE(i);
      const nonce = Buffer.concat([header.subarray(9, 17), index]);
      const aad = Buffer.concat([header, objectId, index, Buffer.from([i === n - 1 ? 1 : 0])]);
      pieces.push(open(segmentKey, nonce, aad, blob.subarray(start, end)));
    }
    const out = Buffer.concat(pieces);
    expect(out.equals(Buffer.from(plaintext))).toBe(true);
    expect(createHash('sha256').update(out).digest('hex')).toBe(o.plaintextSha256);
  });
});
