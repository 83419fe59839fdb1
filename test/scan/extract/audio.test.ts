import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAudioTags, type FfprobeOutput } from '../../../src/scan/extract/audio-tags.ts';
import { extractAudioMetadata, probeAudio } from '../../../src/scan/extract/probe-audio.ts';
import { ExtractionError, type TextPart } from '../../../src/scan/types.ts';

const field = (parts: TextPart[], name: string) => parts.filter((p) => p.field === name).map((p) => p.text);

describe('audio tags from ffprobe output', () => {
  it('turns container, stream and chapter tags into metadata parts, skipping encoder bookkeeping', () => {
    const probe: FfprobeOutput = {
      format: {
        format_name: 'mov,mp4,m4a,3gp,3g2,mj2',
        tags: {
          major_brand: 'M4A ',
          minor_version: '512',
          compatible_brands: 'M4A isom',
          title: 'Session with Ana',
          artist: 'Dr. Ruth Kim',
          encoder: 'Lavf60.3.100',
          creation_time: '2024-03-05T10:00:00.000000Z',
          'com.apple.quicktime.location.ISO6709': '+37.7749-122.4194+010.000/',
          iTunSMPB: ' 00000000 00000840 0000037C 0000000000046BC4',
        },
      },
      streams: [
        {
          index: 0,
          codec_type: 'audio',
          tags: { TITLE: 'Session with Ana', handler_name: 'SoundHandler', COMMENT: 'Oak Street' },
        },
      ],
      chapters: [{ tags: { title: 'Part about Ben' } }],
    };
    const { format, parts } = extractAudioTags(probe);
    expect(format).toBe('audio-tags');
    expect(parts.every((p) => p.source === 'metadata')).toBe(true);
    expect(field(parts, 'tag:title')).toEqual(['Session with Ana', 'Part about Ben']);
    expect(field(parts, 'tag:artist')).toEqual(['Dr. Ruth Kim']);
    expect(field(parts, 'tag:comment')).toEqual(['Oak Street']);
    expect(field(parts, 'tag:com.apple.quicktime.location.iso6709')).toEqual(['+37.7749-122.4194+010.000/']);
    const fields = parts.map((p) => p.field);
    for (const skipped of ['major_brand', 'encoder', 'creation_time', 'handler_name', 'itunsmpb']) {
      expect(fields).not.toContain(`tag:${skipped}`);
    }
    expect(parts[0]?.locate(0, 1)).toEqual({ field: parts[0]?.field });
  });

  it('returns no parts for a file without tags', () => {
    expect(extractAudioTags({ format: {}, streams: [{}] }).parts).toEqual([]);
  });
});

describe('probeAudio (runs ffprobe)', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qa-vault-audio-'));
    for (const ext of ['mp3', 'm4a', 'ogg', 'flac']) {
      execFileSync('ffmpeg', [
        ...['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.2'],
        ...[
          '-metadata',
          'title=Call with Felix',
          '-metadata',
          'artist=Hana Mori',
          '-metadata',
          'comment=Lives on Pine Ave',
        ],
        ...['-metadata', 'location=+40.7128-074.0060/', file(`tagged.${ext}`)],
      ]);
    }
    writeFileSync(file('garbage.mp3'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    writeFileSync(file('slow-ffprobe'), '#!/bin/sh\nsleep 5\n');
    writeFileSync(file('chatty-ffprobe'), '#!/bin/sh\nyes "{}"\n');
    chmodSync(file('slow-ffprobe'), 0o755);
    chmodSync(file('chatty-ffprobe'), 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['mp3', 'm4a', 'ogg', 'flac'])('reads the tags of a %s file by path and by bytes', async (ext) => {
    for (const input of [file(`tagged.${ext}`), readFileSync(file(`tagged.${ext}`))]) {
      const { parts } = await extractAudioMetadata(input);
      expect(field(parts, 'tag:title')).toEqual(['Call with Felix']);
      expect(field(parts, 'tag:artist')).toEqual(['Hana Mori']);
      expect(field(parts, 'tag:comment')).toEqual(['Lives on Pine Ave']);
      if (ext !== 'm4a') expect(field(parts, 'tag:location')).toEqual(['+40.7128-074.0060/']);
    }
  });

  it('reports the streams so callers can check there is audio', async () => {
    const probe = await probeAudio(file('tagged.ogg'));
    expect(probe.streams?.[0]?.codec_type).toBe('audio');
  });

  it('refuses bytes that are not audio as corrupt, without naming the file', async () => {
    for (const input of [
      file('garbage.mp3'),
      new Uint8Array(0),
      new TextEncoder().encode('#EXTM3U\nfile:///etc/passwd\n'),
    ]) {
      const err = await probeAudio(input).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExtractionError);
      expect((err as ExtractionError).reason).toBe('corrupt');
      expect((err as ExtractionError).message).not.toMatch(/garbage/);
    }
  });

  it('treats a path that looks like an option or a URL as a file name', async () => {
    const err = await probeAudio('-version').catch((e: unknown) => e);
    expect((err as ExtractionError).reason).toBe('corrupt');
    const url = await probeAudio('http://127.0.0.1:9/x.mp3').catch((e: unknown) => e);
    expect((url as ExtractionError).reason).toBe('corrupt');
  });

  it('kills ffprobe after the timeout', async () => {
    const err = await probeAudio(file('tagged.mp3'), {
      ffprobePath: file('slow-ffprobe'),
      timeoutMs: 200,
    }).catch((e: unknown) => e);
    expect((err as ExtractionError).reason).toBe('timeout');
  });

  it('stops ffprobe when its output passes the cap', async () => {
    const err = await probeAudio(file('tagged.mp3'), {
      ffprobePath: file('chatty-ffprobe'),
      maxOutputBytes: 10_000,
    }).catch((e: unknown) => e);
    expect((err as ExtractionError).reason).toBe('corrupt');
  });

  it('says so when ffprobe is missing, as a server problem rather than a refusal', async () => {
    const err = await probeAudio(file('tagged.mp3'), { ffprobePath: file('no-such-ffprobe') }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(ExtractionError);
    expect((err as Error).message).toMatch(/ffprobe was not found/);
  });
});
