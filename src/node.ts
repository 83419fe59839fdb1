import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createArgon2Hasher } from './auth/argon2-hasher.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { openDatabase } from './db/open.ts';
import type { AppDeps } from './deps.ts';
import { registerFeatureJobs } from './jobs/features.ts';
import { JobRunner } from './jobs/runner.ts';
import { createJsonLogger, errorFields, type Logger } from './logger.ts';
import { createMediaProcessor } from './media/processor.ts';
import { createScanner } from './scan/scanner.ts';
import type { BlobStore } from './storage/blob-store.ts';
import { openBlobStore } from './storage/open.ts';
import { enqueueStartupReconcile } from './uploads/reconcile-job.ts';
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
  overrides: { blobs?: BlobStore } = {},
): Promise<NodeRuntime> {
  const database = await openDatabase(config);
  try {
    if (config.MIGRATE_ON_START) await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  const blobs = overrides.blobs ?? openBlobStore(config);
  const vault = await openNodeVault(config, { blobs, logger, clock: systemClock }).catch(async (err) => {
    await database.close();
    throw err;
  });
  const deps: AppDeps = {
    config,
    db: database.db,
    blobs,
    clock: systemClock,
    logger,
    vault,
    passwords: createArgon2Hasher(),
    media: createMediaProcessor(config, { searchPath: process.env.PATH }),
    scanner: await createScanner(),
  };
  return { deps, database, close: () => database.close() };
}

/** A job runner for every feature's jobs, sized by JOB_POLL_MS and JOB_CONCURRENCY; not started. */
function featureJobRunner(runtime: NodeRuntime, logger: Logger): JobRunner {
  const { config } = runtime.deps;
  const runner = new JobRunner({
    db: runtime.deps.db,
    logger,
    pollMs: config.JOB_POLL_MS,
    concurrency: config.JOB_CONCURRENCY,
  });
  registerFeatureJobs(runner, runtime.deps);
  return runner;
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
  const jobRunner = featureJobRunner(runtime, logger);
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

export interface JobWorkerOptions {
  /** Run the jobs due now, then return (a cron-driven container); otherwise run until SIGTERM/SIGINT. */
  once?: boolean;
  /** Another blob store than config's (tests hand in the Worker's local R2). */
  blobs?: BlobStore;
  logger?: Logger;
}

/**
 * `qa-vault worker`: background jobs only, no HTTP. Claims from the same jobs table as every other
 * instance, so it is the home of the work a Worker cannot do (ffmpeg normalization, peaks, STT) and
 * of everything else too; any number can run. Returns how many jobs it ran.
 */
export async function runJobWorker(config: Config, options: JobWorkerOptions = {}): Promise<number> {
  const logger = options.logger ?? createStderrLogger(config);
  const runtime = await buildNodeRuntime(config, logger, { blobs: options.blobs });
  const jobRunner = featureJobRunner(runtime, logger);
  try {
    if (options.once) {
      await jobRunner.tickSchedules();
      const ran = await jobRunner.runUntilIdle();
      logger.info('job worker ran the due jobs', { ran });
      return ran;
    }
    await enqueueStartupReconcile(runtime.deps.db);
    jobRunner.start();
    logger.info('job worker started', { storage: runtime.deps.blobs.kind, database: runtime.database.kind });
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    logger.info('shutting down', { signal });
    // Running jobs get 20 s to finish (inside the usual 30 s before SIGKILL); then they are handed back.
    await jobRunner.stop({ graceMs: 20_000 });
    return 0;
  } finally {
    await runtime.close().catch((err) => logger.error('closing the database failed', errorFields(err)));
  }
}
