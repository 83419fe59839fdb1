import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpSecretBox } from '../../src/auth/secret-box.ts';
import { createSession, sessionPolicyFrom } from '../../src/auth/sessions.ts';
import { mfaFactors } from '../../src/auth/tables.ts';
import { grantBreakglass } from '../../src/breakglass/service.ts';
import type { Role } from '../../src/users/tables.ts';
import { totpCode } from '../support/auth.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';
import { type Caller, routeTable, type Scope, type World } from './route-table.ts';

let ctx: TestContext;
let world: World;
let callerHash: string;
const CALLER_PASSWORD = 'matrix caller passphrase';
/** Every caller's TOTP key, so rows whose route wants a fresh second factor can send a valid code. */
const MATRIX_TOTP_KEY = crypto.getRandomValues(new Uint8Array(20));

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  const org = await createOrganization(db);
  const team = await createTeam(db, org.id);
  const otherTeam = await createTeam(db, org.id);
  const foreignOrg = await createOrganization(db);
  const foreignTeam = await createTeam(db, foreignOrg.id);
  const foreignAdmin = await createUser(db, { organizationId: foreignOrg.id, role: 'admin' });
  const loginPassword = 'matrix login passphrase';
  const loginUser = await createUser(db, {
    organizationId: org.id,
    role: 'therapist',
    passwordHash: await ctx.deps.passwords.hash(loginPassword),
  });
  callerHash = await ctx.deps.passwords.hash(CALLER_PASSWORD);
  const grantAdmin = await createUser(db, { organizationId: org.id, role: 'admin' });
  world = {
    ctx,
    org,
    team,
    otherTeam,
    foreignOrg,
    foreignTeam,
    teamUser: await createUser(db, { organizationId: org.id, role: 'therapist', teamIds: [team.id] }),
    foreignUser: await createUser(db, {
      organizationId: foreignOrg.id,
      role: 'therapist',
      teamIds: [foreignTeam.id],
    }),
    loginUser: { email: loginUser.email, password: loginPassword },
    callerPassword: CALLER_PASSWORD,
    totpCode: () => totpCode(ctx, encodeBase32UpperCaseNoPadding(MATRIX_TOTP_KEY)),
    async newGrant(scope: Scope) {
      const inOrg = scope === 'own';
      const grant = await grantBreakglass(db, {
        organizationId: inOrg ? org.id : foreignOrg.id,
        adminId: inOrg ? grantAdmin.id : foreignAdmin.id,
        reason: 'Matrix fixture grant for revocation',
        teamId: inOrg ? team.id : foreignTeam.id,
        now: ctx.clock.now(),
        audit: { at: ctx.clock.now(), actorRole: 'system' },
      });
      return grant.id;
    },
  };
});
afterAll(() => ctx.close());

/** A fresh caller of `role` on the world's team, with a full session (second factor done). */
async function cookieFor(role: Role): Promise<string> {
  const db = ctx.deps.db;
  const user = await createUser(db, {
    organizationId: world.org.id,
    role,
    teamIds: role === 'admin' ? [] : [world.team.id],
    passwordHash: callerHash,
  });
  if (ctx.config.MFA_REQUIRED_ROLES.includes(role)) {
    const sealed = await totpSecretBox(ctx.deps.vault.keys).seal(MATRIX_TOTP_KEY, user.id);
    await db.insert(mfaFactors).values({
      userId: user.id,
      sealedSecret: sealed,
      confirmedAt: ctx.clock.now(),
      createdAt: ctx.clock.now(),
    });
  }
  const { token } = await createSession(db, {
    userId: user.id,
    now: ctx.clock.now(),
    mfaPending: null,
    policy: sessionPolicyFrom(ctx.config),
  });
  return `qa_session=${token}`;
}

/** Every route the app serves, as `METHOD /path` (middleware entries registered for ALL are skipped). */
function registeredRoutes(): string[] {
  const keys = ctx.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

describe('route × role matrix', () => {
  it('has a row for every registered route', () => {
    expect(registeredRoutes()).toContain('POST /api/auth/login');
    const missing = registeredRoutes().filter((r) => !(r in routeTable));
    expect(missing, 'add these routes to test/authz/route-table.ts').toEqual([]);
  });

  const callers: Caller[] = ['anonymous', 'therapist', 'supervisor', 'consultant', 'admin'];
  const scopes: Scope[] = ['own', 'other'];
  for (const [route, row] of Object.entries(routeTable)) {
    const [method, path] = route.split(' ') as [string, string];
    it(`${route} answers each caller as the table says`, async () => {
      // A row whose route is gone is stale: the table must describe exactly the app's routes.
      expect(registeredRoutes(), `${path} is in the table but not mounted`).toContain(route);
      const got: string[] = [];
      const want: string[] = [];
      for (const caller of callers) {
        for (const scope of scopes) {
          const expected = row.expect[caller];
          const status = Array.isArray(expected) ? expected[scope === 'own' ? 0 : 1] : expected;
          const { path: url, body, form } = await row.request(world, scope);
          const headers: Record<string, string> = { origin: 'http://localhost' };
          if (caller !== 'anonymous') headers.cookie = await cookieFor(caller);
          if (body !== undefined) headers['content-type'] = 'application/json';
          const res = await ctx.app.request(url, {
            method,
            headers,
            body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
          });
          await res.arrayBuffer();
          got.push(`${caller}/${scope}: ${res.status}`);
          want.push(`${caller}/${scope}: ${status}`);
        }
      }
      expect(got).toEqual(want);
    });
  }
});
