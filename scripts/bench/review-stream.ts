/**
 * How the review page plays a long recording: `node scripts/bench/review-stream.ts [hours]` (default 3).
 * Makes an Ogg Opus recording of that length the way the service stores them (mono, 48 kHz, 40
 * kbit/s) with ffmpeg (or takes one: `… review-stream.ts 3 long.ogg`, which saves the minutes that takes), stores it encrypted as an accepted upload of an embedded instance, serves the
 * app, and opens the review page in Debian's Chromium as a supervisor. Prints the time from "Play" to
 * the first advancing audio, the time of a seek to 5/6 of the way, and the bytes the server read out
 * of the vault for /content responses (an upper bound of what reached the browser: the server reads
 * ahead only as far as the socket drains) against the size of the recording.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { chromium } from 'playwright-core';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { buildNodeRuntime } from '../../src/node.ts';
import { organizations, teamMemberships, teams } from '../../src/orgs/tables.ts';
import { uploads } from '../../src/uploads/tables.ts';
import { acceptedPrefix, putBytes } from '../../src/uploads/vault-files.ts';
import { users } from '../../src/users/tables.ts';

const exec = promisify(execFile);
const HOURS = Number(process.argv[2] ?? 3);
const seconds = Math.round(HOURS * 3600);
const dir = await mkdtemp(join(tmpdir(), 'qa-vault-bench-review-'));
const ogg = process.argv[3] ?? join(dir, 'long.ogg');
try {
  let t = performance.now();
  if (!process.argv[3]) {
    await exec('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'lavfi'],
      ...['-i', `sine=frequency=220:duration=${seconds}:sample_rate=48000`],
      ...['-ac', '1', '-c:a', 'libopus', '-b:a', '40k', '-compression_level', '0', ogg],
    ]);
  }
  const audio = new Uint8Array(await readFile(ogg));
  console.log(
    `recording: ${HOURS} h, ${(audio.length / 2 ** 20).toFixed(1)} MiB (${process.argv[3] ? 'given' : `made in ${((performance.now() - t) / 1000).toFixed(0)} s`})`,
  );

  const config = parseConfig({ DATA_DIR: dir, MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'error' });
  const runtime = await buildNodeRuntime(config);
  const { db, vault } = runtime.deps;
  const [org] = await db.insert(organizations).values({ name: 'Bench' }).returning();
  const [team] = await db.insert(teams).values({ organizationId: org!.id, name: 'Bench team' }).returning();
  const password = 'bench passphrase for the player';
  const hash = await runtime.deps.passwords.hash(password);
  const [therapist, supervisor] = await db
    .insert(users)
    .values(
      (['therapist', 'supervisor'] as const).map((role) => ({
        organizationId: org!.id,
        role,
        email: `${role}@bench.test`,
        name: `Bench ${role}`,
        passwordHash: hash,
      })),
    )
    .returning();
  for (const u of [therapist!, supervisor!])
    await db.insert(teamMemberships).values({ teamId: team!.id, userId: u.id });
  const now = new Date();
  const [row] = await db
    .insert(uploads)
    .values({
      organizationId: org!.id,
      teamId: team!.id,
      ownerId: therapist!.id,
      kind: 'session_recording',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  t = performance.now();
  const content = await putBytes(vault, db, acceptedPrefix(row!.id), audio);
  // The waveform's shape does not matter here, only its size: the service keeps at most 10,000 pairs.
  const pairs = 10_000;
  const peaks = {
    version: 2,
    channels: 1,
    sample_rate: 8000,
    samples_per_pixel: Math.ceil((seconds * 8000) / pairs),
    bits: 8,
    length: pairs,
    data: Array.from({ length: pairs * 2 }, (_, i) => (i % 2 ? 60 : -60)),
  };
  const peaksObject = await putBytes(
    vault,
    db,
    acceptedPrefix(row!.id),
    new TextEncoder().encode(JSON.stringify(peaks)),
  );
  await db
    .update(uploads)
    .set({
      status: 'accepted',
      title: 'Long session',
      format: 'ogg',
      size: audio.length,
      originalObjectId: content.objectId,
      contentObjectId: content.objectId,
      contentType: 'audio/ogg; codecs=opus',
      peaksObjectId: peaksObject.objectId,
      durationMs: seconds * 1000,
      decidedAt: now,
      processedAt: now,
    })
    .where(eq(uploads.id, row!.id));
  console.log(`stored encrypted in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const app = createApp(runtime.deps);
  // Counts what the server pulls out of /content response bodies.
  let streamed = 0;
  const counting = async (request: Request, env: unknown) => {
    const res = await app.fetch(request, env as never);
    if (!new URL(request.url).pathname.endsWith('/content') || !res.body) return res;
    const count = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        streamed += chunk.byteLength;
        out.enqueue(chunk);
      },
    });
    return new Response(res.body.pipeThrough(count), res);
  };
  const server = serve({ fetch: counting, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox'],
  });
  try {
    const page = await (await browser.newContext({ baseURL: base })).newPage();
    let requests = 0;
    page.on('request', (req) => {
      if (req.url().includes('/content')) requests++;
    });
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('supervisor@bench.test');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`/reviews/${row!.id}`);
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('slider', { name: 'Position in the recording' }).waitFor();
    const currentTime = () =>
      page.evaluate(() => (document.querySelector('audio') as HTMLAudioElement).currentTime);
    t = performance.now();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => (document.querySelector('audio') as HTMLAudioElement).currentTime > 0,
      undefined,
      { polling: 10 },
    );
    console.log(`play → audio advancing: ${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    const target = (seconds * 5) / 6;
    await page.evaluate((s) => {
      (document.querySelector('audio') as HTMLAudioElement).currentTime = s;
    }, target);
    await page.waitForFunction(
      (s) => {
        const a = document.querySelector('audio') as HTMLAudioElement;
        return !a.seeking && a.currentTime > s;
      },
      target,
      { polling: 10 },
    );
    console.log(
      `seek to ${(target / 3600).toFixed(2)} h → playing there: ${(performance.now() - t).toFixed(0)} ms (at ${(await currentTime()).toFixed(1)} s)`,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.waitForTimeout(500);
    console.log(
      `read for /content: ${(streamed / 2 ** 20).toFixed(2)} MiB over ${requests} requests (${((100 * streamed) / audio.length).toFixed(2)} % of the recording)`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await runtime.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
