import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { and, eq, like, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { S3BlobStore } from '../../src/storage/s3-store.ts';
import '../support/s3.ts';
import { auditLog } from '../../src/audit/tables.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { registerResidencyJobs } from '../../src/residency/jobs.ts';
import { acceptedPrefix, quarantinePrefix } from '../../src/uploads/vault-files.ts';
import { vaultObjects } from '../../src/vault/tables.ts';
import { call, signedInUser } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createTeam } from '../support/factories.ts';
import {
  decryptObject,
  insertAcceptedUpload,
  json,
  postUpload,
  uploadForm,
  uploadRow,
  uploadsOf,
} from '../support/uploads.ts';

const CLEAN = 'The session reviewed the weekly routine and the homework plan.\n';

/** Every object record of an upload (shredded ones too), with where it lives. */
function objectsOf(ctx: TestContext, uploadId: string) {
  return ctx.deps.db
    .select()
    .from(vaultObjects)
    .where(
      or(
        like(vaultObjects.blobKey, `${quarantinePrefix(uploadId)}%`),
        like(vaultObjects.blobKey, `${acceptedPrefix(uploadId)}%`),
      ),
    );
}

async function blobsIn(ctx: TestContext, location: string, uploadId: string) {
  const store = ctx.deps.vault.locations.store(location);
  const keys: string[] = [];
  for (const prefix of [quarantinePrefix(uploadId), acceptedPrefix(uploadId)]) {
    keys.push(...(await store.list(prefix)).items.map((i) => i.key));
  }
  return keys;
}

async function runMoves(ctx: TestContext) {
  const runner = new JobRunner({ db: ctx.deps.db, logger: createJsonLogger('error', () => {}) });
  registerResidencyJobs(runner, ctx.deps);
  return runner.runUntilIdle();
}

