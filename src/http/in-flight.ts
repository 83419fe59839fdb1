/**
 * Handlers that have not answered yet. A client that hangs up closes its socket, so the HTTP
 * server's close() no longer waits for its handler; shutdown waits here before closing the database.
 */
export function trackInFlight<A extends unknown[]>(
  fetch: (request: Request, ...rest: A) => Response | Promise<Response>,
) {
  let running = 0;
  let onIdle: (() => void) | undefined;
  return {
    fetch: async (request: Request, ...rest: A) => {
      running++;
      try {
        return await fetch(request, ...rest);
      } finally {
        if (--running === 0) onIdle?.();
      }
    },
    count: () => running,
    /** True once nothing runs, false if `ms` passed first. */
    drained(ms: number): Promise<boolean> {
      if (running === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
  };
}
