import { createJsArgon2Hasher } from '../auth/js-argon2-hasher.ts';
import { systemClock } from '../clock.ts';
import { type Config, ConfigError, parseConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { createJsonLogger, type Logger } from '../logger.ts';
import type { Lexicon } from '../scan/lexicon/load.ts';
import { lexiconFromData } from '../scan/lexicon/load.ts';
import { decodeGzippedLexicon } from '../scan/lexicon/snapshot.ts';
import { createScanner, type Scanner } from '../scan/scanner.ts';
import { R2BlobStore, type R2Like } from '../storage/r2-store.ts';
import { KeyRing } from '../vault/key-ring.ts';
import { createVault, type Vault } from '../vault/vault.ts';

/** The bindings wrangler.toml declares, plus vars and secrets (all strings) for the config schema. */
export interface WorkerEnv {
  HYPERDRIVE: { connectionString: string };
  BLOBS: R2Like;
  ASSETS?: { fetch(request: Request): Promise<Response> };
  [name: string]: unknown;
}

/** What lives as long as the isolate: parsed config, key ring, vault, scanner. No I/O object among them. */
interface Isolate {
  config: Config;
  logger: Logger;
  vault: Vault;
  scanner: () => Promise<Scanner>;
}

const isolates = new WeakMap<object, Promise<Isolate>>();

/** Vars and secrets as the config schema's input: the same variables, names and rules as on Node. */
export function configFromEnv(env: WorkerEnv): Config {
  const source: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) if (typeof value === 'string') source[name] = value;
  const config = parseConfig(source);
  if (config.VAULT_KEYS?.kind !== 'inline') {
    throw new ConfigError(['VAULT_KEYS: the Worker needs the key ring inline, as a secret holding its JSON']);
  }
  return config;
}

async function openIsolate(env: WorkerEnv, lexiconGz: ArrayBuffer): Promise<Isolate> {
  const config = configFromEnv(env);
  const logger = createJsonLogger(config.LOG_LEVEL, (line) => console.log(line.trimEnd()));
  const spec = config.VAULT_KEYS?.kind === 'inline' ? config.VAULT_KEYS.spec : undefined;
  const keys = await KeyRing.fromSpec(spec!);
  const vault = createVault({ blobs: new R2BlobStore(env.BLOBS), keys, logger, clock: systemClock });
  // Decoded once per isolate, by its first request (see docs/workers.md for what that costs).
  let lexicon: Promise<Lexicon> | undefined;
  const lexiconSource = () => {
    lexicon ??= decodeGzippedLexicon(lexiconGz).then(lexiconFromData);
    return lexicon;
  };
  return { config, logger, vault, scanner: () => createScanner(lexiconSource) };
}

export interface WorkerRuntime {
  deps: AppDeps;
  /** Ends this request's database connections (after the response, through waitUntil). */
  close(): Promise<void>;
}

/**
 * AppDeps for one request or cron run. Workers may not share a socket between requests, so each
 * gets its own postgres.js client over Hyperdrive (which pools the real connections); everything
 * else is built once per isolate.
 */
export async function openWorkerRuntime(env: WorkerEnv, lexiconGz: ArrayBuffer): Promise<WorkerRuntime> {
  let isolate = isolates.get(env);
  if (!isolate) {
    isolate = openIsolate(env, lexiconGz);
    isolates.set(env, isolate);
    isolate.catch(() => isolates.delete(env));
  }
  const { config, logger, vault, scanner } = await isolate;
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(env.HYPERDRIVE.connectionString, {
    max: 5,
    fetch_types: false,
    onnotice: () => {},
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  const deps: AppDeps = {
    config,
    db,
    blobs: vault.blobs,
    clock: systemClock,
    logger,
    vault,
    passwords: createJsArgon2Hasher(),
    media: null,
    scanner,
  };
  return { deps, close: () => client.end({ timeout: 5 }) };
}