/** The same behaviour, whatever the two locations are made of. */
function residencyScenarios(label: string, open: () => Promise<TestContext>) {
  describe(`data residency with ${label}`, () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await open();
    });
    afterAll(() => ctx?.close());

    async function world() {
      const admin = await signedInUser(ctx, { role: 'admin' });
      const org = { id: admin.user.organizationId };
      const team = await createTeam(ctx.deps.db, org.id);
      const therapist = await signedInUser(ctx, {
        role: 'therapist',
        organizationId: org.id,
        teamIds: [team.id],
      });
      return { admin, org, team, therapist };
    }

    it('writes a pinned team’s new uploads only to its location and shows the location', async () => {
      const { admin, team, therapist } = await world();
      const pin = await call(ctx, 'PATCH', `/api/teams/${team.id}`, { storageLocation: 'eu' }, admin.cookie);
      expect(pin.status).toBe(200);
      const shown = await json(await call(ctx, 'GET', `/api/teams/${team.id}`, undefined, admin.cookie));
      expect(shown).toMatchObject({ storageLocation: 'eu', pinned: true, objectsToMove: 0 });

      const res = await postUpload(
        ctx,
        therapist.cookie,
        uploadForm({ kind: 'paperwork', team: team.id, file: { bytes: CLEAN } }),
      );
      expect(res.status).toBe(201);
      const upload = await json(res);
      const objects = await objectsOf(ctx, upload.id);
      expect(objects.length).toBeGreaterThan(0);
      expect(objects.every((o) => o.location === 'eu')).toBe(true);
      expect(await blobsIn(ctx, 'us', upload.id)).toEqual([]);
      expect(await blobsIn(ctx, 'eu', upload.id)).not.toEqual([]);
    });

    it('moves a team’s existing objects: copied, verified, and the old copies shredded', async () => {
      const { admin, org, team, therapist } = await world();
      const row = await insertAcceptedUpload(ctx, {
        organizationId: org.id,
        teamId: team.id,
        ownerId: therapist.user.id,
      });
      const before = await decryptObject(ctx, row.contentObjectId!);
      expect((await objectsOf(ctx, row.id)).every((o) => o.location === 'us')).toBe(true);

      expect(
        (await call(ctx, 'PATCH', `/api/teams/${team.id}`, { storageLocation: 'eu' }, admin.cookie)).status,
      ).toBe(200);
      const pending = await json(await call(ctx, 'GET', `/api/teams/${team.id}`, undefined, admin.cookie));
      expect(pending.objectsToMove).toBe(3);
      await runMoves(ctx);

      const after = await uploadRow(ctx, row.id);
      expect(after.contentObjectId).not.toBe(row.contentObjectId);
      expect(Buffer.from(await decryptObject(ctx, after.contentObjectId!))).toEqual(Buffer.from(before));
      const objects = await objectsOf(ctx, row.id);
      for (const o of objects) expect(o.status === 'shredded' || o.location === 'eu').toBe(true);
      expect(
        objects
          .filter((o) => o.status === 'shredded')
          .map((o) => o.id)
          .sort(),
      ).toEqual([row.contentObjectId, row.transcriptObjectId, row.peaksObjectId].sort());
      expect(await blobsIn(ctx, 'us', row.id)).toEqual([]);
      expect(await blobsIn(ctx, 'eu', row.id)).toHaveLength(3);
      const done = await json(await call(ctx, 'GET', `/api/teams/${team.id}`, undefined, admin.cookie));
      expect(done.objectsToMove).toBe(0);
      const [entry] = await ctx.deps.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetId, team.id), eq(auditLog.actorRole, 'system')));
      expect(entry?.detail).toMatchObject({
        storageMove: 'completed',
        storageLocation: 'eu',
        objectsMoved: 3,
      });
      // Running the move again finds nothing left to do.
      await runMoves(ctx);
      expect((await uploadRow(ctx, row.id)).contentObjectId).toBe(after.contentObjectId);
    });

    it('refuses an unknown location and leaves the team where it was', async () => {
      const { admin, team } = await world();
      const res = await call(
        ctx,
        'PATCH',
        `/api/teams/${team.id}`,
        { storageLocation: 'mars' },
        admin.cookie,
      );
      expect(res.status).toBe(400);
      const shown = await json(await call(ctx, 'GET', `/api/teams/${team.id}`, undefined, admin.cookie));
      expect(shown).toMatchObject({ storageLocation: 'us', pinned: false });
    });

    it('refuses a file sent before its team when the uploader has several teams, storing nothing', async () => {
      const { org, team } = await world();
      const second = await createTeam(ctx.deps.db, org.id);
      const both = await signedInUser(ctx, {
        role: 'therapist',
        organizationId: org.id,
        teamIds: [team.id, second.id],
      });
      const res = await postUpload(
        ctx,
        both.cookie,
        uploadForm({ kind: 'paperwork', file: { bytes: CLEAN }, team: team.id }),
      );
      expect(res.status).toBe(400);
      expect(await uploadsOf(ctx, both.user.id)).toEqual([]);
    });
  });
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-residency-'));
  dirs.push(dir);
  return dir;
}

residencyScenarios('two local directories', async () => {
  const dir = await tempDir();
  const locations = {
    default: 'us',
    locations: {
      us: { kind: 'local', directory: join(dir, 'us') },
      eu: { kind: 'local', directory: join(dir, 'eu') },
    },
  };
  return createTestContext({ STORAGE_LOCATIONS: JSON.stringify(locations) });
});

residencyScenarios('two buckets on an S3-protocol server', async () => {
  // The suite's S3-protocol server (test/support/global-setup.ts), two buckets of this test's own.
  const endpoint = inject('s3Endpoint');
  const suffix = crypto.randomUUID().slice(0, 8);
  const bucket = (name: string) => ({
    kind: 's3',
    bucket: `${name}-${suffix}`,
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
  });
  const locations = { default: 'us', locations: { us: bucket('qa-us'), eu: bucket('qa-eu') } };
  for (const spec of Object.values(locations.locations)) {
    const store = new S3BlobStore({ ...spec });
    await store.client.send(new CreateBucketCommand({ Bucket: spec.bucket }));
  }
  return createTestContext({ STORAGE_LOCATIONS: JSON.stringify(locations) });
});
