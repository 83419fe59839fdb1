/**
 * Audio pipeline and job queue speed: `node scripts/bench/media-and-jobs.ts [minutes]`. Generates
 * `minutes` (default 10) of speech-band audio as a 44.1 kHz stereo WAV, then prints the wall time
 * and the speed relative to real time of probe, normalize (Opus mono Ogg) and peaks, the stored
 * size, and the jobs/s of the queue on embedded PGlite (enqueue, then claim+complete no-op jobs).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseConfig } from '../../src/config.ts';
import { openPglite } from '../../src/db/open.ts';
import { enqueueJob } from '../../src/jobs/queue.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { createMediaProcessor } from '../../src/media/processor.ts';

const minutes = Number(process.argv[2] ?? 10);
const seconds = minutes * 60;
const exec = promisify(execFile);
const media = createMediaProcessor(parseConfig({ MAX_AUDIO_SECONDS: String(seconds + 60) }), {
  searchPath: process.env.PATH,
});

const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(seconds / (ms / 1000)).toFixed(0)}× real time`,
  );
  return result;
};

await media.withTempDir(async (dir) => {
  const input = join(dir, 'input');
  // Pink noise band-limited to speech frequencies, gated on and off like turns of talk.
  await exec('ffmpeg', [
    ...[
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      `anoisesrc=color=pink:duration=${seconds}:r=44100`,
    ],
    ...['-af', 'highpass=f=120,lowpass=f=4000,volume=enable=lt(mod(t\\,7)\\,2):volume=0.05', '-ac', '2'],
    ...['-f', 'wav', input],
  ]);
  console.log(`input: ${minutes} min WAV, 44.1 kHz stereo`);
  await timed('probe', () => media.probe(input));
  const normalized = await timed('normalize → Opus mono Ogg', () =>
    media.normalizeAudio(input, join(dir, 'out.ogg')),
  );
  console.log(`stored size                  ${(normalized.bytes / 1e6).toFixed(2).padStart(7)} MB`);
  const { peaks } = await timed('peaks (from the Opus file)', () => media.computePeaks(join(dir, 'out.ogg')));
  console.log(
    `peaks                        ${String(peaks.length).padStart(7)} pairs, ${JSON.stringify(peaks).length} bytes JSON`,
  );
});

const database = await openPglite();
await database.migrate();
const JOBS = 500;
const runner = new JobRunner({ db: database.db, logger: createJsonLogger('error', () => {}) }).register(
  'bench.noop',
  async () => {},
);
let started = performance.now();
for (let i = 0; i < JOBS; i++) await enqueueJob(database.db, { kind: 'bench.noop', payload: { i } });
console.log(
  `enqueue (PGlite)             ${(JOBS / ((performance.now() - started) / 1000)).toFixed(0).padStart(7)} jobs/s`,
);
started = performance.now();
const ran = await runner.runUntilIdle(JOBS);
console.log(
  `claim+run+complete (PGlite)  ${(ran / ((performance.now() - started) / 1000)).toFixed(0).padStart(7)} jobs/s`,
);
await database.close();
