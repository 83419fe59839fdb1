import { ExtractionError } from '../types.ts';

/**
 * What one file may cost us. Every limit turns into a refusal (`too_large` or `zip_bomb`), never a
 * crash or a truncated scan: a scan that silently skipped the end of a file would accept names in it.
 */
export interface ExtractLimits {
  /** Largest input, in bytes. */
  maxBytes: number;
  /** Most characters of extracted text (body and metadata together). */
  maxTextChars: number;
  /** Most PDF pages. */
  maxPdfPages: number;
  /** Most entries in a DOCX's zip directory. */
  zipMaxEntries: number;
  /** Most bytes that all entries of a DOCX may declare, and that the parts we read may inflate to. */
  zipMaxTotalBytes: number;
  /** Highest inflated/compressed ratio of one entry, checked once it has inflated past 1 MiB. */
  zipMaxEntryRatio: number;
}

export const defaultExtractLimits: ExtractLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxTextChars: 20_000_000,
  maxPdfPages: 2_000,
  zipMaxEntries: 5_000,
  zipMaxTotalBytes: 256 * 1024 * 1024,
  // Word's prose XML deflates about 5–20×, a big empty table up to ~160×; a deflate bomb reaches
  // ~1000×. Ratios are only checked past 1 MiB inflated, so small repetitive parts never trip it,
  // and the total cap above bounds what any ratio can cost.
  zipMaxEntryRatio: 400,
};

export type ExtractOptions = Partial<ExtractLimits>;

export function resolveLimits(options: ExtractOptions | undefined): ExtractLimits {
  const limits = { ...defaultExtractLimits };
  for (const key of Object.keys(limits) as (keyof ExtractLimits)[]) {
    const value = options?.[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0)
      throw new TypeError(`extraction limit ${key} must be positive`);
    limits[key] = value;
  }
  return limits;
}

export function assertWithinSize(bytes: Uint8Array, limits: ExtractLimits): void {
  if (bytes.byteLength > limits.maxBytes) {
    throw new ExtractionError(
      'too_large',
      `The file is larger than the ${formatBytes(limits.maxBytes)} limit for files that are checked.`,
    );
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MiB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KiB`;
  return `${n} bytes`;
}
