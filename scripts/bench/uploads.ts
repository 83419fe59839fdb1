/**
 * Upload gate throughput and memory: `node --expose-gc scripts/bench/uploads.ts [--mib 512] [--no-job]`.
 *
 * Streams one synthetic WAV recording (48 kHz stereo, 16-bit: 512 MiB ≈ 47 min) with a short VTT
 * transcript through `POST /api/uploads` in-process — the multipart body generated on the fly and
 * never held whole — on the embedded database and the local store, then runs the audio job. Prints
 * the time to the 201 (receive and encrypt, decrypt to a temp file, ffprobe, scan, accept), its
 * MB/s, the peak RSS growth while receiving (the body must not be buffered: target well under the
 * file size), and the audio job's time as a fraction of the recording's length.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { buildNodeRuntime } from '../../src/node.ts';
import { organizations, teamMemberships, teams } from '../../src/orgs/tables.ts';
import { registerUploadJobs } from '../../src/uploads/jobs.ts';
import { users } from '../../src/users/tables.ts';

const { values } = parseArgs({
  options: { mib: { type: 'string', default: '512' }, 'no-job': { type: 'boolean', default: false } },
});
const MiB = 1024 ** 2;
const dataBytes = Number(values.mib) * MiB;
const RATE = 48_000;
const BYTES_PER_SECOND = RATE * 2 * 2;
const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nThe session reviewed the weekly routine.\n';

function wavHeader(size: number): Uint8Array {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + size, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(2, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(BYTES_PER_SECOND, 28);
  h.writeUInt16LE(4, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(size, 40);
  return h;
}

/** One second of a 220 Hz tone, repeated: audio ffmpeg can really decode, generated as it is sent. */
function multipartBody(boundary: string): { body: ReadableStream<Uint8Array>; length: number } {
  const enc = new TextEncoder();
  const part = (headers: string) => enc.encode(`--${boundary}\r\n${headers}\r\n\r\n`);
  const head = [
    part('Content-Disposition: form-data; name="kind"'),
    enc.encode('session_recording\r\n'),
    part('Content-Disposition: form-data; name="transcript"; filename="t.vtt"\r\nContent-Type: text/vtt'),
    enc.encode(`${VTT}\r\n`),
    part('Content-Disposition: form-data; name="file"; filename="r.wav"\r\nContent-Type: audio/wav'),
    wavHeader(dataBytes),
  ];
  const tail = enc.encode(`\r\n--${boundary}--\r\n`);
  const second = Buffer.alloc(BYTES_PER_SECOND);
  for (let i = 0; i < RATE; i++) {
    const v = Math.round(Math.sin((2 * Math.PI * 220 * i) / RATE) * 8000);
    second.writeInt16LE(v, i * 4);
    second.writeInt16LE(v, i * 4 + 2);
  }
  const chunk = 256 * 1024;
  let sent = 0;
  let stage = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 0) {
        for (const piece of head) controller.enqueue(piece);
        stage = 1;
        return;
      }
      if (sent < dataBytes) {
        const n = Math.min(chunk, dataBytes - sent);
        const at = sent % BYTES_PER_SECOND;
        const out = new Uint8Array(n);
        for (let done = 0; done < n; ) {
          const from = (at + done) % BYTES_PER_SECOND;
          const take = Math.min(n - done, BYTES_PER_SECOND - from);
          out.set(second.subarray(from, from + take), done);
          done += take;
        }
        controller.enqueue(out);
        sent += n;
        return;
      }
      controller.enqueue(tail);
      controller.close();
    },
  });
  const length = head.reduce((n, p) => n + p.length, 0) + dataBytes + tail.length;
  return { body, length };
}

const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-bench-uploads-'));
const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '' });
const runtime = await buildNodeRuntime(
  config,
  createJsonLogger('error', () => {}),
);
try {
  const { db, passwords } = runtime.deps;
  const app = createApp(runtime.deps);
  const [org] = await db.insert(organizations).values({ name: 'Bench' }).returning();
  const [team] = await db.insert(teams).values({ organizationId: org!.id, name: 'Bench team' }).returning();
  const password = 'bench passphrase for uploads';
  const [user] = await db
    .insert(users)
    .values({
      organizationId: org!.id,
      email: 'bench@example.test',
      name: 'Bench',
      role: 'therapist',
      passwordHash: await passwords.hash(password),
    })
    .returning();
  await db.insert(teamMemberships).values({ teamId: team!.id, userId: user!.id });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.test', password }),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

  globalThis.gc?.();
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 25);
  const boundary = `bench${crypto.randomUUID().replaceAll('-', '')}`;
  const { body, length } = multipartBody(boundary);
  const started = performance.now();
  const res = await app.request('/api/uploads', {
    method: 'POST',
    headers: {
      cookie,
      origin: 'http://localhost',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(length),
    },
    body,
    duplex: 'half',
  } as RequestInit);
  const ms = performance.now() - started;
  clearInterval(sampler);
  const answer = (await res.json()) as { id: string; status: string; error?: unknown };
  const minutes = dataBytes / BYTES_PER_SECOND / 60;
  console.log(
    `upload: ${Number(values.mib)} MiB WAV (${minutes.toFixed(1)} min of audio) → ${res.status} ${answer.status ?? JSON.stringify(answer.error)}`,
  );
  console.log(
    `  to the answer: ${(ms / 1000).toFixed(1)} s, ${(length / 1e6 / (ms / 1000)).toFixed(0)} MB/s`,
  );
  console.log(`  peak RSS growth while receiving: ${((peakRss - baseRss) / MiB).toFixed(0)} MiB`);
  if (!values['no-job'] && res.status === 201) {
    const runner = new JobRunner({ db, logger: createJsonLogger('error', () => {}) });
    registerUploadJobs(runner, runtime.deps);
    const jobStarted = performance.now();
    await runner.runUntilIdle();
    const jobMs = performance.now() - jobStarted;
    console.log(
      `  audio job (normalize + peaks + store): ${(jobMs / 1000).toFixed(1)} s, ${((jobMs / 1000 / 60 / minutes) * 100).toFixed(1)} % of real time`,
    );
  }
} finally {
  await runtime.close();
  await rm(dataDir, { recursive: true, force: true });
}
