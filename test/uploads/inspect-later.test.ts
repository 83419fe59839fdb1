import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { addRosterEntries } from '../../src/rosters/service.ts';
import { ffmpeg } from '../media/fixtures.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  expectNothingStored,
  json,
  runUploadJobs,
  teamWithUser,
  uploadForm,
  uploadRow,
} from '../support/uploads.ts';

// A runtime without ffmpeg (the Worker: deps.media null) accepts a recording after scanning its
// transcript; the audio job on Node then probes it and scans its tags before normalizing.
const CLIENT = 'Marisol Quintanilla';
const CLEAN_VTT =
  'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n\n00:01.000 --> 00:02.000\nPraise was used for compliance.\n';

let ctx: TestContext;
let noFfmpeg: ReturnType<typeof createApp>;
let dir: string;
const audio: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qa-vault-inspect-later-'));
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=16000:duration=2'];
  const mp3 = ['-c:a', 'libmp3lame', '-b:a', '32k', '-f', 'mp3'];
  await Promise.all([
    ffmpeg([...sine, ...mp3, join(dir, 'clean.mp3')]),
    ffmpeg([...sine, '-metadata', `artist=${CLIENT}`, ...mp3, join(dir, 'named.mp3')]),
    ffmpeg(['-f', 'lavfi', '-i', 'sine=duration=4', '-c:a', 'pcm_s16le', '-f', 'wav', join(dir, 'long.wav')]),
  ]);
  for (const name of ['clean.mp3', 'named.mp3', 'long.wav']) audio[name] = await readFile(join(dir, name));
  ctx = await createTestContext({ MAX_AUDIO_SECONDS: '3' });
  noFfmpeg = createApp({ ...ctx.deps, media: null });
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

async function uploadWithoutFfmpeg(name: string, extension: string) {
  const who = await teamWithUser(ctx);
  await addRosterEntries(ctx.deps.vault, ctx.deps.db, {
    teamId: who.team.id,
    people: [CLIENT],
    places: [],
    actorId: who.user.id,
    now: ctx.clock.now(),
    audit: { at: ctx.clock.now(), actorRole: 'system', organizationId: who.org.id },
  });
  const res = await noFfmpeg.request('/api/uploads', {
    method: 'POST',
    headers: { origin: 'http://localhost', cookie: who.cookie },
    body: uploadForm({
      kind: 'session_recording',
      file: { bytes: audio[name]!, filename: `session.${extension}` },
      transcript: { bytes: CLEAN_VTT, filename: 'session.vtt' },
    }),
  });
  expect(res.status).toBe(201);
  const body = await json(res);
  expect(body).toMatchObject({ status: 'accepted', playable: false });
  expect((await uploadRow(ctx, body.id)).audioInspected).toBe(false);
  await runUploadJobs(ctx);
  return uploadRow(ctx, body.id);
}

describe('a recording accepted where ffmpeg is absent', () => {
  it('is probed and tag-scanned by the audio job, then normalized', async () => {
    const row = await uploadWithoutFfmpeg('clean.mp3', 'mp3');
    expect(row).toMatchObject({ status: 'accepted', audioInspected: true, format: 'mp3' });
    expect(row.contentObjectId).toBeTruthy();
  });

  it('is rejected by the audio job when a tag names a client, and nothing of it is kept', async () => {
    const row = await uploadWithoutFfmpeg('named.mp3', 'mp3');
    expect(row.status).toBe('rejected');
    expect(row.findings?.some((f) => f.source === 'file' && f.action === 'block')).toBe(true);
    expect(JSON.stringify(row.findings)).not.toContain('Quintanilla');
    await expectNothingStored(ctx, row.id);
  });

  it('is failed by the audio job when it is longer than allowed, and nothing of it is kept', async () => {
    const row = await uploadWithoutFfmpeg('long.wav', 'wav');
    expect(row).toMatchObject({ status: 'failed', failureReason: 'too_long' });
    await expectNothingStored(ctx, row.id);
  });
});
