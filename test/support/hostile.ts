import { request as httpRequest } from 'node:http';
import { expect } from 'vitest';
import { testPasswordHasher } from './context.ts';
import { createOrganization, createTeam, createUser } from './factories.ts';
import { type IsolatedServer, isolatedServer, type ServeChild, startServe } from './serve.ts';

/**
 * A real `qa-vault serve` with one signed-in therapist, for tests that throw hostile requests at it
 * and then check the process is still answering and nothing was left behind.
 */

const PASSWORD = 'hostile test passphrase 2026';

export interface HostileTarget {
  server: IsolatedServer;
  child: ServeChild;
  url: string;
  cookie: string;
  teamId: string;
  organizationId: string;
  /** Stops the server process (idempotent); the data directory stays for inspection. */
  stopServer(): Promise<void>;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

export async function startHostileTarget(env: Record<string, string> = {}): Promise<HostileTarget> {
  const server = await isolatedServer({ NODE_ENV: 'test', JOB_POLL_MS: '50', LOG_LEVEL: 'info', ...env });
  const database = await server.openDatabase();
  let email: string;
  let teamId: string;
  let organizationId: string;
  try {
    await database.migrate();
    const org = await createOrganization(database.db);
    const team = await createTeam(database.db, org.id);
    const user = await createUser(database.db, {
      organizationId: org.id,
      role: 'therapist',
      teamIds: [team.id],
      passwordHash: await testPasswordHasher.hash(PASSWORD),
    });
    email = user.email;
    teamId = team.id;
    organizationId = org.id;
  } finally {
    await database.close();
  }
  const child = await startServe(server.env);
  const res = await fetch(`${child.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const stopServer = async () => {
    child.kill('SIGTERM');
    await child.exited;
  };
  return {
    server,
    child,
    url: child.url,
    cookie,
    teamId,
    organizationId,
    stopServer,
    async stop() {
      await stopServer();
      await server.close();
    },
  };
}

export interface RawResponse {
  status: number;
  body: string;
}

/**
 * Sends raw bytes as the body of a POST (fetch would re-frame them), optionally without ending the
 * request, and resolves with the answer — or with status 0 when the connection failed or timed out.
 */
export function rawPost(
  target: Pick<HostileTarget, 'url' | 'cookie'>,
  path: string,
  input: { headers: Record<string, string>; body: Uint8Array | string; timeoutMs?: number },
): Promise<RawResponse> {
  const url = new URL(path, target.url);
  return new Promise((resolve) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: { cookie: target.cookie, origin: target.url, ...input.headers },
        timeout: input.timeoutMs ?? 20_000,
        // A connection per request: a reused keep-alive socket the server has just closed would
        // fail the next request on the client's side, whatever the server did.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(input.body);
  });
}

/** True when the server answers its health check. */
export async function isAnswering(url: string): Promise<boolean> {
  const res = await fetch(`${url}/healthz`).catch(() => undefined);
  return res?.status === 200;
}
