/**
 * API throughput, latency and memory, as a new user would measure them: `npm run bench:api`.
 *
 * For each backend — the PostgreSQL server (a throwaway database created next to DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/qa_i15, dropped afterwards) and embedded PGlite — it
 * starts a real `qa-vault serve` process and a bare Hono hello-world process, and in one run:
 *   1. idle RSS of `serve` before any request;
 *   2. 50 concurrent small-document uploads (every one must answer 201), then uploads up to 60,
 *      one of them larger than 64 KiB;
 *   3. autocannon at 20 connections: hello-world, the list (`GET /api/uploads?limit=50` of a
 *      therapist with 60 uploads), the upload view, a 64 KiB ranged content read, hello-world again
 *      (the two hello runs bracket the others, so a change in machine load shows);
 *   4. p50/p99 at a fixed 200 req/s for the same four;
 *   5. `qa-vault audit verify` on the log all this wrote.
 * Not a test: numbers depend on the machine. `--seconds N` sets each run's length (default 10),
 * `--only postgres|pglite` runs one backend, `--cpu-prof-dir DIR` writes a CPU profile of `serve`,
 * `--bin PATH` benchmarks another checkout's bin/qa-vault.js, `--concurrent N` sends N uploads at
 * once instead of 50 (1 measures a build that cannot take 50).
 * Results go to stdout as a table and as JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    only: { type: 'string' },
    'cpu-prof-dir': { type: 'string' },
    bin: { type: 'string' },
    concurrent: { type: 'string', default: '50' },
  },
});
const seconds = Number(args.seconds);
// `--bin` measures another checkout (say, main before a change) with this same script.
const bin = args.bin ?? join(import.meta.dirname, '../../bin/qa-vault.js');
const PASSWORD = 'bench passphrase long enough 42';
const EMAIL = 'bench-therapist@example.test';

/** A child that prints a line with its URL to stderr (`serve`) or stdout (hello-world). */
async function startChild(argv: string[], env: Record<string, string>, pattern: RegExp) {
  const child = spawn(process.execPath, argv, { env: { ...process.env, ...env } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start: ${output}`)), 120_000);
    const check = (d: Buffer) => {
      output += d;
      const m = output.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stderr.on('data', check);
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

async function stop(child: ChildProcess, output?: () => string) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const late = setTimeout(() => {
    process.stderr.write(`still running 40 s after SIGTERM; its last output:\n${output?.().slice(-3000)}\n`);
  }, 40_000);
  await exited;
  clearTimeout(late);
}

function runCli(argv: string[], env: Record<string, string>, stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.stdin.end(stdin);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${argv.join(' ')}: ${out}`)),
    );
  });
}

const rssMiB = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

const helloWorld = `
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono().get('/', (c) => c.text('Hello Hono!'));
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
    console.log('url http://127.0.0.1:' + info.port));`;

function upload(url: string, cookie: string, text: string, i: number) {
  const form = new FormData();
  form.append('kind', 'paperwork');
  form.append('file', new Blob([text], { type: 'text/plain' }), `note-${i}.txt`);
  return fetch(`${url}/api/uploads`, {
    method: 'POST',
    headers: { cookie, origin: url },
    body: form,
  });
}

/** Plain words only: the scanner must accept every one of these documents. */
const smallText = (i: number) =>
  `${'the team reviewed the goals for the week and planned the next session. '.repeat(1 + (i % 3))}\n`;

