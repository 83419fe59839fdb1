import { asc, eq } from 'drizzle-orm';
import { canonicalJson } from '../audit/chain.ts';
import type { AuditSigner } from '../audit/signer.ts';
import type { Db } from '../db/client.ts';
import { retentionDisposals } from './tables.ts';

/** What the certificate says was done, in NIST SP 800-88's terms. */
export const DISPOSAL_METHOD = 'cryptographic erase: per-object data keys destroyed';
export const DISPOSAL_STANDARD = 'NIST SP 800-88 Rev. 1, purge by cryptographic erase';
export const CERTIFICATE_TYPE = 'qa-vault.disposal-certificate';

export interface CertificateItem {
  uploadId: string;
  kind: string;
  teamId: string;
  acceptedAt: string;
  disposedAt: string;
  dataKeyIds: string[];
}

/** Ids, kinds and times only: never a title, a file name or any content. */
export interface CertificateDocument {
  type: typeof CERTIFICATE_TYPE;
  version: 1;
  certificateId: string;
  organizationId: string;
  runId: string;
  issuedAt: string;
  standard: string;
  method: string;
  uploads: CertificateItem[];
  totals: { uploads: number; dataKeysDestroyed: number };
}

export interface SignedCertificate {
  certificate: CertificateDocument;
  signature: { algorithm: 'HMAC-SHA-256'; keyId: string; mac: string };
}

/**
 * The signed bytes. The MAC key is the access-log checkpoint key; the prefix keeps a certificate's
 * message from ever being read as a checkpoint's (those are 40 raw bytes starting with a seq).
 */
export function certificateMessage(doc: CertificateDocument): Uint8Array {
  return new TextEncoder().encode(`qa-vault disposal certificate v1\n${canonicalJson(doc)}`);
}

/** The certificate lines a run recorded, as the document to sign. */
export async function buildCertificate(
  db: Db,
  input: { certificateId: string; organizationId: string; runId: string; issuedAt: Date },
): Promise<CertificateDocument> {
  const rows = await db
    .select()
    .from(retentionDisposals)
    .where(eq(retentionDisposals.runId, input.runId))
    .orderBy(asc(retentionDisposals.disposedAt), asc(retentionDisposals.uploadId));
  const items = rows.map((r) => ({
    uploadId: r.uploadId,
    kind: r.kind,
    teamId: r.teamId,
    acceptedAt: r.acceptedAt.toISOString(),
    disposedAt: r.disposedAt.toISOString(),
    dataKeyIds: r.dataKeyIds,
  }));
  return {
    type: CERTIFICATE_TYPE,
    version: 1,
    certificateId: input.certificateId,
    organizationId: input.organizationId,
    runId: input.runId,
    issuedAt: input.issuedAt.toISOString(),
    standard: DISPOSAL_STANDARD,
    method: DISPOSAL_METHOD,
    uploads: items,
    totals: { uploads: items.length, dataKeysDestroyed: items.reduce((n, i) => n + i.dataKeyIds.length, 0) },
  };
}

export async function signCertificate(
  signer: AuditSigner,
  doc: CertificateDocument,
): Promise<SignedCertificate> {
  const { keyId, mac } = await signer.sign(certificateMessage(doc));
  return { certificate: doc, signature: { algorithm: 'HMAC-SHA-256', keyId, mac } };
}

export async function verifySignedCertificate(
  signer: AuditSigner,
  signed: SignedCertificate,
): Promise<boolean> {
  return signer.verify(signed.signature.keyId, certificateMessage(signed.certificate), signed.signature.mac);
}
