import { z } from 'zod';
import { CERTIFICATE_TYPE, type CertificateDocument, type SignedCertificate } from './certificate.ts';

/**
 * A certificate as a file: JSON (the signed document and its signature, as served) or CSV for
 * spreadsheets — a field/value block, a blank line, then one row per disposed upload. Both carry
 * everything signed, so `qa-vault retention verify-certificate` checks either.
 */

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const row = (values: (string | number)[]) => values.map((v) => cell(String(v))).join(',');
const ITEM_HEADER = ['uploadId', 'kind', 'teamId', 'acceptedAt', 'disposedAt', 'dataKeyIds'];

export function certificateToCsv(signed: SignedCertificate): string {
  const c = signed.certificate;
  const lines = [
    row(['field', 'value']),
    row(['type', c.type]),
    row(['version', c.version]),
    row(['certificateId', c.certificateId]),
    row(['organizationId', c.organizationId]),
    row(['runId', c.runId]),
    row(['issuedAt', c.issuedAt]),
    row(['standard', c.standard]),
    row(['method', c.method]),
    row(['signatureAlgorithm', signed.signature.algorithm]),
    row(['keyId', signed.signature.keyId]),
    row(['mac', signed.signature.mac]),
    '',
    row(ITEM_HEADER),
    ...c.uploads.map((u) =>
      row([u.uploadId, u.kind, u.teamId, u.acceptedAt, u.disposedAt, u.dataKeyIds.join(' ')]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cur: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cur.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cur.push(field);
      rows.push(cur);
      cur = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || cur.length > 0) rows.push([...cur, field]);
  return rows;
}

const signedSchema = z.object({
  certificate: z.object({
    type: z.literal(CERTIFICATE_TYPE),
    version: z.literal(1),
    certificateId: z.string(),
    organizationId: z.string(),
    runId: z.string(),
    issuedAt: z.string(),
    standard: z.string(),
    method: z.string(),
    uploads: z.array(
      z.object({
        uploadId: z.string(),
        kind: z.string(),
        teamId: z.string(),
        acceptedAt: z.string(),
        disposedAt: z.string(),
        dataKeyIds: z.array(z.string()),
      }),
    ),
    totals: z.object({ uploads: z.number(), dataKeysDestroyed: z.number() }),
  }),
  signature: z.object({ algorithm: z.literal('HMAC-SHA-256'), keyId: z.string(), mac: z.string() }),
});

function fromCsv(text: string): unknown {
  const rows = parseCsv(text);
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  if (blank < 0 || rows[0]?.join(',') !== 'field,value') throw new Error('not a disposal certificate CSV');
  const fields = Object.fromEntries(rows.slice(1, blank).map((r) => [r[0], r[1]]));
  if (rows[blank + 1]?.join(',') !== ITEM_HEADER.join(','))
    throw new Error('the upload table header is missing');
  const uploads = rows
    .slice(blank + 2)
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map(([uploadId, kind, teamId, acceptedAt, disposedAt, keys]) => ({
      uploadId,
      kind,
      teamId,
      acceptedAt,
      disposedAt,
      dataKeyIds: keys ? keys.split(' ') : [],
    }));
  const certificate: CertificateDocument = {
    type: fields.type as typeof CERTIFICATE_TYPE,
    version: Number(fields.version) as 1,
    certificateId: fields.certificateId!,
    organizationId: fields.organizationId!,
    runId: fields.runId!,
    issuedAt: fields.issuedAt!,
    standard: fields.standard!,
    method: fields.method!,
    uploads: uploads as CertificateDocument['uploads'],
    totals: {
      uploads: uploads.length,
      dataKeysDestroyed: uploads.reduce((n, u) => n + u.dataKeyIds.length, 0),
    },
  };
  return {
    certificate,
    signature: { algorithm: fields.signatureAlgorithm, keyId: fields.keyId, mac: fields.mac },
  };
}

/** Reads a certificate file in either format; throws a readable Error when it is neither. */
export function parseCertificateFile(text: string): SignedCertificate {
  const trimmed = text.trimStart();
  let raw: unknown;
  try {
    raw = trimmed.startsWith('{') ? JSON.parse(trimmed) : fromCsv(text);
  } catch (err) {
    // JSON.parse quotes the text it choked on; only our own CSV messages are safe to repeat.
    const why = trimmed.startsWith('{') ? 'invalid JSON' : (err as Error).message;
    throw new Error(`not a disposal certificate: ${why}`);
  }
  const parsed = signedSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error('not a disposal certificate: required fields are missing or malformed');
  return parsed.data as SignedCertificate;
}
