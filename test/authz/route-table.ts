import { legalHolds } from '../../src/holds/tables.ts';
import { retentionCertificates, retentionRuns } from '../../src/retention/tables.ts';
import { addRosterEntries } from '../../src/rosters/service.ts';
import type { TestContext } from '../support/context.ts';
import { createUser } from '../support/factories.ts';
import { insertComment, insertRubric, startedReview, twoItemRubric } from '../support/reviews.ts';
import { insertAcceptedUpload, uploadForm } from '../support/uploads.ts';

/**
 * Every HTTP route × every kind of caller × a resource on the caller's own team (or organization)
 * and on another one, with the status each must get. test/authz/route-matrix.test.ts walks the app's
 * registered routes and fails for any route that has no row here.
 *
 * Adding a route: add a row keyed `'METHOD /path/:param'` exactly as Hono registers it.
 *  - `request(world, scope)` returns the path (and JSON body) to send. `scope` is 'own' for a
 *    resource the caller could legitimately reach (their team, their organization) and 'other' for
 *    one they must not (another team of the same organization, or another organization — pick what
 *    the route is about and say so in a comment). It may create what it needs through `world.ctx`,
 *    fresh per call, since requests that change state run once per caller and scope.
 *  - `expect` gives the status per caller: one number for both scopes or `[own, other]`. Callers are
 *    fresh users of each role in `world.org`, members of `world.team` (admins belong to no team), with
 *    a full session (second factor done); `anonymous` sends no cookie.
 * Use the helpers below for the common shapes (`publicRoute`, `signedIn`, `adminOnly`).
 */

export type Caller = 'anonymous' | 'therapist' | 'supervisor' | 'consultant' | 'admin';
export type Scope = 'own' | 'other';
type Status = number | [own: number, other: number];

export interface World {
  ctx: TestContext;
  /** The callers' organization and team. */
  org: { id: string };
  team: { id: string; name: string };
  /** Another team of the same organization (no caller belongs to it). */
  otherTeam: { id: string };
  /** Another organization, with a team and a user. */
  foreignOrg: { id: string };
  foreignTeam: { id: string };
  /** A therapist on `team` and one in `foreignOrg`: targets for the user-admin routes. */
  teamUser: { id: string };
  foreignUser: { id: string };
  /** A therapist with a known password, for the sign-in row. */
  loginUser: { email: string; password: string };
  /** The password every caller signs in with (for the password-change row). */
  callerPassword: string;
  /** A current TOTP code of every caller's second factor (for rows that want it verified afresh). */
  totpCode(): string;
  /** A fresh, active break-glass grant in the organization (`own`) or in the foreign one (`other`). */
  newGrant(scope: Scope): Promise<string>;
}

/** A JSON `body`, or a multipart `form` (uploads). */
export type RouteRequest = { path: string; body?: unknown; form?: FormData };

export interface RouteCase {
  request(world: World, scope: Scope): RouteRequest | Promise<RouteRequest>;
  expect: Record<Caller, Status>;
}

export const publicRoute = (status: number): Record<Caller, Status> => ({
  anonymous: status,
  therapist: status,
  supervisor: status,
  consultant: status,
  admin: status,
});
export const signedIn = (status: Status): Record<Caller, Status> => ({
  anonymous: 401,
  therapist: status,
  supervisor: status,
  consultant: status,
  admin: status,
});
export const adminOnly = (status: Status): Record<Caller, Status> => ({
  anonymous: 401,
  therapist: 403,
  supervisor: 403,
  consultant: 403,
  admin: status,
});

const unique = () => crypto.randomUUID().slice(0, 8);
const rosterRoles = { anonymous: 401, consultant: 403 } as const;
const NEW_PASSWORD = 'matrix passphrase number two';

