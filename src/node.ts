import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { chainPendingEntries } from './audit/sequencer.ts';
import { startAuditSequencer } from './audit/sequencer-loop.ts';
import { createArgon2Hasher } from './auth/argon2-hasher.ts';
import { clockFromConfig } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { openDatabase } from './db/open.ts';
import type { AppDeps } from './deps.ts';
import { answerFramingErrors } from './http/framing-errors.ts';
import { trackInFlight } from './http/in-flight.ts';
import { guardRequests, installLastResort } from './http/last-resort.ts';
import { registerFeatureJobs } from './jobs/features.ts';
import { JobRunner } from './jobs/runner.ts';
import { createJsonLogger, errorFields, type Logger } from './logger.ts';
import { createMediaProcessor } from './media/processor.ts';
import { createExtractionSandbox, type ExtractionSandbox } from './scan/extract/sandbox/pool.ts';
import { issueSetupToken } from './setup/service.ts';
import type { BlobStore } from './storage/blob-store.ts';
import { singleLocation } from './storage/locations.ts';
import { openStorageLocations } from './storage/open.ts';
import { crashPoint } from './uploads/crash.ts';
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

/**
 * The scanner, imported and loaded when first asked for: an idle `serve` (and every CLI command that
 * never scans) does not hold its word lists. A failed load is not cached, so the next upload retries.
 */
function loadScannerOnFirstUse(): AppDeps['scanner'] {
  let loading: ReturnType<AppDeps['scanner']> | undefined;
  return () => {
    loading ??= import('./scan/scanner.ts')
      .then(({ createScanner }) => createScanner())
      .catch((err) => {
        loading = undefined;
        throw err;
      });
    return loading;
  };
}

