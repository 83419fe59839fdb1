import { createRoute, z } from '@hono/zod-openapi';
import { auditFieldsFrom } from '../audit/request.ts';
import { writeSessionCookie } from '../auth/cookie.ts';
import { errorResponses, PasswordField, SessionSchema } from '../auth/schemas.ts';
import { createRouter } from '../http/router.ts';
import { completeSetup, setupTokenUsable } from './service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['setup'];
// Tokens travel in bodies, not query strings, so they stay out of proxy and request logs.
const Token = z.string().min(1).max(128);

const check = createRoute({
  method: 'post',
  path: '/check',
  tags,
  summary: 'Whether a first-run setup link can still be used',
  request: { body: { ...json(z.object({ token: Token })), required: true } },
  responses: {
    200: { description: 'Answer', ...json(z.object({ usable: z.boolean() })) },
    ...errorResponses(400),
  },
});

const complete = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary:
    'Create the first administrator with the setup link logged by `serve`; signs them in (second factor owed)',
  request: {
    body: {
      ...json(
        z.object({
          token: Token,
          name: z.string().trim().min(1).max(200),
          email: z.email().max(320),
          password: PasswordField,
        }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'Administrator created', ...json(SessionSchema) },
    ...errorResponses(400),
  },
});

/** First run. Public: the setup token is the credential, and both routes refuse once an admin exists. */
export const setupRoutes = createRouter()
  .openapi(check, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json({ usable: await setupTokenUsable(db, c.req.valid('json').token, clock.now()) }, 200);
  })
  .openapi(complete, async (c) => {
    const { token: setupToken, name, email, password } = c.req.valid('json');
    const result = await completeSetup(c.get('deps'), {
      token: setupToken,
      name,
      email,
      password,
      audit: auditFieldsFrom(c),
    });
    writeSessionCookie(c, result.token, result.expiresAt);
    return c.json({ user: result.user, mfa: result.mfa }, 200);
  });