export const routeTable: Record<string, RouteCase> = {
  'GET /healthz': { request: () => ({ path: '/healthz' }), expect: publicRoute(200) },
  'GET /api/openapi.json': { request: () => ({ path: '/api/openapi.json' }), expect: publicRoute(200) },
  // First run: public, the setup token is the credential; the world already has admins, so both refuse.
  'POST /api/setup/check': {
    request: () => ({ path: '/api/setup/check', body: { token: 'not-a-setup-token' } }),
    expect: publicRoute(200),
  },
  'POST /api/setup': {
    request: () => ({
      path: '/api/setup',
      body: {
        token: 'not-a-setup-token',
        name: 'Ada Admin',
        email: 'ada@example.org',
        password: 'a long enough passphrase',
      },
    }),
    expect: publicRoute(400),
  },

  // sign-in and the session itself: the same for both scopes
  'POST /api/auth/login': {
    request: (w) => ({
      path: '/api/auth/login',
      body: { email: w.loginUser.email, password: w.loginUser.password },
    }),
    expect: publicRoute(200),
  },
  'POST /api/auth/logout': { request: () => ({ path: '/api/auth/logout' }), expect: publicRoute(204) },
  'GET /api/auth/me': { request: () => ({ path: '/api/auth/me' }), expect: signedIn(200) },
  // Supervisors, consultants and admins are enrolled already (409); therapists may enroll voluntarily.
  'POST /api/auth/mfa/enroll': {
    request: () => ({ path: '/api/auth/mfa/enroll' }),
    expect: { anonymous: 401, therapist: 200, supervisor: 409, consultant: 409, admin: 409 },
  },
  // A full session has nothing left to verify.
  'POST /api/auth/mfa/verify': {
    request: () => ({ path: '/api/auth/mfa/verify', body: { code: '123456' } }),
    expect: signedIn(409),
  },
  'POST /api/auth/password': {
    request: (w) => ({
      path: '/api/auth/password',
      body: { currentPassword: w.callerPassword, newPassword: NEW_PASSWORD },
    }),
    expect: signedIn(204),
  },
  'POST /api/auth/password/reset': {
    request: () => ({
      path: '/api/auth/password/reset',
      body: { token: 'not-a-real-token', password: NEW_PASSWORD },
    }),
    expect: publicRoute(400),
  },

  // user administration: 'other' is a user of another organization
  'GET /api/users': { request: () => ({ path: '/api/users' }), expect: adminOnly(200) },
  'POST /api/users': {
    request: (w, scope) => ({
      path: '/api/users',
      body: {
        email: `matrix-${unique()}@example.test`,
        name: 'Matrix User',
        role: 'therapist',
        teams: [scope === 'own' ? w.team.id : w.foreignTeam.id],
      },
    }),
    expect: adminOnly([201, 400]),
  },
  'PATCH /api/users/:id': {
    request: (w, scope) => ({
      path: `/api/users/${scope === 'own' ? w.teamUser.id : w.foreignUser.id}`,
      body: { name: `Renamed ${unique()}` },
    }),
    expect: adminOnly([200, 404]),
  },
  'POST /api/users/:id/reset': {
    request: (w, scope) => ({
      path: `/api/users/${scope === 'own' ? w.teamUser.id : w.foreignUser.id}/reset`,
    }),
    expect: adminOnly([201, 404]),
  },

  // teams: 'other' is a team of another organization
  'GET /api/teams': { request: () => ({ path: '/api/teams' }), expect: adminOnly(200) },
  'POST /api/teams': {
    request: () => ({ path: '/api/teams', body: { name: `Team ${unique()}` } }),
    expect: adminOnly(201),
  },
  'GET /api/teams/:id': {
    request: (w, scope) => ({ path: `/api/teams/${scope === 'own' ? w.team.id : w.foreignTeam.id}` }),
    expect: adminOnly([200, 404]),
  },
  'PATCH /api/teams/:id': {
    request: (w, scope) => ({
      path: `/api/teams/${scope === 'own' ? w.team.id : w.foreignTeam.id}`,
      body: { name: `Team ${unique()}` },
    }),
    expect: adminOnly([200, 404]),
  },

  // rosters (src/rosters/): 'other' is a team of another organization (other teams of the same
  // organization are covered in test/rosters/); consultants are refused before any lookup
  'POST /api/teams/:id/roster': {
    request: (w, scope) => ({
      path: `/api/teams/${scope === 'own' ? w.team.id : w.foreignTeam.id}/roster`,
      body: { people: [`Matrix Person ${unique()}`] },
    }),
    expect: { ...rosterRoles, therapist: [201, 404], supervisor: [201, 404], admin: [201, 404] },
  },
  'GET /api/teams/:id/roster': {
    request: (w, scope) => ({ path: `/api/teams/${scope === 'own' ? w.team.id : w.foreignTeam.id}/roster` }),
    expect: { ...rosterRoles, therapist: [200, 404], supervisor: [200, 404], admin: [200, 404] },
  },
  'DELETE /api/teams/:id/roster/:entryId': {
    request: async (w, scope) => {
      const [teamId, actorId] =
        scope === 'own' ? [w.team.id, w.teamUser.id] : [w.foreignTeam.id, w.foreignUser.id];
      const { added } = await addRosterEntries(w.ctx.deps.vault, w.ctx.deps.db, {
        teamId,
        people: [`Matrix Person ${unique()}`],
        places: [],
        actorId,
        now: w.ctx.clock.now(),
        audit: { at: w.ctx.clock.now(), actorRole: 'system' },
      });
      return { path: `/api/teams/${teamId}/roster/${added[0]!.id}` };
    },
    expect: { ...rosterRoles, therapist: [204, 404], supervisor: [204, 404], admin: [204, 404] },
  },

  // break-glass: 'other' is a team / grant of another organization
  'POST /api/breakglass': {
    request: (w, scope) => ({
      path: '/api/breakglass',
      body: {
        reason: 'Matrix test: emergency review requested',
        teamId: scope === 'own' ? w.team.id : w.foreignTeam.id,
      },
    }),
    expect: adminOnly([201, 404]),
  },
  'GET /api/breakglass': { request: () => ({ path: '/api/breakglass' }), expect: adminOnly(200) },
  'POST /api/breakglass/:id/revoke': {
    request: async (w, scope) => ({ path: `/api/breakglass/${await w.newGrant(scope)}/revoke` }),
    expect: adminOnly([200, 404]),
  },

  // the access log (src/audit/routes.ts): the organization's own log only
  'GET /api/audit': { request: () => ({ path: '/api/audit' }), expect: adminOnly(200) },
  'GET /api/audit/chain': { request: () => ({ path: '/api/audit/chain' }), expect: adminOnly(200) },
  // Deployment-wide key ids and counts (no key material, nothing of any organization's).
  'GET /api/vault/keys': { request: () => ({ path: '/api/vault/keys' }), expect: adminOnly(200) },
  'GET /api/audit/export': {
    request: () => ({ path: '/api/audit/export?format=jsonl' }),
    expect: adminOnly(200),
  },

  // scan settings (src/scan-settings/): always the caller's own organization — the path names none, so
  // both scopes are the same; another organization's admin is covered in test/scan-settings/
  'GET /api/scan-settings': { request: () => ({ path: '/api/scan-settings' }), expect: adminOnly(200) },
  'PUT /api/scan-settings': {
    request: () => ({ path: '/api/scan-settings', body: { allowList: ['Juvenile Court'] } }),
    expect: adminOnly(200),
  },

  // retention (src/retention/) and legal holds (src/holds/): always the caller's own organization;
  // 'other' is a run, certificate, user or hold of another organization (404 for its admin too)
  'GET /api/retention': { request: () => ({ path: '/api/retention' }), expect: adminOnly(200) },
  'PUT /api/retention': {
    request: () => ({ path: '/api/retention', body: { rules: [{ kind: 'paperwork', keepDays: 2190 }] } }),
    expect: adminOnly(200),
  },
  'GET /api/retention/preview': {
    request: () => ({ path: '/api/retention/preview?within=30' }),
    expect: adminOnly(200),
  },
  'GET /api/retention/runs': { request: () => ({ path: '/api/retention/runs' }), expect: adminOnly(200) },
  'POST /api/retention/runs/:id/confirm': {
    request: async (w, scope) => ({
      path: `/api/retention/runs/${(await matrixRun(w, scope)).id}/confirm`,
    }),
    expect: adminOnly([202, 404]),
  },
  'GET /api/retention/certificates': {
    request: () => ({ path: '/api/retention/certificates' }),
    expect: adminOnly(200),
  },
  'GET /api/retention/certificates/:id': {
    request: async (w, scope) => ({
      path: `/api/retention/certificates/${await matrixCertificate(w, scope)}`,
    }),
    expect: adminOnly([200, 404]),
  },
  // Holds name a fresh user: one on teamUser would hold the matrix's uploads and refuse their deletion.
  'POST /api/holds': {
    request: async (w, scope) => ({
      path: '/api/holds',
      body: {
        scope: 'user',
        targetId: scope === 'own' ? (await holdTarget(w)).id : w.foreignUser.id,
        reason: 'Matrix test: preservation notice received',
      },
    }),
    expect: adminOnly([201, 404]),
  },
  'GET /api/holds': { request: () => ({ path: '/api/holds' }), expect: adminOnly(200) },
  'POST /api/holds/:id/release': {
    request: async (w, scope) => ({
      path: `/api/holds/${await matrixHold(w, scope)}/release`,
      body: { reason: 'Matrix test: the matter has been settled' },
    }),
    expect: adminOnly([200, 404]),
  },

  // the organization itself (src/closure/): the caller's own; both scopes are the same organization.
  // The admin closes it (the second scope finds it closed: 409) and the next row reopens it.
  'GET /api/organization': { request: () => ({ path: '/api/organization' }), expect: adminOnly(200) },
  'POST /api/organization/close': {
    request: (w) => ({
      path: '/api/organization/close',
      body: { reason: 'Matrix test: the program has ended for good', code: w.totpCode() },
    }),
    expect: adminOnly([200, 409]),
  },
  'POST /api/organization/reopen': {
    request: (w) => ({ path: '/api/organization/reopen', body: { code: w.totpCode() } }),
    expect: adminOnly([200, 409]),
  },

  // uploads (src/uploads/): 'other' is another team of the same organization, which no caller
  // belongs to. The uploads are by a therapist of the callers' team, so a therapist caller never owns
  // one (404: therapists see only their own); admins see metadata but read no content without a grant.
  'POST /api/uploads': {
    request: (w, scope) => ({
      path: '/api/uploads',
      form: uploadForm({
        kind: 'paperwork',
        team: scope === 'own' ? w.team.id : w.otherTeam.id,
        file: { bytes: 'The session reviewed the weekly routine.\n' },
      }),
    }),
    expect: { anonymous: 401, therapist: [201, 404], supervisor: [201, 404], consultant: 403, admin: 403 },
  },
  'GET /api/uploads': { request: () => ({ path: '/api/uploads' }), expect: signedIn(200) },
  'GET /api/uploads/:id': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 200 },
  },
  'GET /api/uploads/:id/content': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}/content` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 403 },
  },
  'GET /api/uploads/:id/transcript': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}/transcript` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 403 },
  },
  'GET /api/uploads/:id/peaks': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}/peaks` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 403 },
  },
  // Only the uploader attaches a transcript: a supervisor who can see the upload is refused (403).
  'PUT /api/uploads/:id/transcript': {
    request: async (w, scope) => ({
      path: `/api/uploads/${(await matrixUpload(w, scope)).id}/transcript`,
      form: uploadForm({ transcript: { bytes: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello.\n' } }),
    }),
    expect: { anonymous: 401, therapist: 404, supervisor: [403, 404], consultant: 403, admin: 403 },
  },
  'DELETE /api/uploads/:id': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [403, 404], consultant: 403, admin: 204 },
  },

  // reviews (src/reviews/): uploads as above ('other' is another team of the organization). Therapist
  // callers never own them (404); admins manage the workflow (reopen) but neither review nor read
  // comments without a grant (403).
  'GET /api/reviews': { request: () => ({ path: '/api/reviews' }), expect: signedIn(200) },
  'GET /api/reviews/summary': {
    request: (w, scope) => ({
      path: `/api/reviews/summary?team=${scope === 'own' ? w.team.id : w.otherTeam.id}`,
    }),
    expect: { anonymous: 401, therapist: 403, supervisor: [200, 404], consultant: 403, admin: 200 },
  },
  'GET /api/uploads/:id/review': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}/review` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 200 },
  },
  'POST /api/uploads/:id/review': {
    request: async (w, scope) => ({
      path: `/api/uploads/${(await matrixUpload(w, scope)).id}/review`,
      body: { action: 'start' },
    }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 403 },
  },
  'GET /api/uploads/:id/text': {
    request: async (w, scope) => ({
      path: `/api/uploads/${(await matrixUpload(w, scope, 'paperwork')).id}/text`,
    }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 403 },
  },
  'GET /api/uploads/:id/comments': {
    request: async (w, scope) => ({ path: `/api/uploads/${(await matrixUpload(w, scope)).id}/comments` }),
    expect: { anonymous: 401, therapist: 404, supervisor: [200, 404], consultant: [200, 404], admin: 403 },
  },
  'POST /api/uploads/:id/comments': {
    request: async (w, scope) => ({
      path: `/api/uploads/${(await matrixReview(w, scope)).upload.id}/comments`,
      body: { body: 'Clear agenda at the start.', startMs: 0, endMs: 500 },
    }),
    expect: { anonymous: 401, therapist: 404, supervisor: [201, 404], consultant: [201, 404], admin: 403 },
  },
  // The comment is another reviewer's: a reviewer of the team may reach it but only its author may
  // change it (403); authors editing their own are in test/reviews/comments.test.ts.
  'PATCH /api/uploads/:id/comments/:commentId': {
    request: async (w, scope) => {
      const { upload, comment } = await matrixReview(w, scope);
      return { path: `/api/uploads/${upload.id}/comments/${comment.id}`, body: { body: 'Reworded.' } };
    },
    expect: { anonymous: 401, therapist: 404, supervisor: [403, 404], consultant: [403, 404], admin: 403 },
  },
  'DELETE /api/uploads/:id/comments/:commentId': {
    request: async (w, scope) => {
      const { upload, comment } = await matrixReview(w, scope);
      return { path: `/api/uploads/${upload.id}/comments/${comment.id}` };
    },
    expect: { anonymous: 401, therapist: 404, supervisor: [403, 404], consultant: [403, 404], admin: 403 },
  },

  // rubrics (src/rubrics/): 'other' is a rubric of another organization
  'GET /api/rubrics': { request: () => ({ path: '/api/rubrics' }), expect: signedIn(200) },
  'POST /api/rubrics': {
    request: () => ({ path: '/api/rubrics', body: twoItemRubric }),
    expect: adminOnly(201),
  },
  'POST /api/rubrics/example': { request: () => ({ path: '/api/rubrics/example' }), expect: adminOnly(201) },
  'GET /api/rubrics/:id': {
    request: async (w, scope) => ({ path: `/api/rubrics/${(await matrixRubric(w, scope)).id}` }),
    expect: signedIn([200, 404]),
  },
  'PUT /api/rubrics/:id': {
    request: async (w, scope) => ({
      path: `/api/rubrics/${(await matrixRubric(w, scope)).id}`,
      body: twoItemRubric,
    }),
    expect: adminOnly([200, 404]),
  },
};

