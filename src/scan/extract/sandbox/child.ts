import { stripDocumentMetadata } from '../../../documents/strip-metadata.ts';
import { ExtractionError } from '../../types.ts';
import { extractDocumentWithinBudget } from '../extractor.ts';
import { portablePart } from '../part-map.ts';
import { extractTranscript } from '../transcript.ts';
import type { SandboxJob, SandboxReply } from './protocol.ts';

/**
 * The extraction child: runs one job at a time for the pool (pool.ts), which caps its memory and
 * time and kills it when it goes over. Nothing here needs to defend itself beyond reporting errors:
 * a file that would cost too much takes this process down, never the server.
 */

const send = (reply: SandboxReply) => process.send?.(reply);

async function run(job: SandboxJob): Promise<SandboxReply> {
  switch (job.op) {
    case 'document': {
      const extraction = await extractDocumentWithinBudget(job.bytes, job.options);
      return {
        id: job.id,
        ok: true,
        extraction: { format: extraction.format, parts: extraction.parts.map(portablePart) },
      };
    }
    case 'transcript': {
      const extraction = extractTranscript(job.bytes, job.options);
      return {
        id: job.id,
        ok: true,
        extraction: { format: extraction.format, parts: extraction.parts.map(portablePart) },
      };
    }
    case 'strip':
      return { id: job.id, ok: true, bytes: await stripDocumentMetadata(job.bytes, job.format) };
  }
}

process.on('message', (job: SandboxJob) => {
  run(job).then(send, (err: unknown) => {
    if (err instanceof ExtractionError)
      send({ id: job.id, ok: false, reason: err.reason, message: err.message });
    else send({ id: job.id, ok: false, unexpected: err instanceof Error ? err.name : typeof err });
  });
});
// The pool went away (server stopped or crashed): nothing left to do.
process.on('disconnect', () => process.exit(0));
