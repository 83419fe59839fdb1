/** Audio containers we accept, named as the rest of the code (and the stored records) name them. */
export type AudioContainer = 'wav' | 'mp3' | 'm4a' | 'aac' | 'ogg' | 'webm' | 'flac';

/** How many leading bytes `sniffAudio` needs. */
export const AUDIO_SNIFF_BYTES = 16;

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/**
 * Whether the first bytes start an accepted audio container, by magic number (never by name or
 * declared type). Pure and web-standard, so the upload route can route a stream to the audio or the
 * document path from its first chunk, on any runtime. This is a first gate only: ffprobe decides what
 * the file really holds (an MP4 may be a video, an ID3 tag may precede anything).
 */
export function sniffAudio(head: Uint8Array): AudioContainer | null {
  if ((ascii(head, 0, 'RIFF') || ascii(head, 0, 'RF64')) && ascii(head, 8, 'WAVE')) return 'wav';
  if (ascii(head, 0, 'fLaC')) return 'flac';
  if (ascii(head, 0, 'OggS')) return 'ogg';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  if (ascii(head, 4, 'ftyp')) return 'm4a';
  if (ascii(head, 0, 'ID3')) return 'mp3';
  const [b0, b1] = [head[0] ?? 0, head[1] ?? 0];
  if (b0 === 0xff) {
    // 12 sync bits and layer 00 is AAC in ADTS framing; 11 sync bits and a non-zero layer is MPEG audio.
    if ((b1 & 0xf6) === 0xf0) return 'aac';
    if ((b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0) return 'mp3';
  }
  return null;
}
