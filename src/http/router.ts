import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';
import { AppError } from './errors.ts';

/**
 * A router for one resource. Validation failures become the standard error envelope with a message
 * naming each bad field (never echoing its value, which may be content).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
        throw new AppError('VALIDATION_FAILED', `Invalid request: ${problems.join('; ')}`);
      }
    },
  });
}