/** An upload as matrixUpload, in review, with one comment by a reviewer who is not the caller. */
async function matrixReview(w: World, scope: Scope) {
  const upload = await matrixUpload(w, scope);
  await startedReview(w.ctx, upload, w.teamUser.id);
  return { upload, comment: await insertComment(w.ctx, upload, w.teamUser.id) };
}

function matrixRubric(w: World, scope: Scope) {
  return scope === 'own'
    ? insertRubric(w.ctx, w.org.id, w.teamUser.id)
    : insertRubric(w.ctx, w.foreignOrg.id, w.foreignUser.id);
}

/** A fresh accepted recording by the team's therapist, on the callers' team or on the other one. */
function matrixUpload(w: World, scope: Scope, kind?: 'paperwork') {
  return insertAcceptedUpload(w.ctx, {
    kind,
    organizationId: w.org.id,
    teamId: scope === 'own' ? w.team.id : w.otherTeam.id,
    ownerId: w.teamUser.id,
  });
}

/** A run the safety net stopped, in the callers' organization or the foreign one. */
async function matrixRun(w: World, scope: Scope) {
  const [run] = await w.ctx.deps.db
    .insert(retentionRuns)
    .values({
      organizationId: scope === 'own' ? w.org.id : w.foreignOrg.id,
      status: 'awaiting_confirmation',
      startedAt: w.ctx.clock.now(),
      dueCount: 0,
      limit: 100,
    })
    .returning();
  return run!;
}

