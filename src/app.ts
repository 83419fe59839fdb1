import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { auditRoutes } from './audit/routes.ts';
import { csrfGuard } from './auth/csrf.ts';
import { sessionMiddleware } from './auth/middleware.ts';
import { authRoutes } from './auth/routes.ts';
import { breakglassRoutes } from './breakglass/routes.ts';
import { organizationRoutes } from './closure/routes.ts';
import type { AppDeps } from './deps.ts';
import { healthRoutes } from './health/routes.ts';
import { holdRoutes } from './holds/routes.ts';
import type { AppEnv } from './http/app-env.ts';
import { handleError, handleNotFound } from './http/error-handler.ts';
import { AppError } from './http/errors.ts';
import { requestId } from './http/request-id.ts';
import { teamRoutes } from './orgs/routes.ts';
import { retentionRoutes } from './retention/routes.ts';
import { reviewRoutes } from './reviews/routes.ts';
import { reviewUploadRoutes } from './reviews/upload-routes.ts';
import { rosterRoutes } from './rosters/routes.ts';
import { rubricRoutes } from './rubrics/routes.ts';
import { scanSettingsRoutes } from './scan-settings/routes.ts';
import { setupRoutes } from './setup/routes.ts';
import { uploadRoutes } from './uploads/routes.ts';
import { userRoutes } from './users/routes.ts';
import { vaultRoutes } from './vault/routes.ts';
import { serveWebApp } from './web-app/routes.ts';
import { securityHeaders } from './web-app/security-headers.ts';

/**
 * Paths whose handlers stream large bodies themselves and enforce their own limits (uploads).
 * Everything else is capped at MAX_BODY_BYTES before the body is read.
 */
const streamingBodyRoutes: RegExp[] = [
  // The upload form (MAX_UPLOAD_BYTES) and an attached transcript (MAX_DOCUMENT_BYTES): src/uploads/.
  /^\/api\/uploads\/?$/,
  /^\/api\/uploads\/[^/]+\/transcript$/,
];

/** Builds the HTTP app from its dependencies. No I/O happens here or on import. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', requestId());
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  const limit = bodyLimit({
    maxSize: deps.config.MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', `Request body exceeds ${deps.config.MAX_BODY_BYTES} bytes`);
    },
  });
  app.use('*', (c, next) => {
    // Bodyless reads (most requests) have nothing to limit: skip the path tests.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return streamingBodyRoutes.some((r) => r.test(c.req.path)) ? next() : limit(c, next);
  });

  // Cross-site refusal first (no database work for a forged request), then who is calling.
  app.use('/api/*', csrfGuard());
  app.use('/api/*', sessionMiddleware());

  app.route('/', healthRoutes);
  app.route('/api/auth', authRoutes);
  app.route('/api/setup', setupRoutes);
  app.route('/api/users', userRoutes);
  app.route('/api/teams', teamRoutes);
  app.route('/api/teams', rosterRoutes);
  app.route('/api/breakglass', breakglassRoutes);
  app.route('/api/audit', auditRoutes);
  app.route('/api/uploads', uploadRoutes);
  app.route('/api/uploads', reviewUploadRoutes);
  app.route('/api/reviews', reviewRoutes);
  app.route('/api/rubrics', rubricRoutes);
  app.route('/api/scan-settings', scanSettingsRoutes);
  app.route('/api/vault', vaultRoutes);
  app.route('/api/retention', retentionRoutes);
  app.route('/api/holds', holdRoutes);
  app.route('/api/organization', organizationRoutes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'QA Vault', version: '1' },
  });

  // Whatever no route claims outside /api is the web app or one of its files.
  app.notFound(serveWebApp(deps.config.WEB_DIST_DIR, handleNotFound));
  app.onError(handleError(() => deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
