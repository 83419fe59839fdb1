import { chmod, rm } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { errorFields } from '../logger.ts';
import type { Sidecar } from '../node.ts';
import type { CommandIo } from './command.ts';

/**
 * Node-only: the CLI's way into a running `serve` that owns the embedded database. A second process
 * must never open that database (see db/owner-lock.ts), so commands marked `remote` are sent here
 * instead and run inside the server, on its runtime. The socket is DATA_DIR/admin.sock, mode 0600:
 * only the account that owns DATA_DIR — which could read the database files anyway — can connect.
 *
 * Protocol: one JSON line each way. Request `{ argv, stdin }`; answer `{ code, out, err }`.
 */

export const adminSocketPath = (dataDir: string) => join(dataDir, 'admin.sock');

const MAX_REQUEST_BYTES = 64 * 1024;

export interface RemoteAnswer {
  code: number;
  out: string;
  err: string;
}

type RunCommand = (argv: string[], io: CommandIo) => Promise<number>;

/** The server side: runs the request's command (only names in `allowed`) with the server's runtime. */
export function adminSocketSidecar(dataDir: string, allowed: readonly string[], run: RunCommand): Sidecar {
  return async (runtime, logger) => {
    const path = adminSocketPath(dataDir);
    // We own DATA_DIR (the owner lock is held), so a socket file left here is a dead server's.
    await rm(path, { force: true });
    const server = createServer((socket) => {
      handle(socket, async (argv, stdin) => {
        if (!allowed.includes(argv[0] ?? '')) {
          return { code: 2, out: '', err: `qa-vault: "${argv[0]}" cannot run inside a running server\n` };
        }
        let out = '';
        let err = '';
        const code = await run(argv, {
          env: {},
          runtime,
          stdin: Readable.from([stdin]),
          out: (t) => {
            out += t;
          },
          err: (t) => {
            err += t;
          },
        });
        logger.info('admin command', { command: argv[0], action: argv[1], code });
        return { code, out, err };
      }).catch((e) => logger.error('admin socket request failed', errorFields(e)));
    });
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', (e) => {
        logger.warn('admin socket not available; CLI commands will be refused while serving', errorFields(e));
        resolve(false);
      });
      server.listen(path, () => resolve(true));
    });
    if (!listening) return async () => {};
    await chmod(path, 0o600);
    return () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        void rm(path, { force: true });
      });
  };
}

async function handle(
  socket: Socket,
  answer: (argv: string[], stdin: string) => Promise<RemoteAnswer>,
): Promise<void> {
  socket.on('error', () => {});
  // Not `for await`: leaving that loop early destroys the socket the answer goes back on.
  const text = await new Promise<string>((resolve) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString();
      if (received.includes('\n') || received.length > MAX_REQUEST_BYTES) done();
    };
    const done = () => {
      socket.off('data', onData);
      resolve(received);
    };
    socket.on('data', onData);
    socket.once('end', done);
    socket.once('close', done);
  });
  let request: { argv?: unknown; stdin?: unknown };
  try {
    request = JSON.parse(text.split('\n')[0] ?? '');
  } catch {
    request = {};
  }
  const argv = request.argv;
  const valid = Array.isArray(argv) && argv.every((a) => typeof a === 'string') && argv.length > 0;
  const reply = valid
    ? await answer(argv as string[], typeof request.stdin === 'string' ? request.stdin : '')
    : { code: 2, out: '', err: 'qa-vault: malformed admin request\n' };
  socket.end(`${JSON.stringify(reply)}\n`);
}

/**
 * The client side: sends `argv` to the server listening on DATA_DIR/admin.sock. Resolves undefined
 * when no server listens there (no socket, or a dead server's), so the caller runs the command itself.
 * `readStdin` is called only once a server answered the connection.
 */
export async function sendToServer(
  dataDir: string,
  argv: string[],
  readStdin: () => Promise<string>,
): Promise<RemoteAnswer | undefined> {
  const socket = connect(adminSocketPath(dataDir));
  const connected = await new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
  });
  if (!connected) {
    socket.destroy();
    return undefined;
  }
  socket.write(`${JSON.stringify({ argv, stdin: await readStdin() })}\n`);
  let text = '';
  for await (const chunk of socket) text += chunk.toString();
  try {
    return JSON.parse(text) as RemoteAnswer;
  } catch {
    return {
      code: 2,
      out: '',
      err: 'qa-vault: the running server closed the admin connection without an answer\n',
    };
  }
}

/** The first line of standard input (at most 4 KiB), newline kept: what a remote command reads. */
export async function readFirstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > 4096) break;
  }
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline + 1);
}