/** A stored certificate (of an empty run; the route serves what is stored). */
async function matrixCertificate(w: World, scope: Scope): Promise<string> {
  const run = await matrixRun(w, scope);
  const [cert] = await w.ctx.deps.db
    .insert(retentionCertificates)
    .values({
      runId: run.id,
      organizationId: run.organizationId,
      issuedAt: w.ctx.clock.now(),
      document: { runId: run.id },
      keyId: 'matrix',
      mac: '0'.repeat(64),
    })
    .returning();
  return cert!.id;
}

const holdTarget = (w: World) => createUser(w.ctx.deps.db, { organizationId: w.org.id, role: 'therapist' });

/** An active hold on a fresh user (own) or on the foreign organization's therapist (other). */
async function matrixHold(w: World, scope: Scope): Promise<string> {
  const own = scope === 'own';
  const target = own ? await holdTarget(w) : w.foreignUser;
  const [hold] = await w.ctx.deps.db
    .insert(legalHolds)
    .values({
      organizationId: own ? w.org.id : w.foreignOrg.id,
      scope: 'user',
      targetId: target.id,
      reason: 'Matrix fixture: preservation notice',
      createdBy: target.id,
      createdAt: w.ctx.clock.now(),
    })
    .returning();
  return hold!.id;
}