interface Measured {
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Progress on stderr, so a long run shows where it is; results go to stdout at the end. */
const progress = (what: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${what}\n`);

async function cannon(
  url: string,
  headers: Record<string, string>,
  opts: { rate?: number } = {},
): Promise<Measured> {
  progress(`autocannon ${url}${opts.rate ? ` at ${opts.rate} req/s` : ''}`);
  const result = await autocannon({
    url,
    headers,
    connections: 20,
    duration: seconds,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * The same page read straight through postgres.js at 20 concurrent queries: no HTTP, no session, no
 * access log, no JSON. A list that reads its page per request cannot beat this, so it bounds the ratio a target
 * may ask of the list on this machine.
 */
async function driverFloor(databaseUrl: string): Promise<Measured> {
  progress('driver floor: the list page straight through postgres.js');
  const sql = postgres(databaseUrl, { max: 20, onnotice: () => {} });
  try {
    const [user] = await sql`select id, organization_id from users where lower(email) = ${EMAIL}`;
    const latencies: number[] = [];
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          await sql`select * from uploads where organization_id = ${user!.organization_id}
            and owner_id = ${user!.id} and status not in ('receiving', 'deleted')
            order by created_at desc, id desc limit 51`;
          latencies.push(performance.now() - started);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))]!);
    return {
      reqPerSec: Math.round(latencies.length / seconds),
      p50: at(0.5),
      p99: at(0.99),
      non2xx: 0,
      errors: 0,
    };
  } finally {
    await sql.end();
  }
}

async function benchBackend(kind: 'postgres' | 'pglite') {
  const dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-bench-'));
  let dropDatabase = async () => {};
  let databaseUrl = '';
  if (kind === 'postgres') {
    const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/qa_i15';
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    const name = `qa_vault_bench_${Date.now()}`;
    await admin.unsafe(`create database "${name}"`);
    const target = new URL(base);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  }
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    LOG_LEVEL: 'warn',
    S3_ENDPOINT: '',
    S3_BUCKET: '',
  };
  const children: ChildProcess[] = [];
  try {
    await runCli(
      ['user', 'add', '--email', EMAIL, '--name', 'Bench', '--role', 'therapist', '--team', 'Bench'],
      env,
      `${PASSWORD}\n`,
    );
    const profile = args['cpu-prof-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof-dir']}`] : [];
    const serve = await startChild(
      [...profile, bin, 'serve'],
      { ...env, LOG_LEVEL: 'info' },
      /"url":"(http:\/\/[^"]+)"/,
    );
    children.push(serve.child);
    const hello = await startChild(['--input-type=module', '-e', helloWorld], {}, /url (http:\/\/\S+)/);
    children.push(hello.child);
    const url = serve.url;

    // Idle: started, migrated, jobs and sequencer ticking, no request yet.
    await new Promise((r) => setTimeout(r, 10_000));
    const idleRss = rssMiB(serve.child.pid!);

    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

    const burst = Number(args.concurrent);
    progress(`${kind}: ${burst} concurrent uploads`);
    const concurrent = await Promise.all(
      Array.from({ length: burst }, (_, i) => upload(url, cookie, smallText(i), i)),
    );
    const failed = concurrent.filter((r) => r.status !== 201);
    const failures = await Promise.all(
      failed.map(async (r) => `${r.status} ${(await r.text()).slice(0, 200)}`),
    );
    for (let i = burst; i < 59; i++) await upload(url, cookie, smallText(i), i);
    const big = await upload(url, cookie, smallText(99).repeat(Math.ceil(70_000 / smallText(99).length)), 99);
    if (big.status !== 201)
      throw new Error(`large upload: ${big.status} ${(await big.text()).slice(0, 300)}`);
    const bigId = ((await big.json()) as { id: string }).id;

    const auth = { cookie };
    const targets: [string, string, Record<string, string>][] = [
      ['list', `${url}/api/uploads?limit=50`, auth],
      ['view', `${url}/api/uploads/${bigId}`, auth],
      ['range 64 KiB', `${url}/api/uploads/${bigId}/content`, { ...auth, range: 'bytes=0-65535' }],
    ];
    const load = [loadavg()[0]!];
    const saturated: Record<string, Measured> = {};
    saturated['hello (before)'] = await cannon(hello.url, {});
    for (const [name, target, headers] of targets) saturated[name] = await cannon(target, headers);
    if (kind === 'postgres') saturated['driver floor'] = await driverFloor(databaseUrl);
    saturated['hello (after)'] = await cannon(hello.url, {});
    load.push(loadavg()[0]!);
    const fixed: Record<string, Measured> = {};
    fixed.hello = await cannon(hello.url, {}, { rate: 200 });
    for (const [name, target, headers] of targets) fixed[name] = await cannon(target, headers, { rate: 200 });
    load.push(loadavg()[0]!);
    const busyRss = rssMiB(serve.child.pid!);

    progress('stopping serve, then audit verify');
    await stop(serve.child, serve.output);
    const verify = (await runCli(['audit', 'verify'], env)).trim();
    const helloRps = (saturated['hello (before)']!.reqPerSec + saturated['hello (after)']!.reqPerSec) / 2;
    return {
      kind,
      idleRssMiB: idleRss,
      rssAfterLoadMiB: busyRss,
      concurrentUploads: { sent: burst, failed: failed.length, failures },
      saturated,
      listVsHello: Number((saturated.list!.reqPerSec / helloRps).toFixed(3)),
      floorVsHello: saturated['driver floor']
        ? Number((saturated['driver floor'].reqPerSec / helloRps).toFixed(3))
        : undefined,
      fixed200: fixed,
      loadAverage1m: load.map((l) => Number(l.toFixed(1))),
      auditVerify: verify,
    };
  } finally {
    for (const child of children) await stop(child);
    await dropDatabase();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const backends = (['postgres', 'pglite'] as const).filter((k) => !args.only || args.only === k);
const results = [];
for (const kind of backends) {
  const r = await benchBackend(kind);
  results.push(r);
  console.log(
    `\n== ${kind}: idle RSS ${r.idleRssMiB} MiB (after load ${r.rssAfterLoadMiB} MiB); load avg ${r.loadAverage1m.join(' → ')}`,
  );
  console.log(
    `${r.concurrentUploads.sent} concurrent uploads: ${r.concurrentUploads.failed} failed ${r.concurrentUploads.failures.join('; ')}`,
  );
  console.log('20 connections           req/s     p50 ms   p99 ms  non-2xx  errors');
  for (const [name, m] of Object.entries(r.saturated)) {
    console.log(
      `${name.padEnd(22)} ${String(m.reqPerSec).padStart(7)} ${String(m.p50).padStart(10)} ${String(m.p99).padStart(8)} ${String(m.non2xx).padStart(8)} ${String(m.errors).padStart(7)}`,
    );
  }
  console.log(`list / hello-world: ${r.listVsHello}×`);
  if (r.floorVsHello !== undefined) console.log(`driver floor / hello-world: ${r.floorVsHello}×`);
  console.log('fixed 200 req/s          req/s     p50 ms   p99 ms  non-2xx  errors');
  for (const [name, m] of Object.entries(r.fixed200)) {
    console.log(
      `${name.padEnd(22)} ${String(m.reqPerSec).padStart(7)} ${String(m.p50).padStart(10)} ${String(m.p99).padStart(8)} ${String(m.non2xx).padStart(8)} ${String(m.errors).padStart(7)}`,
    );
  }
  console.log(r.auditVerify);
}
console.log(`\n${JSON.stringify(results)}`);
