/**
 * The one list of demuxers ffprobe and ffmpeg may use on audio we were handed (`-format_whitelist`).
 * A whitelist keeps them from following playlists (HLS, concat) or image sequences to other files or
 * URLs: input comes only through the one file or pipe we give them.
 *
 * It holds every container an accepted recording can be (src/media/probe.ts maps ffprobe's names to
 * ours and refuses the rest) and the few more the `qa-vault scan` command reads tags from (AIFF, CAF,
 * W64, AMR); an upload in one of those is probed, then refused as an unsupported format.
 */
export const audioDemuxers = [
  'wav',
  'w64',
  'mp3',
  'mov,mp4,m4a,3gp,3g2,mj2',
  'aac',
  'ogg',
  'matroska,webm',
  'flac',
  'aiff',
  'caf',
  'amr',
].join(',');
