import { appendAudit } from '../audit/append.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { extractDocument } from '../scan/extract/index.ts';
import { ExtractionError } from '../scan/types.ts';
import type { Upload } from '../uploads/tables.ts';
import type { AuditBase } from '../uploads/transitions.ts';
import { openObject } from '../vault/objects.ts';
import type { Vault } from '../vault/vault.ts';

export interface DocumentLine {
  page: number;
  line: number;
  /** Where outside the main text the line sits (header, footer, footnote…), as the scanner names it. */
  part?: string;
  text: string;
}

/**
 * GET /api/uploads/:id/text after the policy check: a document's text, line by line with page and
 * line as the scanner located them, for reviewers reading a DOCX, RTF or text file in the page (a
 * PDF is drawn by the browser from /content). The stored copy is decrypted in memory (documents
 * are at most MAX_DOCUMENT_BYTES) and the read is logged as `content.text` before it is returned.
 */
export async function readDocumentText(
  deps: { vault: Vault; db: Db },
  input: { upload: Upload; audit: AuditBase; grantId?: string },
): Promise<{ format: string; lines: DocumentLine[] }> {
  const { upload } = input;
  if (upload.status !== 'accepted' || upload.kind !== 'paperwork' || !upload.contentObjectId) {
    throw new AppError('NOT_FOUND', 'This upload has no document text.');
  }
  const opened = await openObject(deps.vault, deps.db, upload.contentObjectId);
  const bytes = new Uint8Array(await new Response(opened.stream).arrayBuffer());
  let lines: DocumentLine[];
  let format: string;
  try {
    const extraction = await extractDocument(bytes);
    format = extraction.format;
    lines = extraction.parts
      .filter((p) => p.source === 'body')
      .flatMap((p) => {
        const out: DocumentLine[] = [];
        let start = 0;
        for (const text of p.text.split('\n')) {
          const at = p.locate(start, start + Math.max(1, text.length)) as {
            page?: number;
            line?: number;
            part?: string;
          };
          out.push({
            page: at.page ?? 1,
            line: at.line ?? out.length + 1,
            ...(at.part ? { part: at.part } : {}),
            text,
          });
          start += text.length + 1;
        }
        return out;
      });
  } catch (err) {
    // The stored copy was checked when it was accepted; failing now is ours, never the reader's input.
    if (err instanceof ExtractionError)
      throw new AppError('UNPROCESSABLE', 'The document text cannot be shown.');
    throw err;
  }
  await appendAudit(deps.db, {
    ...input.audit,
    action: 'content.text',
    outcome: 'success',
    targetType: 'upload',
    targetId: upload.id,
    teamId: upload.teamId,
    detail: { lines: lines.length, ...(input.grantId ? { grantId: input.grantId } : {}) },
  });
  return { format, lines };
}
