import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { storageLocationsSetting } from './storage/locations-setting.ts';
import { vaultKeysSetting } from './vault/key-ring.ts';

// Environment variables are strings; these helpers turn them into typed values and make an empty
// string mean "not set", which is what an operator who writes `S3_ENDPOINT=` in a .env file means.
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));
const int = (fallback: number, min = 0) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v),
    z.coerce.number().int().min(min).default(fallback),
  );

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(0).max(65535).default(3000),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Trust X-Forwarded-For / X-Forwarded-Proto from the load balancer in front of us. */
  TRUST_PROXY: bool(false),
  /**
   * With TRUST_PROXY: how many proxies of ours sit in front (each appends the address it saw to
   * X-Forwarded-For). The client is the entry this many places from the right; entries further left
   * are whatever the client sent.
   */
  TRUST_PROXY_HOPS: int(1, 1),
  /** Largest JSON/form body any non-upload route reads. */
  MAX_BODY_BYTES: int(1024 * 1024, 1),

  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
  ),
  DATABASE_POOL_MAX: int(10, 1),
  /**
   * Let V8 recompile the embedded database's hottest WebAssembly with its optimizing compiler:
   * ~20 % more requests per second on PGlite, but each such compile briefly takes hundreds of MB
   * (src/db/open.ts). Off, the embedded server's memory stays near what its data needs.
   */
  EMBEDDED_DB_OPTIMIZE: bool(false),
  /**
   * Apply migrations when serving starts. Off when the service connects as the qa_vault_app role,
   * which may not run DDL: migrations then run as the owner in a deploy step (`qa-vault migrate`).
   */
  MIGRATE_ON_START: bool(true),
  /** Minutes between signed checkpoints of the access-log chain head (docs/access-log.md). */
  AUDIT_CHECKPOINT_MINUTES: int(15, 1),
  /**
   * How often each serving instance tries to be the access-log sequencer and chain what requests
   * recorded (docs/access-log.md). Entries are chained within about this long; at most 1000.
   */
  AUDIT_SEQUENCER_MS: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v),
    z.coerce.number().int().min(10).max(1000).default(200),
  ),
  /** Access-log entries older than this are pruned, in whole checkpoint intervals (never under a year). */
  AUDIT_RETENTION_DAYS: int(2190, 365),

  S3_BUCKET: optionalString,
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: optionalString.pipe(z.url().optional()),
  S3_FORCE_PATH_STYLE: bool(false),
  S3_SSE: optionalString.pipe(z.enum(['AES256', 'aws:kms']).optional()),
  S3_SSE_KMS_KEY_ID: optionalString,
  /** Named blob stores for data residency (JSON; src/storage/locations-setting.ts). Unset → the one store above. */
  STORAGE_LOCATIONS: storageLocationsSetting,

  /** ffmpeg binary or its directory (ffprobe beside it); unset → ffmpeg-static if installed, else PATH. */
  FFMPEG_PATH: optionalString,
  /** Longest recording accepted, in seconds (4 h). */
  MAX_AUDIO_SECONDS: int(4 * 60 * 60, 1),
  /** Wall-clock limit of one ffmpeg run (normalizing a 4 h recording takes a few minutes on one core). */
  FFMPEG_TIMEOUT_SECONDS: int(15 * 60, 1),
  /** Resident memory one ffmpeg/ffprobe run may reach; past it the recording is refused as too complex. */
  FFMPEG_MEMORY_MB: int(512, 64),
  /** Keep the uploaded original (encrypted) after normalization instead of shredding it. */
  KEEP_ORIGINAL_AUDIO: bool(false),
  /**
   * OpenAI-compatible speech-to-text (`/v1/audio/transcriptions`): the server root or the full path.
   * Unset → recordings without a transcript wait for one to be attached.
   */
  STT_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
  /** Bearer token for STT_URL, when the server wants one. */
  STT_API_KEY: optionalString,
  STT_MODEL: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).default('whisper-1')),
  /** Wall-clock limit of one transcription request, upload included. */
  STT_TIMEOUT_SECONDS: int(30 * 60, 1),
  /** Largest upload request (file, transcript and fields together); larger → 413 before reading on. */
  MAX_UPLOAD_BYTES: int(2 * 1024 * 1024 * 1024, 1),
  /** Largest document or transcript: these are decrypted into memory to be read, so they stay small. */
  MAX_DOCUMENT_BYTES: int(50 * 1024 * 1024, 1),
  /**
   * How long an upload may sit in quarantine unfinished: it must arrive within three quarters of this,
   * and whatever a crash left there longer is shredded by the reconciler.
   */
  UPLOAD_QUARANTINE_MINUTES: int(120, 4),
  /** Days a recording may wait for its transcript before it is shredded and marked failed. */
  UPLOAD_TRANSCRIPT_WAIT_DAYS: int(14, 1),
  /** Test-only fault injection: the upload step at which the process kills itself (NODE_ENV=test). */
  QA_VAULT_CRASH_AT: optionalString,
  /** Test-only: the process's clock starts at this ISO time and runs on from there (NODE_ENV=test). */
  QA_VAULT_NOW: optionalString.pipe(z.iso.datetime({ offset: true }).optional()),
  /** How often an idle instance looks for due background jobs. */
  JOB_POLL_MS: int(1000, 10),
  /** Background jobs one instance runs at once; audio work is CPU-bound, so 1–2 (at most 4). */
  JOB_CONCURRENCY: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v),
    z.coerce.number().int().min(1).max(4).default(1),
  ),
  /** Documents and transcripts parsed at once, each in its own sandboxed child process; the rest queue. */
  EXTRACT_CONCURRENCY: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v),
    z.coerce.number().int().min(1).max(8).default(2),
  ),
  /** Resident memory one extraction child may reach before it is killed and the file refused (too_complex). */
  EXTRACT_MEMORY_MB: int(384, 128),
  /** Wall-clock limit of one extraction (parse, or metadata strip) before the file is refused (too_complex). */
  EXTRACT_TIMEOUT_SECONDS: int(20, 1),
  /** Most bytes a PDF's compressed streams may inflate to, all together, before it is refused (too_complex). */
  EXTRACT_MAX_INFLATED_MB: int(256, 1),
  /** No retention rule may keep anything for fewer days than this (src/retention/). */
  RETENTION_MIN_DAYS: int(365, 1),
  /**
   * A disposal run that finds more uploads due than this disposes nothing and waits for an admin to
   * confirm it. Unset → the larger of 100 and 5 % of the organization's live uploads.
   */
  RETENTION_MAX_PER_RUN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(1).optional(),
  ),
  /** Days a rejected or failed upload keeps its masked report before the row becomes a tombstone. */
  REJECTED_REPORT_DAYS: int(30, 1),
  /** Key-encryption keys: inline JSON or a JSON file path; unset → a key file generated under DATA_DIR. */
  VAULT_KEYS: vaultKeysSetting,

  /** Automatic logoff after this long without a request (HIPAA 164.312(a)(2)(iii)). */
  SESSION_IDLE_MINUTES: int(15, 1),
  /** A session ends this long after sign-in, however active. */
  SESSION_ABSOLUTE_HOURS: int(12, 1),
  /** Mark the session cookie Secure even when the request arrived over plain HTTP (TLS ends before us). */
  COOKIE_SECURE: bool(false),
  /** Roles that must use a second factor; `none` for none. */
  MFA_REQUIRED_ROLES: z
    .preprocess((v) => (v === '' || v === undefined ? 'supervisor,consultant,admin' : v), z.string())
    .transform((v) => (v.trim() === 'none' ? [] : v.split(',').map((r) => r.trim())))
    .pipe(z.array(z.enum(['therapist', 'supervisor', 'consultant', 'admin']))),
  /** Failed sign-ins (per account and per client IP) before each further attempt must wait, doubling. */
  LOGIN_BACKOFF_AFTER: int(5, 1),
  /** Failed sign-ins before the account or IP is locked for LOGIN_LOCK_MINUTES. */
  LOGIN_LOCK_AFTER: int(10, 1),
  LOGIN_LOCK_MINUTES: int(15, 1),

  /** The built web app (`npm run build:web`), served at `/`. */
  WEB_DIST_DIR: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .min(1)
      .default(fileURLToPath(new URL('../web/dist', import.meta.url))),
  ),
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses configuration from an environment-like record (process.env, Worker bindings, a test's object). */
export function parseConfig(source: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(source);
  // Only the variable name and the rule are reported: values may be secrets.
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`);
  problems.push(...crossFieldProblems(source));
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}

/** Rules between variables, checked on the raw values so they are reported alongside per-field errors. */
function crossFieldProblems(source: Record<string, string | undefined>): string[] {
  const set = (name: string) => (source[name] ?? '') !== '';
  const problems: string[] = [];
  if (source.S3_SSE === 'aws:kms' && !set('S3_SSE_KMS_KEY_ID')) {
    problems.push('S3_SSE_KMS_KEY_ID: required when S3_SSE=aws:kms');
  }
  if (set('S3_ENDPOINT') && !set('S3_BUCKET')) problems.push('S3_BUCKET: required when S3_ENDPOINT is set');
  if (set('STT_API_KEY') && !set('STT_URL')) problems.push('STT_URL: required when STT_API_KEY is set');
  return problems;
}
