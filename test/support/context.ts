import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { createArgon2Hasher } from '../../src/auth/argon2-hasher.ts';
import type { Clock } from '../../src/clock.ts';
import { type Config, parseConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import type { AppDeps } from '../../src/deps.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { createMediaProcessor } from '../../src/media/processor.ts';
import { createScanner } from '../../src/scan/scanner.ts';
import { openStorageLocations } from '../../src/storage/open.ts';
import { openNodeVault } from '../../src/vault/node.ts';
import { openTestDatabase } from './database.ts';
import { openConfiguredBlobStore } from './s3.ts';

/**
 * argon2id with the smallest sensible cost, so signing in dozens of users keeps the suite fast.
 * Production uses OWASP_ARGON2 (src/node.ts); the stored hash carries its parameters either way.
 */
export const testPasswordHasher = createArgon2Hasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });

/** A clock tests move by hand. */
export class TestClock implements Clock {
  current: Date;
  constructor(start = new Date('2026-01-05T09:00:00Z')) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestContext {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  database: Database;
  clock: TestClock;
  config: Config;
  dataDir: string;
  /** Every log line written during the test (for canary checks). */
  logs: string[];
  close(): Promise<void>;
}

/** The whole app on a real database and a blob store of its own (a local directory unless `env` names S3). */
export async function createTestContext(
  env: Record<string, string> = {},
  /** A database of its own (openScratchDatabase) for tests that act on whole tables; closed with the context. */
  options: { database?: Database } = {},
): Promise<TestContext> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-test-'));
  const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...env });
  const database = options.database ?? (await openTestDatabase());
  const logs: string[] = [];
  const clock = new TestClock();
  // STORAGE_LOCATIONS in `env` (the residency tests) names the stores; otherwise the service's own
  // choice of store: a directory under DATA_DIR, or S3 when `env` has s3Env().
  const locations = config.STORAGE_LOCATIONS ? await openStorageLocations(config) : undefined;
  const blobs = locations?.store() ?? (await openConfiguredBlobStore(config));
  const logger = createJsonLogger('debug', (line) => logs.push(line));
  // createScanner loads its word lists once per process and hands every caller that one scanner.
  const scanner = await createScanner();
  const deps: AppDeps = {
    config,
    db: database.db,
    blobs,
    clock,
    logger,
    vault: await openNodeVault(config, { blobs, locations, logger, clock }),
    passwords: testPasswordHasher,
    media: createMediaProcessor(config, { searchPath: process.env.PATH }),
    scanner: async () => scanner,
  };
  const app = createApp(deps);
  return {
    app,
    deps,
    database,
    clock,
    config,
    dataDir,
    logs,
    async close() {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
