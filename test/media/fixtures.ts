import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Text planted in every tag; it must not survive normalization anywhere in the output bytes. */
export const TAG_CANARY = 'Canary Marigold Oakfield';

const tags = ['title', 'artist', 'album', 'comment'].flatMap((k) => ['-metadata', `${k}=${TAG_CANARY} ${k}`]);

export async function ffmpeg(args: string[]): Promise<void> {
  await exec('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args]);
}

/** ffprobe's JSON for a file, tags included (tests only: production never prints this). */
export async function ffprobeJson(file: string): Promise<{
  format: { format_name: string; duration?: string; tags?: Record<string, string> };
  streams: {
    codec_type: string;
    codec_name: string;
    channels?: number;
    sample_rate?: string;
    tags?: object;
  }[];
  chapters: { tags?: object }[];
}> {
  const { stdout } = await exec('ffprobe', [
    ...['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', file],
  ]);
  return JSON.parse(stdout);
}

export interface AudioFixtures {
  dir: string;
  /** 3 s of stereo 440 Hz sine at 44.1 kHz, tagged, one per accepted container. */
  tagged: Record<'wav' | 'mp3' | 'm4a' | 'aac' | 'ogg' | 'webm' | 'flac', string>;
  /** An MP3 with cover art (an attached picture stream) and tags. */
  mp3WithCover: string;
  /** A few seconds of espeak-ng speech as MP3 (pauses between words make the waveform uneven). */
  speech: string;
  videoOnly: string;
  png: string;
  text: string;
  pdf: string;
  empty: string;
  truncatedM4a: string;
  corruptOgg: string;
  wavHeaderOnly: string;
  close(): Promise<void>;
}

export async function makeAudioFixtures(): Promise<AudioFixtures> {
  const dir = await mkdtemp(join(tmpdir(), 'qa-vault-media-fixtures-'));
  const at = (name: string) => join(dir, name);
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100:duration=3', '-ac', '2'];
  const encoders = {
    wav: ['-c:a', 'pcm_s16le', '-f', 'wav'],
    mp3: ['-c:a', 'libmp3lame', '-b:a', '64k', '-f', 'mp3'],
    m4a: ['-c:a', 'aac', '-b:a', '64k', '-f', 'ipod'],
    aac: ['-c:a', 'aac', '-b:a', '64k', '-f', 'adts'],
    ogg: ['-c:a', 'libopus', '-b:a', '48k', '-f', 'ogg'],
    webm: ['-c:a', 'libopus', '-b:a', '48k', '-f', 'webm'],
    flac: ['-c:a', 'flac', '-f', 'flac'],
  };
  const tagged = {} as AudioFixtures['tagged'];
  await Promise.all(
    Object.entries(encoders).map(async ([name, enc]) => {
      tagged[name as keyof typeof encoders] = at(`tagged-${name}`);
      await ffmpeg([...sine, ...tags, ...enc, at(`tagged-${name}`)]);
    }),
  );
  await ffmpeg(['-f', 'lavfi', '-i', 'color=c=red:s=32x32:d=1', '-frames:v', '1', at('cover.png')]);
  await ffmpeg([
    ...['-i', tagged.mp3, '-i', at('cover.png'), '-map', '0:a', '-map', '1:v', '-c:a', 'copy', '-c:v', 'png'],
    ...['-disposition:v', 'attached_pic', ...tags, '-id3v2_version', '3', '-f', 'mp3', at('cover.mp3')],
  ]);
  await exec('espeak-ng', ['-w', at('speech.wav'), 'Quality review. This is a short test recording.']);
  await ffmpeg(['-i', at('speech.wav'), ...tags, '-c:a', 'libmp3lame', '-f', 'mp3', at('speech.mp3')]);
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    'testsrc=duration=1:size=64x64:rate=10',
    '-c:v',
    'mpeg4',
    '-f',
    'mp4',
    at('video'),
  ]);

  await writeFile(at('empty'), new Uint8Array());
  await writeFile(at('text'), 'Session notes, nothing audio about them.\n');
  await writeFile(at('pdf'), '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const m4a = await readFile(tagged.m4a);
  await writeFile(at('truncated.m4a'), m4a.subarray(0, Math.floor(m4a.length / 2)));
  const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
  await writeFile(at('corrupt.ogg'), Buffer.concat([Buffer.from('OggS'), garbage]));
  await writeFile(at('header-only.wav'), (await readFile(tagged.wav)).subarray(0, 44));

  return {
    dir,
    tagged,
    mp3WithCover: at('cover.mp3'),
    speech: at('speech.mp3'),
    videoOnly: at('video'),
    png: at('cover.png'),
    text: at('text'),
    pdf: at('pdf'),
    empty: at('empty'),
    truncatedM4a: at('truncated.m4a'),
    corruptOgg: at('corrupt.ogg'),
    wavHeaderOnly: at('header-only.wav'),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
