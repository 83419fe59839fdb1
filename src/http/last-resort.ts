import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../logger.ts';
import { errorFields } from '../logger.ts';

/**
 * Node-only: the last line of defence between one request and the process. Errors that escape every
 * handler — an 'error' event nobody listened to, a callback that throws, a rejection nobody awaited —
 * would end the process and every other request with it. Each request runs in an async scope; such
 * an error raised inside a scope answers that request 500 and the process keeps serving. Errors
 * outside any request (startup, a job's own timers) still end the process: its state is unknown.
 */

interface RequestScope {
  fail(err: unknown): void;
}

const scopes = new AsyncLocalStorage<RequestScope>();

// biome-ignore lint/suspicious/noExplicitAny: the adapter's extra arguments are passed through untouched
type Fetch = (request: Request, ...rest: any[]) => Response | Promise<Response>;

/** Wraps a fetch handler so that an error escaping a request's own code answers that request only. */
export function guardRequests<F extends Fetch>(fetch: F): F {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  return ((request: Request, ...rest: any[]) => {
    let fail!: (err: unknown) => void;
    const failed = new Promise<Response>((resolve) => {
      fail = () =>
        resolve(
          Response.json(
            { error: { code: 'INTERNAL', message: 'Internal server error', requestId: crypto.randomUUID() } },
            { status: 500 },
          ),
        );
    });
    return scopes.run({ fail }, async () => {
      const answered = Promise.resolve().then(() => fetch(request, ...rest));
      // The loser of the race must not become an unhandled rejection of its own.
      answered.catch(() => {});
      return Promise.race([answered, failed]);
    });
  }) as F;
}

/**
 * Installs the process-wide handlers once. Returns a function that removes them (tests, shutdown).
 */
export function installLastResort(logger: Logger, exit: (code: number) => void = process.exit): () => void {
  const onError = (err: unknown, origin: string) => {
    const scope = scopes.getStore();
    if (scope) {
      logger.error('uncaught error inside a request; answered 500', { origin, ...errorFields(err) });
      scope.fail(err);
      return;
    }
    logger.error('uncaught error outside any request; exiting', { origin, ...errorFields(err) });
    exit(1);
  };
  const onException = (err: Error, origin: string) => onError(err, origin);
  const onRejection = (reason: unknown) => onError(reason, 'unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
