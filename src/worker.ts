/**
 * Cloudflare Workers entry (wrangler.toml): the same Hono app as on Node, over Hyperdrive (PostgreSQL),
 * R2 (ciphertext) and WebCrypto. What needs ffmpeg runs in `qa-vault worker` on Node, from the same
 * jobs table. Imports only runtime-neutral modules; see docs/workers.md for the bundle audit.
 */

// The lexicon snapshot, made by the build command (scripts/worker/lexicon-snapshot.ts), bundled as bytes.
import lexiconGz from '../dist/worker/lexicon.json.gz';
import { createApp } from './app.ts';
import { chainPendingEntries } from './audit/sequencer.ts';
import { staticAssetHeaders } from './http/static-headers.ts';
import { errorFields } from './logger.ts';
import { openWorkerRuntime, type WorkerEnv } from './worker/runtime.ts';
import { runScheduled } from './worker/scheduled.ts';

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

/** Paths the app answers; everything else is the web app's static files. */
const isAppPath = (pathname: string) =>
  pathname.startsWith('/api/') || pathname === '/api' || pathname === '/healthz';

async function serveAsset(request: Request, env: WorkerEnv): Promise<Response> {
  const pathname = new URL(request.url).pathname;
  if (!env.ASSETS) return new Response('Not found', { status: 404 });
  const asset = await env.ASSETS.fetch(request);
  const response = new Response(asset.body, asset);
  for (const [name, value] of Object.entries(staticAssetHeaders(pathname))) response.headers.set(name, value);
  return response;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    if (!isAppPath(new URL(request.url).pathname)) return serveAsset(request, env);
    const runtime = await openWorkerRuntime(env, lexiconGz);
    try {
      // Cloudflare sets CF-Connecting-IP itself (a client cannot), so it stands in for the socket address.
      const socket = {
        remoteAddress: request.headers.get('cf-connecting-ip') ?? undefined,
        encrypted: new URL(request.url).protocol === 'https:',
      };
      return await createApp(runtime.deps).fetch(request, { incoming: { socket } });
    } finally {
      // After the response: chain what this request recorded (a try-lock, so one isolate at a time;
      // docs/access-log.md), then close. A streamed body reads R2, not the database.
      ctx.waitUntil(
        chainPendingEntries(runtime.deps.db)
          .catch((err) => runtime.deps.logger.error('access-log sequencer turn failed', errorFields(err)))
          .finally(() => runtime.close()),
      );
    }
  },

  async scheduled(
    controller: { scheduledTime: number },
    env: WorkerEnv,
    ctx: ExecutionContext,
  ): Promise<void> {
    const runtime = await openWorkerRuntime(env, lexiconGz);
    ctx.waitUntil(runScheduled(runtime, new Date(controller.scheduledTime)).finally(() => runtime.close()));
  },
};
