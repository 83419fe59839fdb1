import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/actor.ts';
import { can, decide, policy, type Resource } from '../../src/authz/policy.ts';

const org = 'org-1';
const teamA = 'team-a';
const teamB = 'team-b';
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: `${role}-1`,
  organizationId: org,
  role,
  teamIds: role === 'admin' ? [] : [teamA],
  sessionId: 's',
  ...extra,
});
const upload = (over: Partial<Extract<Resource, { type: 'upload' }>> = {}): Resource => ({
  type: 'upload',
  id: 'u-1',
  organizationId: org,
  teamId: teamA,
  ownerId: 'therapist-1',
  ...over,
});

describe('can / decide', () => {
  it('denies any action a role has no rule for (deny by default)', () => {
    for (const [action, row] of Object.entries(policy)) {
      for (const role of ['therapist', 'supervisor', 'consultant', 'admin'] as const) {
        if (!(role in row.roles)) expect(can(actor(role), action as keyof typeof policy)).toBe(false);
      }
    }
  });

  it('lets a therapist read only their own uploads and hides the rest (404)', () => {
    expect(can(actor('therapist'), 'upload.stream', upload())).toBe(true);
    expect(decide(actor('therapist'), 'upload.stream', upload({ ownerId: 'someone' }))).toMatchObject({
      allowed: false,
      status: 404,
    });
  });

  it('lets supervisors and consultants read their teams’ uploads, never other teams’', () => {
    for (const role of ['supervisor', 'consultant'] as const) {
      expect(can(actor(role), 'upload.stream', upload())).toBe(true);
      expect(decide(actor(role), 'upload.stream', upload({ teamId: teamB }))).toMatchObject({ status: 404 });
    }
  });

  it('keeps consultants listen-only: download is 403 on their own team', () => {
    expect(decide(actor('consultant'), 'upload.download', upload())).toMatchObject({
      allowed: false,
      status: 403,
    });
    expect(can(actor('supervisor'), 'upload.download', upload())).toBe(true);
  });

  it('shows admins metadata but never content without a grant', () => {
    expect(can(actor('admin'), 'upload.view', upload({ teamId: teamB }))).toBe(true);
    expect(decide(actor('admin'), 'upload.stream', upload())).toMatchObject({ allowed: false, status: 403 });
  });

  it('honours an admin’s active grant for its team or named uploads only, in its organization', () => {
    const withTeam = actor('admin', {
      grants: [{ id: 'g1', teamId: teamA, uploadIds: [], expiresAt: new Date() }],
    });
    expect(decide(withTeam, 'upload.stream', upload())).toEqual({ allowed: true, grantId: 'g1' });
    expect(can(withTeam, 'upload.stream', upload({ teamId: teamB }))).toBe(false);
    const withUpload = actor('admin', {
      grants: [{ id: 'g2', teamId: null, uploadIds: ['u-9'], expiresAt: new Date() }],
    });
    expect(can(withUpload, 'upload.peaks', upload({ id: 'u-9', teamId: teamB }))).toBe(true);
    expect(can(withUpload, 'upload.peaks', upload({ id: 'u-9', organizationId: 'org-2' }))).toBe(false);
  });

  it('never crosses organizations, even for admins, and hides what is across (404)', () => {
    const foreignUser: Resource = { type: 'user', id: 'x', organizationId: 'org-2' };
    expect(decide(actor('admin'), 'user.update', foreignUser)).toMatchObject({ allowed: false, status: 404 });
    expect(can(actor('admin'), 'user.update', { type: 'user', id: 'x', organizationId: org })).toBe(true);
  });

  it('lets the owner delete before review starts, not after', () => {
    expect(can(actor('therapist'), 'upload.delete', upload())).toBe(true);
    expect(decide(actor('therapist'), 'upload.delete', upload({ reviewStarted: true }))).toMatchObject({
      status: 403,
    });
  });

  it('lets therapists and supervisors change their own team’s roster, not another’s', () => {
    const team = (id: string): Resource => ({ type: 'team', id, organizationId: org });
    expect(can(actor('therapist'), 'roster.add', team(teamA))).toBe(true);
    expect(decide(actor('supervisor'), 'roster.add', team(teamB))).toMatchObject({ status: 404 });
    expect(decide(actor('consultant'), 'roster.add', team(teamA))).toMatchObject({ status: 403 });
  });
});
