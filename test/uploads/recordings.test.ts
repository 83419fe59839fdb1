import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/tables.ts';
import { addRosterEntries } from '../../src/rosters/service.ts';
import { ffmpeg, ffprobeJson } from '../media/fixtures.ts';
import { expectNoCanariesInAuditLog } from '../support/audit.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { type FakeStt, startFakeStt } from '../support/fake-stt.ts';
import { s3Env } from '../support/s3.ts';
import {
  allBlobBytes,
  decryptObject,
  expectNothingStored,
  expectRefusedWithoutTrace,
  getWith,
  json,
  postUpload,
  runUploadJobs,
  teamWithUser,
  uploadForm,
  uploadRow,
} from '../support/uploads.ts';

const CLIENT = 'Marisol Quintanilla';
/** Planted in the recordings' tags: clean to the scanner, so it must be normalization that removes it. */
const TAG_CANARY = 'Quality review canary phrase zebra';
const CLEAN_VTT =
  'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n\n00:01.000 --> 00:02.000\nPraise was used for compliance.\n';
const NAMING_VTT =
  'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n\n00:01.000 --> 00:02.500\nWe met with Marisol about the chores chart.\n';

let ctx: TestContext;
let dir: string;
const audio: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qa-vault-upload-audio-'));
  const sine = (seconds: number) => [
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=330:sample_rate=16000:duration=${seconds}`,
  ];
  const at = (name: string) => join(dir, name);
  await Promise.all([
    ffmpeg([
      ...sine(2),
      '-metadata',
      `title=${TAG_CANARY}`,
      '-c:a',
      'pcm_s16le',
      '-f',
      'wav',
      at('clean.wav'),
    ]),
    ffmpeg([
      ...sine(2),
      '-metadata',
      `comment=${TAG_CANARY}`,
      '-c:a',
      'libmp3lame',
      '-b:a',
      '32k',
      '-f',
      'mp3',
      at('clean.mp3'),
    ]),
    ffmpeg([
      ...sine(2),
      '-metadata',
      `artist=${CLIENT}`,
      '-c:a',
      'libmp3lame',
      '-b:a',
      '32k',
      '-f',
      'mp3',
      at('named.mp3'),
    ]),
    ffmpeg([...sine(2), '-c:a', 'aac', '-b:a', '32k', '-f', 'ipod', at('whole.m4a')]),
    ffmpeg([...sine(4), '-c:a', 'pcm_s16le', '-f', 'wav', at('long.wav')]),
  ]);
  for (const name of ['clean.wav', 'clean.mp3', 'named.mp3', 'whole.m4a', 'long.wav'])
    audio[name] = await readFile(at(name));
  audio['truncated.m4a'] = audio['whole.m4a']!.subarray(0, Math.floor(audio['whole.m4a']!.length / 2));
  // The header and a few samples: a reader believes the header, but there is nothing to play.
  audio['truncated.wav'] = audio['clean.wav']!.subarray(0, 100);
  audio['corrupt.ogg'] = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(4096, 7)]);
  ctx = await createTestContext(s3Env());
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

async function uploaderWithRoster(c: TestContext) {
  const who = await teamWithUser(c);
  await addRosterEntries(c.deps.vault, c.deps.db, {
    teamId: who.team.id,
    people: [CLIENT],
    places: [],
    actorId: who.user.id,
    now: c.clock.now(),
    audit: { at: c.clock.now(), actorRole: 'system', organizationId: who.org.id },
  });
  return who;
}

/** ffprobe's view of decrypted bytes (tests only). */
async function probeBytes(bytes: Uint8Array) {
  const file = join(dir, `probe-${crypto.randomUUID()}`);
  await writeFile(file, bytes);
  try {
    return await ffprobeJson(file);
  } finally {
    await rm(file, { force: true });
  }
}

describe('recordings with a transcript', () => {
  it('accepts a clean recording and VTT, then makes it playable as Opus with no metadata left', async () => {
    const who = await uploaderWithRoster(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({
        kind: 'session_recording',
        title: 'Weekly review',
        transcript: { bytes: CLEAN_VTT, filename: 'session.vtt' },
        file: { bytes: audio['clean.wav']!, filename: `${CLIENT}.wav` },
      }),
    );
    expect(res.status).toBe(201);
    const upload = await json(res);
    expect(upload).toMatchObject({ status: 'accepted', format: 'wav', ready: false, playable: false });
    expect(upload.transcript).toEqual({ contentType: 'text/vtt; charset=utf-8', source: 'uploaded' });
    // Not processed yet: content waits, politely.
    expect((await getWith(ctx, who.cookie, `/api/uploads/${upload.id}/content`)).status).toBe(409);

    await runUploadJobs(ctx);
    const done = await json(await getWith(ctx, who.cookie, `/api/uploads/${upload.id}`));
    expect(done).toMatchObject({
      ready: true,
      playable: true,
      peaks: true,
      contentType: 'audio/ogg; codecs=opus',
    });
    expect(done.durationMs).toBeGreaterThan(1900);
    expect(done.durationMs).toBeLessThan(2200);

    const row = await uploadRow(ctx, upload.id);
    const stored = await decryptObject(ctx, row.contentObjectId!);
    const probe = await probeBytes(stored);
    expect(probe.format.format_name).toBe('ogg');
    expect(probe.streams).toHaveLength(1);
    expect(probe.streams[0]).toMatchObject({ codec_name: 'opus', channels: 1 });
    expect(probe.format.tags ?? {}).toEqual({});
    expect(probe.streams[0]!.tags ?? {}).toEqual({});
    expect(Buffer.from(stored).includes(TAG_CANARY)).toBe(false);
    // The original is shredded once the normalized copy is recorded.
    await expect(decryptObject(ctx, row.originalObjectId!)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const content = await getWith(ctx, who.cookie, `/api/uploads/${upload.id}/content`);
    expect(content.headers.get('content-type')).toBe('audio/ogg; codecs=opus');
    expect(Buffer.from(await content.arrayBuffer()).equals(Buffer.from(stored))).toBe(true);
    const transcript = await getWith(ctx, who.cookie, `/api/uploads/${upload.id}/transcript`);
    expect(await transcript.text()).toBe(CLEAN_VTT);
    const peaks = await json(await getWith(ctx, who.cookie, `/api/uploads/${upload.id}/peaks`));
    expect(peaks).toMatchObject({ version: 2, channels: 1, bits: 8 });
    expect(peaks.data.length).toBe(peaks.length * 2);

    const reads = await ctx.deps.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, upload.id), eq(auditLog.outcome, 'success')))
      // Insertion order: PostgreSQL promises none without it, and chaining an entry (an update) moves it.
      .orderBy(auditLog.id);
    expect(reads.map((r) => r.action)).toEqual([
      'upload.receive',
      'upload.accept',
      'upload.view',
      'content.stream',
      'content.transcript',
      'content.peaks',
    ]);
    for (const blob of await allBlobBytes(ctx)) {
      expect(blob.includes(TAG_CANARY)).toBe(false);
      expect(blob.includes('weekly routine')).toBe(false);
    }
    await expectNoCanariesInAuditLog(ctx.deps.db, who.org.id, [CLIENT, TAG_CANARY, 'weekly routine']);
    expect(ctx.logs.join('\n')).not.toContain(TAG_CANARY);
  });

  it('rejects a recording whose transcript names a client, with the cue time range, and stores nothing', async () => {
    const who = await uploaderWithRoster(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({
        kind: 'supervision_recording',
        file: { bytes: audio['clean.mp3']! },
        transcript: { bytes: NAMING_VTT, filename: 't.vtt' },
      }),
    );
    expect(res.status).toBe(422);
    const { error } = await json(res);
    expect(error.code).toBe('UPLOAD_REJECTED');
    expect(error.findings).toEqual([
      expect.objectContaining({
        label: 'PERSON',
        detector: 'roster',
        source: 'transcript',
        location: { startMs: 1000, endMs: 2500 },
      }),
    ]);
    expect(JSON.stringify(error)).not.toContain('Marisol');
    await expectNothingStored(ctx, error.id);
    await expectNoCanariesInAuditLog(ctx.deps.db, who.org.id, ['Marisol', 'chores chart']);
  });

  it('rejects a recording whose tags name a client, naming the tag', async () => {
    const who = await uploaderWithRoster(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({
        kind: 'session_recording',
        file: { bytes: audio['named.mp3']! },
        transcript: { bytes: CLEAN_VTT },
      }),
    );
    expect(res.status).toBe(422);
    const { error } = await json(res);
    expect(error.findings[0]).toMatchObject({ source: 'file', location: { field: 'tag:artist' } });
    await expectNothingStored(ctx, error.id);
  });

  it('refuses a transcript that is not a transcript format it can read', async () => {
    const who = await teamWithUser(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({
        kind: 'session_recording',
        file: { bytes: audio['clean.mp3']! },
        transcript: { bytes: new Uint8Array([0xff, 0xfe, 0xfd, 0, 1]) },
      }),
    );
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toMatch(/^Transcript: /);
    await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason: 'invalid_utf8' });
  });
});

describe('recordings without a transcript', () => {
  it('waits as needs_transcript, then a clean transcript attached as text/vtt accepts it', async () => {
    const who = await uploaderWithRoster(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'consultation_recording', file: { bytes: audio['clean.mp3']! } }),
    );
    expect(res.status).toBe(202);
    const upload = await json(res);
    expect(upload).toMatchObject({ status: 'needs_transcript', format: 'mp3', ready: false });
    const attach = await ctx.app.request(`/api/uploads/${upload.id}/transcript`, {
      method: 'PUT',
      headers: { origin: 'http://localhost', cookie: who.cookie, 'content-type': 'text/vtt' },
      body: CLEAN_VTT,
    });
    expect(attach.status).toBe(201);
    expect(await json(attach)).toMatchObject({ status: 'accepted' });
    await runUploadJobs(ctx);
    expect(await json(await getWith(ctx, who.cookie, `/api/uploads/${upload.id}`))).toMatchObject({
      playable: true,
    });
    const again = await ctx.app.request(`/api/uploads/${upload.id}/transcript`, {
      method: 'PUT',
      headers: { origin: 'http://localhost', cookie: who.cookie, 'content-type': 'text/vtt' },
      body: CLEAN_VTT,
    });
    expect(again.status).toBe(409);
  });

  it('rejects and shreds the waiting recording when the attached transcript names a client', async () => {
    const who = await uploaderWithRoster(ctx);
    const upload = await json(
      await postUpload(
        ctx,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: audio['clean.wav']! } }),
      ),
    );
    const attach = await ctx.app.request(`/api/uploads/${upload.id}/transcript`, {
      method: 'PUT',
      headers: { origin: 'http://localhost', cookie: who.cookie },
      body: uploadForm({ transcript: { bytes: NAMING_VTT, filename: 'x.vtt' } }),
    });
    const body = await json(attach);
    expect(attach.status).toBe(422);
    expect(body.error.findings[0].location).toEqual({ startMs: 1000, endMs: 2500 });
    expect((await uploadRow(ctx, upload.id)).status).toBe('rejected');
    await expectNothingStored(ctx, upload.id);
  });

  it('keeps the recording waiting when the attached transcript cannot be read', async () => {
    const who = await teamWithUser(ctx);
    const upload = await json(
      await postUpload(
        ctx,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: audio['clean.wav']! } }),
      ),
    );
    const attach = await ctx.app.request(`/api/uploads/${upload.id}/transcript`, {
      method: 'PUT',
      headers: { origin: 'http://localhost', cookie: who.cookie, 'content-type': 'application/json' },
      body: '{"not": "a transcript"}',
    });
    expect(attach.status).toBe(415);
    expect((await uploadRow(ctx, upload.id)).status).toBe('needs_transcript');
  });
});

describe('speech-to-text', () => {
  let stt: FakeStt;
  let sttCtx: TestContext;
  beforeAll(async () => {
    stt = await startFakeStt({
      apiKey: 'stt-key',
      segments: [
        { start: 0, end: 1, text: 'The session reviewed the weekly routine.' },
        { start: 1, end: 2, text: 'Praise was used for compliance.' },
      ],
    });
    sttCtx = await createTestContext({ ...s3Env(), STT_URL: stt.url, STT_API_KEY: 'stt-key' });
  });
  afterAll(async () => {
    await sttCtx.close();
    await stt.close();
  });

  it('transcribes in a background job, scans the transcript, then accepts and processes the recording', async () => {
    const who = await uploaderWithRoster(sttCtx);
    const res = await postUpload(
      sttCtx,
      who.cookie,
      uploadForm({
        kind: 'session_recording',
        file: { bytes: audio['clean.wav']!, filename: `${CLIENT}.wav` },
      }),
    );
    expect(res.status).toBe(202);
    const upload = await json(res);
    expect(upload.status).toBe('transcribing');
    await runUploadJobs(sttCtx);
    const done = await json(await getWith(sttCtx, who.cookie, `/api/uploads/${upload.id}`));
    expect(done).toMatchObject({
      status: 'accepted',
      playable: true,
      transcript: { contentType: 'application/json', source: 'stt' },
    });
    const request = stt.requests.at(-1)!;
    expect(request.authorization).toBe('Bearer stt-key');
    // The server sees a neutral name, never the uploaded file's.
    expect(request.file).toMatchObject({
      filename: 'recording.wav',
      contentType: 'audio/wav',
      size: audio['clean.wav']!.length,
    });
    const transcript = await json(await getWith(sttCtx, who.cookie, `/api/uploads/${upload.id}/transcript`));
    expect(transcript.segments).toHaveLength(2);
  });

  it('rejects and shreds the recording when the machine transcript names a client', async () => {
    const who = await uploaderWithRoster(sttCtx);
    const { verboseJson } = await import('../support/fake-stt.ts');
    stt.script({
      status: 200,
      body: verboseJson([{ start: 0.5, end: 1.75, text: 'We met with Marisol about the chores chart.' }]),
    });
    const upload = await json(
      await postUpload(
        sttCtx,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: audio['clean.mp3']! } }),
      ),
    );
    await runUploadJobs(sttCtx);
    const row = await uploadRow(sttCtx, upload.id);
    expect(row.status).toBe('rejected');
    // Word timings place the name inside its segment.
    const location = row.findings?.[0]?.location as { startMs: number; endMs: number };
    expect(row.findings?.[0]?.source).toBe('transcript');
    expect(location.startMs).toBeGreaterThanOrEqual(500);
    expect(location.endMs).toBeLessThanOrEqual(1750);
    await expectNothingStored(sttCtx, upload.id);
  });

  it('falls back to needs_transcript when the speech-to-text server refuses for good', async () => {
    const who = await teamWithUser(sttCtx);
    stt.script({ status: 401, body: '{"error":{"message":"bad key"}}' });
    const upload = await json(
      await postUpload(
        sttCtx,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: audio['clean.mp3']! } }),
      ),
    );
    await runUploadJobs(sttCtx);
    expect(await uploadRow(sttCtx, upload.id)).toMatchObject({
      status: 'needs_transcript',
      failureReason: 'stt_unauthorized',
    });
  });
});

describe('recordings refused', () => {
  const cases: [string, string, number, string][] = [
    ['a truncated M4A', 'truncated.m4a', 422, 'corrupt'],
    ['a WAV cut to 100 bytes', 'truncated.wav', 422, 'corrupt'],
    ['a damaged Ogg file', 'corrupt.ogg', 422, 'corrupt'],
  ];
  for (const [what, name, status, reason] of cases) {
    it(`refuses ${what} with ${status} and keeps nothing`, async () => {
      const who = await teamWithUser(ctx);
      const res = await postUpload(
        ctx,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: audio[name]! } }),
      );
      expect(res.status).toBe(status);
      expect((await json(res)).error.reason).toBe(reason);
      await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason });
    });
  }

  it('refuses a zero-byte recording', async () => {
    const who = await teamWithUser(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'session_recording', file: { bytes: new Uint8Array() } }),
    );
    expect(res.status).toBe(422);
    await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason: 'empty' });
  });

  it('refuses a recording as paperwork (415)', async () => {
    const who = await teamWithUser(ctx);
    const res = await postUpload(
      ctx,
      who.cookie,
      uploadForm({ kind: 'paperwork', file: { bytes: audio['clean.mp3']! } }),
    );
    expect(res.status).toBe(415);
    const { error } = await json(res);
    expect(error.reason).toBe('unsupported_type');
    expect(error.accepted.paperwork).toContain('PDF');
    await expectRefusedWithoutTrace(ctx, who.user.id, { outcome: 'failure', reason: 'unsupported_type' });
  });

  it('refuses a recording longer than MAX_AUDIO_SECONDS with 413', async () => {
    const short = await createTestContext({ ...s3Env(), MAX_AUDIO_SECONDS: '3' });
    try {
      const who = await teamWithUser(short);
      const res = await postUpload(
        short,
        who.cookie,
        uploadForm({ kind: 'session_recording', file: { bytes: audio['long.wav']! } }),
      );
      expect(res.status).toBe(413);
      expect((await json(res)).error.reason).toBe('too_long');
      await expectRefusedWithoutTrace(short, who.user.id, { outcome: 'failure', reason: 'too_long' });
    } finally {
      await short.close();
    }
  });
});
