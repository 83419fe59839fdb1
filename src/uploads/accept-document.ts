import type { AppDeps } from '../deps.ts';
import { teamLocation } from '../residency/location.ts';
import { crashPoint } from './crash.ts';
import { acceptUpload, type Received, rejectionError, rejectUpload } from './decide.ts';
import { extractorOf } from './extraction.ts';
import { type AcceptedDocumentFormat, documentContentTypes, inspectDocument } from './inspect-document.ts';
import { scanUpload } from './scan.ts';
import type { Upload, UploadStatus } from './tables.ts';
import type { AuditBase } from './transitions.ts';
import { acceptedPrefix, putBytes } from './vault-files.ts';

/** A text file keeps the encoding it came in; its byte-order mark says which (UTF-8 otherwise). */
function contentTypeOf(format: AcceptedDocumentFormat, bytes: Uint8Array): string {
  if (format !== 'text') return documentContentTypes[format];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'text/plain; charset=utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'text/plain; charset=utf-16be';
  return documentContentTypes.text;
}

/**
 * Paperwork is decided before the request is answered: documents are small, so the uploader learns
 * at once. Text and metadata are scanned; a clean document's metadata (PDF info and XMP, DOCX
 * properties and comment authors) is stripped, the stripped copy stored as what reviewers read, and
 * the quarantined original shredded in the transaction that accepts it.
 */
export async function acceptDocument(
  deps: AppDeps,
  input: {
    uploadId: string;
    from: readonly UploadStatus[];
    audit: AuditBase;
    base: Omit<Received, 'format'>;
  },
): Promise<Upload> {
  const { base } = input;
  const doc = await inspectDocument(deps, base.originalObjectId);
  const received: Received = { ...base, format: doc.format };
  const verdict = await scanUpload(deps, { teamId: base.teamId, title: base.title, file: doc.extraction });
  if (!verdict.accepted) {
    const row = await rejectUpload(deps, { ...input, received, verdict, withTranscript: false });
    throw rejectionError(row);
  }
  crashPoint(deps.config, 'scanned');
  const stripped = await extractorOf(deps).strip(doc.bytes, doc.format);
  const location = await teamLocation(deps, base.teamId);
  const clean = await putBytes(deps.vault, deps.db, acceptedPrefix(input.uploadId), stripped, location);
  crashPoint(deps.config, 'stripped');
  return acceptUpload(deps, {
    ...input,
    received,
    set: {
      contentObjectId: clean.objectId,
      contentType: contentTypeOf(doc.format, stripped),
      processedAt: input.audit.at,
    },
    shred: [base.originalObjectId],
    withTranscript: false,
    processAudio: false,
  });
}
