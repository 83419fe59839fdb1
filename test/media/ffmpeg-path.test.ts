import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaToolNotFoundError, resolveMediaTool } from '../../src/media/ffmpeg-path.ts';

describe('resolveMediaTool', () => {
  let root: string;
  const dir = (name: string) => join(root, name);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'qa-vault-ffmpeg-path-'));
    for (const d of ['configured', 'on-path', 'empty']) mkdirSync(dir(d));
    for (const tool of ['ffmpeg', 'ffprobe']) {
      for (const d of ['configured', 'on-path']) {
        writeFileSync(join(dir(d), tool), '#!/bin/sh\n');
        chmodSync(join(dir(d), tool), 0o755);
      }
    }
    writeFileSync(join(dir('empty'), 'ffprobe'), 'not executable');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('uses FFMPEG_PATH when it names a directory holding the tools', async () => {
    const options = { ffmpegPath: dir('configured'), searchPath: dir('on-path') };
    expect(await resolveMediaTool('ffprobe', options)).toBe(join(dir('configured'), 'ffprobe'));
    expect(await resolveMediaTool('ffmpeg', options)).toBe(join(dir('configured'), 'ffmpeg'));
  });

  it('accepts FFMPEG_PATH naming the ffmpeg binary, and finds ffprobe beside it', async () => {
    const options = { ffmpegPath: join(dir('configured'), 'ffmpeg') };
    expect(await resolveMediaTool('ffmpeg', options)).toBe(join(dir('configured'), 'ffmpeg'));
    expect(await resolveMediaTool('ffprobe', options)).toBe(join(dir('configured'), 'ffprobe'));
  });

  it('fails rather than falling back when FFMPEG_PATH is set but wrong', async () => {
    await expect(
      resolveMediaTool('ffprobe', { ffmpegPath: dir('empty'), searchPath: dir('on-path') }),
    ).rejects.toThrow(MediaToolNotFoundError);
  });

  it('searches the PATH it is given, skipping entries without an executable', async () => {
    const searchPath = [dir('empty'), dir('on-path')].join(delimiter);
    expect(await resolveMediaTool('ffprobe', { searchPath })).toBe(join(dir('on-path'), 'ffprobe'));
    await expect(resolveMediaTool('ffprobe', { searchPath: dir('empty') })).rejects.toThrow(/FFMPEG_PATH/);
  });

  it('leaves the lookup to spawn when given no PATH', async () => {
    expect(await resolveMediaTool('ffprobe')).toBe('ffprobe');
  });
});
