import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

/**
 * Node-only: one process owns an embedded database (PGlite under DATA_DIR) at a time. A second
 * writer does not fail loudly — it silently loses writes, access-log entries included — so every
 * opener takes this lock first and a second one is refused at once, naming the owner.
 *
 * On Linux the lock is an abstract-namespace Unix socket named after the directory: binding is
 * atomic, and the kernel releases it when the owner exits however it exits (kill -9 included), so a
 * dead owner never blocks anyone. Elsewhere a pid file taken with O_EXCL, whose owner is checked for
 * life, stands in. `owner.json` in DATA_DIR says who holds the lock, for the refusal message.
 */

export interface OwnerInfo {
  pid: number;
  /** What holds it: "serve", "user", "migrate", … */
  command: string;
  since: string;
}

export class OwnerLockError extends Error {
  override name = 'OwnerLockError';
  readonly owner: OwnerInfo | undefined;
  constructor(message: string, owner: OwnerInfo | undefined) {
    super(message);
    this.owner = owner;
  }
}

export interface OwnerLock {
  release(): Promise<void>;
}

const infoPath = (dataDir: string) => join(dataDir, 'owner.json');

export async function readOwner(dataDir: string): Promise<OwnerInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(infoPath(dataDir), 'utf8')) as OwnerInfo;
    return Number.isSafeInteger(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock on `dataDir` for `command`, or throws OwnerLockError naming the owner. */
export async function acquireOwnerLock(dataDir: string, command: string): Promise<OwnerLock> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const key = lockName(await realpath(dataDir));
  const held = process.platform === 'linux' ? await bindAbstract(key) : await takePidFile(dataDir);
  if (!held) throw await refusal(dataDir);
  const info: OwnerInfo = { pid: process.pid, command, since: new Date().toISOString() };
  await writeFile(infoPath(dataDir), `${JSON.stringify(info)}\n`, { mode: 0o600 });
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      const current = await readOwner(dataDir);
      if (current?.pid === process.pid) await rm(infoPath(dataDir), { force: true });
      await held.release();
    },
  };
}

const lockName = (dir: string) =>
  `\0qa-vault-owner-${createHash('sha256').update(dir).digest('hex').slice(0, 40)}`;

async function bindAbstract(name: string): Promise<OwnerLock | undefined> {
  const server: Server = createServer((socket) => socket.destroy());
  const bound = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EADDRINUSE' ? resolve(false) : reject(err),
    );
    server.listen(name, () => resolve(true));
  });
  if (!bound) return undefined;
  // The lock must not keep a finished CLI command alive.
  server.unref();
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The portable fallback: a pid file created exclusively; a file whose pid is dead is taken over. */
async function takePidFile(dataDir: string): Promise<OwnerLock | undefined> {
  const path = join(dataDir, 'owner.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx', mode: 0o600 });
      return { release: () => rm(path, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(await readFile(path, 'utf8').catch(() => ''));
      if (Number.isSafeInteger(pid) && pid > 0 && isAlive(pid)) return undefined;
      await rm(path, { force: true });
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function refusal(dataDir: string): Promise<OwnerLockError> {
  const owner = await readOwner(dataDir);
  const who = owner
    ? `qa-vault ${owner.command} (pid ${owner.pid}, since ${owner.since})`
    : 'another qa-vault process';
  const advice =
    owner?.command === 'serve'
      ? `Stop it first (kill -TERM ${owner.pid}), or give this process its own DATA_DIR. ` +
        'User commands (qa-vault user …) are sent to the running server over DATA_DIR/admin.sock.'
      : 'Wait for it to finish, or stop it first.';
  return new OwnerLockError(
    `The embedded database in ${dataDir} is in use by ${who}; two processes writing it would lose data. ${advice}`,
    owner,
  );
}
