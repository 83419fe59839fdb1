import type { Extraction } from '../types.ts';
import { defaultExtractLimits } from './limits.ts';
import { MetadataCollector, TextBudget } from './position-map.ts';

/** The parts of `ffprobe -print_format json -show_format -show_streams -show_chapters` output we read. */
export interface FfprobeOutput {
  format?: { format_name?: string; duration?: string; tags?: Record<string, unknown> };
  streams?: { index?: number; codec_type?: string; codec_name?: string; tags?: Record<string, unknown> }[];
  chapters?: { tags?: Record<string, unknown> }[];
}

/**
 * Tags written by encoders and muxers rather than people: container brands, encoder versions,
 * stream handler names, byte/frame statistics (Matroska `_STATISTICS_*`, `DURATION`), iTunes gapless
 * data (hex that looks like an account number to a pattern detector), and the recording's
 * `creation_time`, which normalization strips and which is not text anyone typed.
 */
const technical =
  /^(major_brand|minor_version|compatible_brands|encoder|handler_name|vendor_id|language|creation_time|duration|timecode|itun\w*|_statistics_\w*|bps|number_of_frames|number_of_bytes|encoder_options)(-\w+)?$/i;

/**
 * Audio metadata as text: every container, stream and chapter tag that a person (or their phone)
 * could have filled in — ID3 (title, artist, album, comment, TXXX…), Vorbis comments, MP4 atoms
 * (©nam, ©cmt, ©xyz location), Matroska tags. Field names are `tag:<key>` in lower case, so
 * `TITLE` (Vorbis) and `title` (ID3) read the same; the file name ffprobe reports is never read.
 */
export function extractAudioTags(probe: FfprobeOutput): Extraction {
  const meta = new MetadataCollector(new TextBudget(defaultExtractLimits.maxTextChars));
  const add = (tags: Record<string, unknown> | undefined) => {
    for (const [key, value] of Object.entries(tags ?? {})) {
      if (technical.test(key)) continue;
      meta.add(`tag:${key.toLowerCase()}`, typeof value === 'string' ? value : undefined);
    }
  };
  add(probe.format?.tags);
  for (const stream of probe.streams ?? []) add(stream.tags);
  for (const chapter of probe.chapters ?? []) add(chapter.tags);
  return { format: 'audio-tags', parts: meta.parts };
}
