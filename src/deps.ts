import type { PasswordHasher } from './auth/password-hasher.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { Logger } from './logger.ts';
import type { MediaProcessor } from './media/processor.ts';
import type { Extractor } from './scan/extract/extractor.ts';
import type { Scanner } from './scan/scanner.ts';
import type { BlobStore } from './storage/blob-store.ts';
import type { Vault } from './vault/vault.ts';

/**
 * Everything the app needs from the outside world. Entrypoints (Node, Worker, tests, CLI) build
 * it; nothing in src/ reaches for a global instead. Feature issues add their dependencies here.
 */
export interface AppDeps {
  config: Config;
  db: Db;
  blobs: BlobStore;
  clock: Clock;
  logger: Logger;
  /**
   * Audio probe, normalization and peaks over ffmpeg (Node-only, src/media/). Null in the Worker:
   * recordings are then inspected and normalized by the Node job worker (`qa-vault worker`).
   */
  media: MediaProcessor | null;
  /** Envelope encryption over `blobs`, KEKs and purpose keys (src/vault/). */
  vault: Vault;
  /**
   * The de-identification scanner (src/scan/). Its word lists and models take ~200 MB, so they are
   * loaded on the first upload that needs them, once; later calls resolve at once to the same scanner.
   */
  scanner: () => Promise<Scanner>;
  /**
   * Where uploaded files are parsed: Node's entry gives a sandbox of child processes with memory and
   * time limits (scan/extract/sandbox); absent (Worker, in-process tests) → parsed in this process.
   */
  extractor?: Extractor;
  /** argon2id in Node (native binding); the Worker entry brings its own or none. */
  passwords: PasswordHasher;
}
