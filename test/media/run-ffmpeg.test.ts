import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FfmpegFailedError, MediaProcessingError, UndecodableMediaError } from '../../src/media/errors.ts';
import { PeakReducer } from '../../src/media/peaks.ts';
import { runFfmpeg } from '../../src/media/run-ffmpeg.ts';
import { sniffAudio } from '../../src/media/sniff.ts';
import { withPrivateTempDir } from '../../src/media/temp-dir.ts';

const tone = (seconds: number) => ['-f', 'lavfi', '-i', `sine=frequency=300:duration=${seconds}`];

describe('runFfmpeg', () => {
  it('streams stdout to the caller', async () => {
    let bytes = 0;
    await runFfmpeg([...tone(1), '-ac', '1', '-ar', '8000', '-f', 's16le', 'pipe:1'], {
      ffmpegPath: 'ffmpeg',
      timeoutMs: 10_000,
      onStdout: (chunk) => {
        bytes += chunk.length;
      },
    });
    expect(bytes).toBe(16_000);
  });

  it('kills ffmpeg at the time limit', async () => {
    const started = Date.now();
    const err = await runFfmpeg(['-re', ...tone(30), '-f', 'null', '-'], {
      ffmpegPath: 'ffmpeg',
      timeoutMs: 300,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(MediaProcessingError);
    expect(err.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('kills ffmpeg past its resident memory cap and refuses the input for good (too_complex)', async () => {
    // Any real run is resident past 1 MiB, so the cap stands in for a file that makes ffmpeg balloon.
    const err = await runFfmpeg(['-re', ...tone(30), '-f', 'null', '-'], {
      ffmpegPath: 'ffmpeg',
      timeoutMs: 20_000,
      maxResidentBytes: 1024 * 1024,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(UndecodableMediaError);
    expect(err.reason).toBe('too_complex');
    expect(err.permanent).toBe(true);
  });

  it('kills ffmpeg when stdout passes its cap', async () => {
    const err = await runFfmpeg([...tone(5), '-f', 's16le', 'pipe:1'], {
      ffmpegPath: 'ffmpeg',
      timeoutMs: 10_000,
      onStdout: () => {},
      maxStdoutBytes: 1000,
    }).catch((e) => e);
    expect(err).toMatchObject({ name: 'MediaProcessingError', reason: 'output_too_large' });
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = runFfmpeg(['-re', ...tone(30), '-f', 'null', '-'], {
      ffmpegPath: 'ffmpeg',
      timeoutMs: 10_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ reason: 'aborted' });
  });

  it('reports a missing binary as ffmpeg_missing', async () => {
    await expect(
      runFfmpeg(['-version'], { ffmpegPath: '/nonexistent/ffmpeg', timeoutMs: 1000 }),
    ).rejects.toMatchObject({
      reason: 'ffmpeg_missing',
    });
  });

  it('turns a failure into a reason code without passing on what ffmpeg printed', async () => {
    await withPrivateTempDir(async (dir) => {
      const input = join(dir, 'input');
      await writeFile(input, 'Canary Marigold, 12 Oakfield Lane — not audio at all');
      const err = await runFfmpeg(['-i', `file:${input}`, '-f', 'null', '-'], {
        ffmpegPath: 'ffmpeg',
        timeoutMs: 10_000,
      }).catch((e) => e);
      expect(err).toBeInstanceOf(FfmpegFailedError);
      expect(err.reason).toBe('invalid_data');
      expect(JSON.stringify({ ...err, message: err.message })).not.toMatch(/Canary|Oakfield|input/);
    });
  });
});

describe('PeakReducer', () => {
  it('gives the same peaks however the sample stream is split into chunks', () => {
    const samples = new Int16Array(2500).map((_, i) =>
      Math.round(Math.sin(i / 7) * 20_000 * ((i % 900) / 900)),
    );
    const bytes = new Uint8Array(samples.buffer);
    const whole = new PeakReducer();
    whole.push(bytes);
    const split = new PeakReducer();
    for (let i = 0; i < bytes.length; i += 3) split.push(bytes.subarray(i, i + 3));
    expect(split.finish()).toEqual(whole.finish());
    expect(split.samples).toBe(2500);
  });

  it('maps full-scale samples onto −128…127 and keeps a short last pair', () => {
    const reducer = new PeakReducer();
    reducer.push(new Uint8Array(new Int16Array([-32768, 32767, ...new Array(800).fill(0)]).buffer));
    expect(reducer.finish()).toMatchObject({ length: 2, data: [-128, 127, 0, 0] });
  });
});

describe('sniffAudio', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

  it.each([
    ['wav', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['flac', bytes('fLaC', [0, 0, 0, 34])],
    ['ogg', bytes('OggS', [0, 2])],
    ['webm', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f])],
    ['m4a', bytes([0, 0, 0, 32], 'ftypM4A ')],
    ['mp3', bytes('ID3', [4, 0])],
    ['mp3', bytes([0xff, 0xfb, 0x90, 0x64])],
    ['aac', bytes([0xff, 0xf1, 0x50, 0x80])],
  ])('recognises %s from its first bytes', (expected, head) => {
    expect(sniffAudio(head)).toBe(expected);
  });

  it.each([
    ['a PDF', bytes('%PDF-1.7')],
    ['a PNG', bytes([0x89], 'PNG')],
    ['a zip (DOCX)', bytes('PK', [3, 4])],
    ['text', bytes('Hello there')],
    ['nothing', bytes()],
  ])('does not take %s for audio', (_label, head) => {
    expect(sniffAudio(head)).toBeNull();
  });
});

describe('withPrivateTempDir', () => {
  it('gives a directory only the owner can enter and removes it afterwards, even on failure', async () => {
    let seen = '';
    await expect(
      withPrivateTempDir(async (dir) => {
        seen = dir;
        expect((await stat(dir)).mode & 0o777).toBe(0o700);
        await writeFile(join(dir, 'input'), 'plaintext audio');
        throw new Error('transcode failed');
      }),
    ).rejects.toThrow('transcode failed');
    await expect(readdir(seen)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
