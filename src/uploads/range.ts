import type { ObjectRange } from '../vault/objects.ts';

/**
 * One byte range from a `Range` header (RFC 9110 14.1.2): `bytes=a-b`, `bytes=a-`, `bytes=-n`.
 * A header we do not serve ranges for — another unit, several ranges, nonsense — is ignored and the
 * whole content is sent, as the RFC allows; a range beyond the content is the vault's 416.
 */
export function parseRange(header: string | undefined): ObjectRange | undefined {
  if (!header) return undefined;
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header.trim());
  if (!match) return undefined;
  const [, first, last] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') return { suffix: Number(last) };
  const start = Number(first);
  if (last === '') return { start };
  const end = Number(last);
  // An inverted range is syntactically invalid: ignore it and send everything.
  return end < start ? undefined : { start, end };
}
