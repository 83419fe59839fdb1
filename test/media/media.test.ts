import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import {
  MediaProcessingError,
  MediaTooLongError,
  UndecodableMediaError,
  UnsupportedMediaError,
} from '../../src/media/errors.ts';
import { createMediaProcessor, type MediaProcessor } from '../../src/media/processor.ts';
import { type AudioFixtures, ffprobeJson, makeAudioFixtures, TAG_CANARY } from './fixtures.ts';

let fx: AudioFixtures;
let media: MediaProcessor;
beforeAll(async () => {
  fx = await makeAudioFixtures();
  media = createMediaProcessor(parseConfig({ NODE_ENV: 'test' }), { searchPath: process.env.PATH });
});
afterAll(() => fx.close());

const containers = ['wav', 'mp3', 'm4a', 'aac', 'ogg', 'webm', 'flac'] as const;

describe('probe', () => {
  it.each(containers)(
    'recognises %s by its content and reports codec, duration, channels and rate',
    async (c) => {
      const info = await media.probe(fx.tagged[c]);
      expect(info.container).toBe(c);
      expect(info.channels).toBe(2);
      expect([44_100, 48_000]).toContain(info.sampleRate);
      if (info.durationMs !== null) expect(Math.abs(info.durationMs - 3000)).toBeLessThan(150);
      expect(info.codec).toMatch(/^(pcm_s16le|mp3|aac|opus|flac)$/);
    },
  );

  it('accepts an MP3 whose cover art is a picture stream', async () => {
    expect(await media.probe(fx.mp3WithCover)).toMatchObject({ container: 'mp3', codec: 'mp3' });
  });

  it.each([
    ['a PNG image', 'png'],
    ['plain text', 'text'],
    ['a PDF', 'pdf'],
  ] as const)('refuses %s as not audio', async (_label, key) => {
    await expect(media.probe(fx[key])).rejects.toMatchObject({
      name: 'UnsupportedMediaError',
      reason: 'not_audio',
    });
  });

  it('refuses a video without audio', async () => {
    const err = await media.probe(fx.videoOnly).catch((e) => e);
    expect(err).toBeInstanceOf(UnsupportedMediaError);
    expect(err.reason).toBe('video');
    expect(err.message).toMatch(/Accepted: WAV, MP3, M4A\/AAC, OGG\/Opus, WebM, FLAC/);
  });

  it('refuses an empty file as undecodable', async () => {
    await expect(media.probe(fx.empty)).rejects.toMatchObject({
      name: 'UndecodableMediaError',
      reason: 'empty',
    });
  });

  it.each([
    ['a truncated M4A', 'truncatedM4a'],
    ['an Ogg header followed by garbage', 'corruptOgg'],
  ] as const)('refuses %s as damaged, without quoting ffprobe', async (_label, key) => {
    const err = await media.probe(fx[key]).catch((e) => e);
    expect(err).toBeInstanceOf(UndecodableMediaError);
    expect(err.reason).toBe('corrupt');
    expect(err.message).toBe('The audio file could not be decoded: it is damaged or truncated.');
  });

  it('refuses a recording longer than MAX_AUDIO_SECONDS', async () => {
    const short = createMediaProcessor(parseConfig({ MAX_AUDIO_SECONDS: '2' }), {
      searchPath: process.env.PATH,
    });
    const err = await short.probe(fx.tagged.flac).catch((e) => e);
    expect(err).toBeInstanceOf(MediaTooLongError);
    expect(err.message).toBe('The recording is longer than the limit of 2 s.');
  });

  it('reports a missing ffmpeg as a processing error, not a bad file', async () => {
    const missing = createMediaProcessor(parseConfig({ FFMPEG_PATH: join(fx.dir, 'no-such-dir') }));
    await expect(missing.probe(fx.tagged.wav)).rejects.toMatchObject({
      name: 'MediaProcessingError',
      reason: 'ffmpeg_missing',
    });
  });
});

