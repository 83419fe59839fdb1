import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createArgon2Hasher } from './auth/argon2-hasher.ts';
import { clockFromConfig } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { openDatabase } from './db/open.ts';
import type { AppDeps } from './deps.ts';
import { registerFeatureJobs } from './jobs/features.ts';
import { JobRunner } from './jobs/runner.ts';
import { createJsonLogger, errorFields, type Logger } from './logger.ts';
import { createMediaProcessor } from './media/processor.ts';
import { createScanner } from './scan/scanner.ts';
import { openStorageLocations } from './storage/open.ts';
import { enqueueStartupReconcile } from './uploads/jobs.ts';
import { openNodeVault } from './vault/node.ts';

export interface NodeRuntime {
  deps: AppDeps;
  database: Database;
  close(): Promise<void>;
}

export function createStderrLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return createJsonLogger(config.LOG_LEVEL, (line) => process.stderr.write(line));
}

/** Opens the database (migrated) and the blob store: what `serve` and the CLI commands share. */
export async function buildNodeRuntime(
  config: Config,
  logger = createStderrLogger(config),
): Promise<NodeRuntime> {
  const database = await openDatabase(config);
  try {
    if (config.MIGRATE_ON_START) await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  const locations = openStorageLocations(config);
  const blobs = locations.store();
  const clock = clockFromConfig(config);
  const vault = await openNodeVault(config, { blobs, locations, logger, clock }).catch(async (err) => {
    await database.close();
    throw err;
  });
  const deps: AppDeps = {
    config,
    db: database.db,
    blobs,
    clock,
    logger,
    vault,
    passwords: createArgon2Hasher(),
    media: createMediaProcessor(config, { searchPath: process.env.PATH }),
    scanner: await createScanner(),
  };
  return { deps, database, close: () => database.close() };
}

/** Serves until SIGTERM/SIGINT, then stops accepting, lets in-flight requests finish and closes pools. */
export async function serveNode(config: Config): Promise<void> {
  const logger = createStderrLogger(config);
  const runtime = await buildNodeRuntime(config, logger);
  const app = createApp(runtime.deps);
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  logger.info('listening', {
    url: `http://${config.HOST}:${port}`,
    database: runtime.database.kind,
    storage: runtime.deps.blobs.kind,
  });
  // Background jobs run in every serving instance; the queue in Postgres shares the work out.
  const jobRunner = new JobRunner({
    db: runtime.deps.db,
    logger,
    pollMs: config.JOB_POLL_MS,
    concurrency: config.JOB_CONCURRENCY,
    clock: runtime.deps.clock,
  });
  registerFeatureJobs(jobRunner, runtime.deps);
  // What a crash left in the upload pipeline is cleaned up now, not at the next scheduled slot.
  await enqueueStartupReconcile(runtime.deps.db);
  jobRunner.start();
  let jobsStopped: Promise<void> | undefined;

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      // Running jobs get 20 s to finish (inside the usual 30 s before SIGKILL); then they are handed back.
      jobsStopped = jobRunner.stop({ graceMs: 20_000 });
      // Keep-alive sockets would hold close() open forever; idle ones go now, busy ones after their response.
      server.close(() => resolve());
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      setTimeout(() => {
        logger.warn('in-flight requests did not finish in 25s; closing connections');
        if ('closeAllConnections' in server) server.closeAllConnections();
      }, 25_000).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await jobsStopped;
  await runtime.close().catch((err) => logger.error('closing the database failed', errorFields(err)));
  logger.info('stopped');
}