/** Opens the database (migrated) and the blob store: what `serve` and the CLI commands share. */
export async function buildNodeRuntime(
  config: Config,
  logger = createStderrLogger(config),
  /** Who opens it, named in the embedded database's owner lock. */
  command = 'cli',
  overrides: { blobs?: BlobStore } = {},
): Promise<NodeRuntime> {
  const database = await openDatabase(config, command);
  try {
    if (config.MIGRATE_ON_START) await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  const locations = overrides.blobs ? singleLocation(overrides.blobs) : await openStorageLocations(config);
  const blobs = locations.store();
  const clock = clockFromConfig(config);
  const vault = await openNodeVault(config, { blobs, locations, logger, clock }).catch(async (err) => {
    await database.close();
    throw err;
  });
  // Uploaded files are parsed in capped child processes, never in the server's own memory.
  const sandbox: ExtractionSandbox = createExtractionSandbox({
    concurrency: config.EXTRACT_CONCURRENCY,
    memoryMb: config.EXTRACT_MEMORY_MB,
    timeoutMs: config.EXTRACT_TIMEOUT_SECONDS * 1000,
    logger,
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
    scanner: loadScannerOnFirstUse(),
    extractor: sandbox,
  };
  return {
    deps,
    database,
    async close() {
      await sandbox.close();
      await database.close();
    },
  };
}

/**
 * First run: while no administrator exists, a one-time link (1 h) to create one in the browser. Every
 * start issues a new link and voids the last; `qa-vault user add` remains the other way in.
 */
function logSetupLink(
  logger: Logger,
  setup: { token: string; expiresAt: Date } | undefined,
  baseUrl: string,
): void {
  if (!setup) return;
  logger.warn('no administrator yet: open this link to create one (single use, valid 1 hour)', {
    setupUrl: `${baseUrl}/setup?token=${setup.token}`,
    expiresAt: setup.expiresAt.toISOString(),
  });
}

/**
 * Something that runs beside the HTTP server for the server's lifetime (the CLI's admin socket).
 * Started once the runtime is built; the function it returns stops it.
 */
export type Sidecar = (runtime: NodeRuntime, logger: Logger) => Promise<() => Promise<void>>;

/** A job runner for every feature's jobs, sized by JOB_POLL_MS and JOB_CONCURRENCY; not started. */
function featureJobRunner(runtime: NodeRuntime, logger: Logger): JobRunner {
  const { config } = runtime.deps;
  const runner = new JobRunner({
    db: runtime.deps.db,
    logger,
    pollMs: config.JOB_POLL_MS,
    concurrency: config.JOB_CONCURRENCY,
    clock: runtime.deps.clock,
  });
  registerFeatureJobs(runner, runtime.deps);
  return runner;
}

/**
 * The first SIGTERM or SIGINT from the moment this is called. Listening before start-up means a signal
 * that lands while the process is still starting (a sidecar, the job runner) waits for start-up and
 * then stops it cleanly, instead of killing it half-built with the default action.
 */
function firstStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

/** Serves until SIGTERM/SIGINT, then stops accepting, lets in-flight requests finish and closes pools. */
export async function serveNode(config: Config, sidecars: Sidecar[] = []): Promise<void> {
  const stopSignal = firstStopSignal();
  const logger = createStderrLogger(config);
  const runtime = await buildNodeRuntime(config, logger, 'serve');
  const app = createApp(runtime.deps);
  const setup = await issueSetupToken(runtime.deps.db, runtime.deps.clock.now());
  const removeLastResort = installLastResort(logger);
  const inFlight = trackInFlight(guardRequests(app.fetch));
  const server = serve({ fetch: inFlight.fetch, hostname: config.HOST, port: config.PORT });
  // Node closes an idle keep-alive socket after 5 s; a client (a load balancer, a browser's request
  // pool) that sends on it at that moment gets a reset instead of an answer. Idle sockets stay open
  // longer than common balancers' 60 s, and headers may take a moment more than that.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  answerFramingErrors(server, logger);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  logger.info('listening', {
    url: `http://${config.HOST}:${port}`,
    database: runtime.database.kind,
    storage: runtime.deps.blobs.kind,
  });
  logSetupLink(logger, setup, `http://${config.HOST}:${port}`);
  // Background jobs run in every serving instance; the queue in Postgres shares the work out.
  const jobRunner = featureJobRunner(runtime, logger);
  // What a crash left in the upload pipeline is cleaned up now, not at the next scheduled slot.
  await enqueueStartupReconcile(runtime.deps.db);
  jobRunner.start();
  // Requests only insert access-log entries; this links them into the chain (docs/access-log.md).
  const sequencer = startAuditSequencer({
    db: runtime.deps.db,
    logger,
    everyMs: config.AUDIT_SEQUENCER_MS,
    beforeCommit: () => crashPoint(config, 'chained'),
  });
  const stopSidecars: (() => Promise<void>)[] = [];
  for (const start of sidecars) stopSidecars.push(await start(runtime, logger));

  const signal = await stopSignal;
  logger.info('shutting down', { signal });
  // Running jobs get 20 s to finish (inside the usual 30 s before SIGKILL); then they are handed back.
  const jobsStopped = jobRunner.stop({ graceMs: 20_000 });
  await new Promise<void>((resolve) => {
    // Keep-alive sockets would hold close() open forever; idle ones go now, busy ones after their response.
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('in-flight requests did not finish in 25s; closing connections');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, 25_000).unref();
  });
  // A client that hung up leaves its handler running (its socket is gone, so close() did not wait
  // for it); the database must stay open until it has written what it was writing.
  if (!(await inFlight.drained(25_000)))
    logger.warn('requests still running at shutdown', { running: inFlight.count() });
  await jobsStopped;
  await sequencer.stop();
  // One last turn, so what the final requests recorded is chained now rather than by another instance.
  await chainPendingEntries(runtime.deps.db).catch((err) =>
    logger.error('chaining the access log at shutdown failed', errorFields(err)),
  );
  for (const stopSidecar of stopSidecars) await stopSidecar().catch(() => {});
  await runtime.close().catch((err) => logger.error('closing the database failed', errorFields(err)));
  removeLastResort();
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
  // A run-once worker keeps the default action: a signal ends it where it stands, as it should a cron job.
  const stopSignal = options.once ? undefined : firstStopSignal();
  const logger = options.logger ?? createStderrLogger(config);
  const runtime = await buildNodeRuntime(config, logger, 'worker', { blobs: options.blobs });
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
    // Where no `serve` runs (a Workers deployment), this is what chains the access log within a second.
    const sequencer = startAuditSequencer({
      db: runtime.deps.db,
      logger,
      everyMs: config.AUDIT_SEQUENCER_MS,
    });
    logger.info('job worker started', { storage: runtime.deps.blobs.kind, database: runtime.database.kind });
    const signal = await stopSignal!;
    logger.info('shutting down', { signal });
    // Running jobs get 20 s to finish (inside the usual 30 s before SIGKILL); then they are handed back.
    await jobRunner.stop({ graceMs: 20_000 });
    await sequencer.stop();
    await chainPendingEntries(runtime.deps.db).catch((err) =>
      logger.error('chaining the access log at shutdown failed', errorFields(err)),
    );
    return 0;
  } finally {
    await runtime.close().catch((err) => logger.error('closing the database failed', errorFields(err)));
  }
}