describe('normalizeAudio', () => {
  it.each(containers)('turns tagged %s into Opus mono in Ogg with no tags left', async (c) => {
    await media.withTempDir(async (dir) => {
      const out = join(dir, 'normalized.ogg');
      const result = await media.normalizeAudio(fx.tagged[c], out);
      expect(result).toMatchObject({
        container: 'ogg',
        codec: 'opus',
        channels: 1,
        contentType: 'audio/ogg; codecs=opus',
      });
      expect(Math.abs(result.durationMs - 3000)).toBeLessThan(60);
      expect(result.bytes).toBe((await stat(out)).size);

      const probe = await ffprobeJson(out);
      expect(probe.format.format_name).toBe('ogg');
      expect(probe.streams).toHaveLength(1);
      expect(probe.streams[0]).toMatchObject({ codec_type: 'audio', codec_name: 'opus', channels: 1 });
      expect(probe.format.tags ?? {}).toEqual({});
      expect(probe.streams[0]!.tags ?? {}).toEqual({});
      expect(probe.chapters).toEqual([]);
      // Not only what ffprobe shows: no trace of the tags, the encoder or its version in the bytes.
      const bytes = (await readFile(out)).toString('latin1');
      for (const needle of ['Canary', 'Marigold', 'encoder', 'Lavc', 'Lavf', 'libopus']) {
        expect(bytes).not.toContain(needle);
      }
    });
  });

  it('drops cover art and keeps only the audio', async () => {
    await media.withTempDir(async (dir) => {
      await media.normalizeAudio(fx.mp3WithCover, join(dir, 'out.ogg'));
      const probe = await ffprobeJson(join(dir, 'out.ogg'));
      expect(probe.streams.map((s) => s.codec_type)).toEqual(['audio']);
      expect((await readFile(join(dir, 'out.ogg'))).toString('latin1')).not.toContain(TAG_CANARY);
    });
  });

  it('refuses a file whose decoded audio is longer than the limit, whatever its header says', async () => {
    const short = createMediaProcessor(parseConfig({ MAX_AUDIO_SECONDS: '2' }), {
      searchPath: process.env.PATH,
    });
    await short.withTempDir(async (dir) => {
      await expect(short.normalizeAudio(fx.tagged.wav, join(dir, 'out.ogg'))).rejects.toBeInstanceOf(
        MediaTooLongError,
      );
    });
  });

  it.each([
    ['a truncated M4A', 'truncatedM4a'],
    ['a WAV header without samples', 'wavHeaderOnly'],
    ['an empty file', 'empty'],
  ] as const)('refuses %s as undecodable', async (_label, key) => {
    await media.withTempDir(async (dir) => {
      await expect(media.normalizeAudio(fx[key], join(dir, 'out.ogg'))).rejects.toBeInstanceOf(
        UndecodableMediaError,
      );
    });
  });

  it('stops with a retryable processing error when its job is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await media.withTempDir(async (dir) => {
      const err = await media
        .normalizeAudio(fx.speech, join(dir, 'out.ogg'), { signal: controller.signal })
        .catch((e) => e);
      expect(err).toBeInstanceOf(MediaProcessingError);
      expect(err).toMatchObject({ reason: 'aborted', permanent: false });
    });
  });
});

describe('computePeaks', () => {
  it('gives one min/max pair per 100 ms in audiowaveform format', async () => {
    const { peaks, durationMs } = await media.computePeaks(fx.tagged.flac);
    expect(Math.abs(durationMs - 3000)).toBeLessThan(20);
    expect(peaks).toMatchObject({
      version: 2,
      channels: 1,
      sample_rate: 8000,
      samples_per_pixel: 800,
      bits: 8,
    });
    expect(peaks.length).toBe(30);
    expect(peaks.data).toHaveLength(60);
    // A steady tone: every full pair (after the first and before the last) is the same, symmetric and
    // well above silence (ffmpeg's sine is 1/8 of full scale; the stereo→mono mix lowers it by 3 dB).
    const [min, max] = [peaks.data[2]!, peaks.data[3]!];
    expect(max).toBeGreaterThan(8);
    expect(Math.abs(max + min)).toBeLessThanOrEqual(1);
    for (let i = 2; i < 58; i += 2) {
      expect(Math.abs(peaks.data[i]! - min)).toBeLessThanOrEqual(1);
      expect(Math.abs(peaks.data[i + 1]! - max)).toBeLessThanOrEqual(1);
    }
  });

  it('merges pairs so there are no more than asked for', async () => {
    const { peaks } = await media.computePeaks(fx.tagged.ogg, { points: 7 });
    expect(peaks.length).toBeLessThanOrEqual(7);
    expect(peaks.samples_per_pixel % 800).toBe(0);
    expect(peaks.data).toHaveLength(peaks.length * 2);
  });

  it('follows speech: quiet pauses and loud words', async () => {
    const { peaks } = await media.computePeaks(fx.speech);
    const amplitudes = Array.from(
      { length: peaks.length },
      (_, i) => peaks.data[2 * i + 1]! - peaks.data[2 * i]!,
    );
    expect(Math.min(...amplitudes)).toBeLessThan(4);
    expect(Math.max(...amplitudes)).toBeGreaterThan(40);
    expect(peaks.data.every((v) => Number.isInteger(v) && v >= -128 && v <= 127)).toBe(true);
  });

  it('refuses input it cannot decode', async () => {
    await expect(media.computePeaks(fx.truncatedM4a)).rejects.toBeInstanceOf(UndecodableMediaError);
    await expect(media.computePeaks(fx.wavHeaderOnly)).rejects.toBeInstanceOf(UndecodableMediaError);
  });
});
