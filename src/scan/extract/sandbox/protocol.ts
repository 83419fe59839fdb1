import type { DocumentMetadataFormat } from '../../../documents/strip-metadata.ts';
import type { ExtractionFormat, ExtractionReason } from '../../types.ts';
import type { DocumentExtractOptions } from '../extractor.ts';
import type { PortablePart } from '../part-map.ts';
import type { TranscriptOptions } from '../transcript.ts';

/** Messages between the extraction pool and its child processes (structured clone over IPC). */

export type SandboxJob =
  | { id: number; op: 'document'; bytes: Uint8Array; options: DocumentExtractOptions }
  | { id: number; op: 'strip'; bytes: Uint8Array; format: DocumentMetadataFormat }
  | { id: number; op: 'transcript'; bytes: Uint8Array; options: TranscriptOptions };

export type SandboxReply =
  | { id: number; ok: true; extraction: { format: ExtractionFormat; parts: PortablePart[] } }
  | { id: number; ok: true; bytes: Uint8Array }
  /** An ExtractionError's reason and message (written for people; never file content). */
  | { id: number; ok: false; reason: ExtractionReason; message: string }
  /** Anything else: only its class, since parser messages may quote the file. */
  | { id: number; ok: false; unexpected: string };
