import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { launchChromium, screenshotDir, totpAt } from '../support/browser.ts';
import { type IsolatedServer, isolatedServer, type ServeChild, startServe } from '../support/serve.ts';
import {
  acceptInvitation,
  checkPage,
  enrolSecondFactor,
  newPage,
  PASSWORD,
  screenshotAll,
  setupLinkOf,
  signIn,
  upload,
  uploadResult,
} from '../support/web-journey.ts';

/**
 * An administrator's retention work in the browser: rules, the preview, a legal hold its owner cannot
 * delete through, a disposal run stopped by the safety net and confirmed, its certificate viewed and
 * downloaded, and closing and reopening the organization. The service runs twice on one database:
 * first on the real clock, then with QA_VAULT_NOW 430 days on (NODE_ENV=test), when the uploads are due.
 */

const DAY = 86_400_000;
const LATER_DAYS = 430;
const ADMIN = 'riley.admin@example.test';
const THERAPIST = 'tamsin@example.test';
const TITLES = ['Goal sheet for week one', 'Goal sheet for week two', 'Goal sheet for week three'];
const NOTE = 'The family practised the evening routine and the reward chart was reviewed.';
const HOLD_REASON = 'Records request from the state licensing board, preserve';

let server: IsolatedServer;
let serve: ServeChild;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let therapist: Page;
let secondFactor: { setupKey: string; recoveryCodes: string[] };
let invitation: string;
let uploadIds: string[];
let certificateFile: string;

const page = (base: string) => newPage(browser, contexts, base);

beforeAll(async () => {
  server = await isolatedServer({ JOB_POLL_MS: '100' });
  serve = await startServe(server.env);
  browser = await launchChromium();
}, 120_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshotAll(contexts);
});

afterAll(async () => {
  if (serve)
    await writeFile(join(screenshotDir, '..', 'serve-retention.log'), serve.stderr()).catch(() => {});
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  serve?.kill();
  await serve?.exited;
  await server?.close();
});

describe('retention journeys', { timeout: 120_000 }, () => {
  it('an admin is set up, and a therapist uploads three pieces of paperwork', async () => {
    const link = await setupLinkOf(serve);
    admin = await page(serve.url);
    await admin.goto(link);
    await admin.getByLabel('Name', { exact: true }).fill('Riley Admin');
    await admin.getByLabel('Email', { exact: true }).fill(ADMIN);
    await admin.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await admin.getByLabel('Repeat password', { exact: true }).fill(PASSWORD);
    await admin.getByRole('button', { name: 'Create administrator' }).click();
    secondFactor = await enrolSecondFactor(admin);
    await admin.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    const nav = admin.getByRole('navigation', { name: 'Main' });
    for (const item of ['Retention', 'Legal holds', 'Disposal certificates', 'Organization']) {
      await expect(nav.getByRole('link', { name: item }).count()).resolves.toBe(1);
    }

    await nav.getByRole('link', { name: 'Teams' }).click();
    await admin.getByLabel('Team name', { exact: true }).fill('East Team');
    await admin.getByRole('button', { name: 'Add team' }).click();
    // Data residency: the team's storage location (the embedded default store).
    await admin
      .getByRole('row', { name: /East Team/ })
      .getByText('(default)')
      .waitFor();
    await nav.getByRole('link', { name: 'Users' }).click();
    await admin.getByLabel('Name', { exact: true }).fill('Tamsin Therapist');
    await admin.getByLabel('Email', { exact: true }).fill(THERAPIST);
    await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Therapist' });
    await admin.getByRole('group', { name: 'Teams', exact: true }).getByLabel('East Team').check();
    await admin.getByRole('button', { name: 'Add user' }).click();
    await admin.getByText('Tamsin Therapist was added.').waitFor();
    invitation = (await admin.getByTestId('one-time-link').textContent())!.trim();

    therapist = await page(serve.url);
    await acceptInvitation(therapist, invitation, THERAPIST);
    await therapist.getByRole('heading', { name: 'Upload', level: 1 }).waitFor();
    for (const [i, title] of TITLES.entries()) {
      // A fresh form each time, so the "Accepted" waited for is this upload's.
      await therapist.goto('/upload');
      await upload(
        therapist,
        { name: `goals-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${NOTE}\n`) },
        { kind: 'Paperwork', title },
      );
      await uploadResult(therapist).getByText('Accepted:').waitFor();
    }
    const { uploads } = await (await therapist.context().request.get('/api/uploads')).json();
    uploadIds = uploads.map((u: { id: string }) => u.id);
    expect(uploadIds).toHaveLength(3);
  });

  it('the admin sets a rule: under the floor is refused by the form, over the maximum by the server', async () => {
    await admin.getByRole('link', { name: 'Retention' }).click();
    await admin.getByRole('heading', { name: 'Rules' }).waitFor();
    const paperwork = admin.getByLabel('Paperwork', { exact: true });
    await expect(paperwork.inputValue()).resolves.toBe('2190');
    await expect(admin.getByRole('row', { name: /Paperwork/ }).textContent()).resolves.toMatch(
      /6 years.*Default/,
    );
    await checkPage(admin, 'retention');

    await paperwork.fill('200');
    await admin.getByRole('button', { name: 'Save rules' }).click();
    await admin.getByText('At least 365 days (1 year): no rule may go under the floor.').waitFor();
    await expect(paperwork.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(paperwork.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await paperwork.fill('40000');
    await admin.getByRole('button', { name: 'Save rules' }).click();
    await admin
      .getByRole('alert')
      .filter({ hasText: /keepDays/ })
      .waitFor();

    await paperwork.fill('365');
    await admin.getByRole('button', { name: 'Save rules' }).click();
    await admin.getByText('Rules saved.').waitFor();
    await expect(admin.getByRole('row', { name: /Paperwork/ }).textContent()).resolves.toMatch(
      /1 year.*Set by an admin/,
    );
    const rules = await (await admin.context().request.get('/api/retention')).json();
    expect(rules.rules.find((r: { kind: string }) => r.kind === 'paperwork')).toMatchObject({
      keepDays: 365,
    });
  });

  it('the preview shows what becomes due within a year and a month, with kind, team and date', async () => {
    await admin.getByLabel('Due within (days)', { exact: true }).fill('400');
    await admin.getByRole('button', { name: 'Show' }).click();
    const counts = admin.getByRole('list', { name: 'Counts' });
    await counts.getByText(/^3 due by/).waitFor();
    for (const id of uploadIds) {
      const row = admin.getByRole('row', { name: new RegExp(id) });
      await expect(row.textContent()).resolves.toMatch(/Paperwork.*East Team.*Due soon/);
    }
    await checkPage(admin, 'retention-preview');
  });

  it('a hold on one upload: its owner’s delete is refused in the page, and the hold is released', async () => {
    const held = uploadIds[0]!;
    await admin.getByRole('link', { name: 'Legal holds' }).click();
    await admin.getByText('No hold is active.').waitFor();
    await admin.getByLabel('Upload id', { exact: true }).fill(held);
    const reason = admin.getByLabel('Reason', { exact: true });
    await reason.fill('Records request');
    await admin.getByText('15 characters — at least 20 needed').waitFor();
    await reason.fill(HOLD_REASON);
    await admin.getByText(`${HOLD_REASON.length} characters`, { exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Place hold' }).click();
    await admin.getByRole('cell', { name: `Upload ${held}`, exact: true }).waitFor();
    await checkPage(admin, 'legal-holds');

    await admin.getByRole('link', { name: 'Retention' }).click();
    await admin.getByLabel('Due within (days)', { exact: true }).fill('400');
    await admin.getByRole('button', { name: 'Show' }).click();
    await admin
      .getByRole('list', { name: 'Counts' })
      .getByText(/^1 under a legal hold/)
      .waitFor();
    await expect(admin.getByRole('row', { name: new RegExp(held) }).textContent()).resolves.toContain('Held');

    await therapist.goto(`/uploads/${held}`);
    await therapist.getByRole('button', { name: 'Delete this upload' }).click();
    const dialog = therapist.getByRole('dialog', { name: 'Delete this upload?' });
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await dialog
      .getByRole('alert')
      .getByText('This upload is under a legal hold and cannot be deleted.')
      .waitFor();
    await checkPage(therapist, 'delete-refused-legal-hold');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const { status } = await (await therapist.context().request.get(`/api/uploads/${held}`)).json();
    expect(status).toBe('accepted');

    await admin.getByRole('link', { name: 'Legal holds' }).click();
    await admin.getByRole('button', { name: `Release the hold on Upload ${held}` }).click();
    const release = admin.getByRole('dialog', { name: 'Release this hold?' });
    await release
      .getByLabel('Reason for release', { exact: true })
      .fill('The board closed its request without action');
    await release.getByRole('button', { name: 'Release hold' }).click();
    await admin.getByText('No hold is active.').waitFor();
    await admin.getByLabel('Released', { exact: true }).check();
    await admin.getByRole('cell', { name: /The board closed its request/ }).waitFor();
  });

  it(`${LATER_DAYS} days on, the safety net stops the run; the admin sees them overdue and confirms it`, async () => {
    serve.kill();
    await serve.exited;
    const later = new Date(Date.now() + LATER_DAYS * DAY).toISOString();
    serve = await startServe({ ...server.env, QA_VAULT_NOW: later, RETENTION_MAX_PER_RUN: '2' });
    await serve.logged(/retention run stopped by the safety net/);

    // Sessions ended long ago by the server's clock: sign in again, with a recovery code. This time in
    // the dark theme, so the new pages' contrast is checked in both.
    admin = await newPage(browser, contexts, serve.url, 'dark');
    await signIn(admin, ADMIN);
    await admin.getByRole('button', { name: 'Use a recovery code' }).click();
    await admin.getByLabel('Recovery code', { exact: true }).fill(secondFactor.recoveryCodes[0]!);
    await admin.getByRole('button', { name: 'Verify' }).click();
    await admin.getByRole('heading', { name: 'Users', level: 1 }).waitFor();

    await admin.getByRole('link', { name: 'Retention' }).click();
    const counts = admin.getByRole('list', { name: 'Counts' });
    await counts.getByText(/^3 overdue/).waitFor();
    await admin.getByText(/the daily run is not disposing of them/).waitFor();
    await expect(admin.locator('tr.overdue').count()).resolves.toBe(3);
    const stopped = admin.getByRole('row').filter({ hasText: 'Waiting for confirmation' });
    await expect(stopped.textContent()).resolves.toMatch(/Waiting for confirmation.*3.*2/);
    await checkPage(admin, 'retention-awaiting-confirmation');

    await stopped.getByRole('button', { name: /^Confirm the run/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Confirm this disposal run?' });
    await expect(dialog.textContent()).resolves.toMatch(/3 uploads were due, more than the limit of 2/);
    await expect(dialog.textContent()).resolves.toContain('cannot be recovered');
    await checkPage(admin, 'retention-confirm-dialog');
    await dialog.getByRole('button', { name: 'Dispose of 3 uploads' }).click();
    const done = admin.getByRole('row').filter({ hasText: 'View certificate' }).first();
    await done.getByText('Completed').waitFor({ timeout: 30_000 });
    await expect(done.textContent()).resolves.toMatch(/Completed.*3.*2.*3/);
  });

  it('the run’s certificate lists the three uploads and downloads as JSON and CSV without any title', async () => {
    await admin.getByRole('link', { name: 'Disposal certificates' }).click();
    // The only one: the first start's daily run found no organization yet (setup came after it).
    const rows = admin.getByRole('row');
    await rows.nth(1).getByRole('cell', { name: '3', exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await checkPage(admin, 'disposal-certificates');
    await rows
      .nth(1)
      .getByRole('link', { name: /^View the certificate/ })
      .click();
    await admin.getByRole('heading', { name: 'Disposal certificate', level: 1 }).waitFor();
    await admin.getByText('cryptographic erase: per-object data keys destroyed').waitFor();
    for (const id of uploadIds) await admin.getByRole('cell', { name: id }).waitFor();
    await checkPage(admin, 'disposal-certificate');

    for (const [link, marker] of [
      ['Download JSON', '"method":"cryptographic erase: per-object data keys destroyed"'],
      ['Download CSV', 'field,value'],
    ] as const) {
      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('link', { name: link }).click(),
      ]);
      const path = (await download.path())!;
      const text = await readFile(path, 'utf8');
      expect(text).toContain(marker);
      for (const id of uploadIds) expect(text).toContain(id);
      for (const title of TITLES) expect(text).not.toContain(title);
      if (link === 'Download CSV') certificateFile = join(server.dataDir, 'certificate.csv');
      if (link === 'Download CSV') await writeFile(certificateFile, text);
    }
  });

  it('the admin closes the organization with a fresh code, a therapist is turned away, and it reopens', async () => {
    // Codes are for the server's clock (QA_VAULT_NOW), which its preview states.
    const asOf = Date.parse(
      (await (await admin.context().request.get('/api/retention/preview')).json()).asOf,
    );
    await admin.getByRole('link', { name: 'Organization' }).click();
    await admin.getByText('Open', { exact: true }).waitFor();
    await admin.getByText(/Closing stops the program's use of QA Vault at once/).waitFor();
    await checkPage(admin, 'organization');
    await admin.getByLabel('Reason', { exact: true }).fill('The program ended with the grant period');
    await admin.getByLabel('Authentication code', { exact: true }).fill(totpAt(secondFactor.setupKey, asOf));
    await admin.getByRole('button', { name: 'Close organization' }).click();
    await admin.getByText('Closed', { exact: true }).waitFor();
    const status = admin.getByRole('definition').filter({ hasText: /\d/ });
    await expect(status.count()).resolves.toBeGreaterThan(1);
    await admin.getByRole('heading', { name: 'Reopen the organization' }).waitFor();
    await checkPage(admin, 'organization-closed');
    const org = await (await admin.context().request.get('/api/organization')).json();
    expect(Date.parse(org.keepUntil) - Date.parse(org.closedAt)).toBe(365 * DAY);

    const turnedAway = await page(serve.url);
    await signIn(turnedAway, THERAPIST);
    await turnedAway
      .getByRole('alert')
      .getByText(/organization is closed/)
      .waitFor();

    await admin
      .getByLabel('Authentication code', { exact: true })
      .fill(totpAt(secondFactor.setupKey, asOf + 30_000));
    await admin.getByRole('button', { name: 'Reopen organization' }).click();
    await admin.getByText('Open', { exact: true }).waitFor();
    await admin.getByRole('heading', { name: 'Close the organization' }).waitFor();
  });

  it('the downloaded certificate verifies with qa-vault retention verify-certificate', async () => {
    serve.kill();
    await serve.exited;
    let out = '';
    const code = await main(['retention', 'verify-certificate', certificateFile], {
      env: { ...process.env, ...server.env, NODE_ENV: 'test', LOG_LEVEL: 'error' } as Record<string, string>,
      stdin: process.stdin,
      out: (t) => (out += t),
      err: (t) => (out += t),
    });
    expect(out).toContain('certificate valid');
    expect(out).toContain('3 upload(s)');
    expect(code).toBe(0);
  });
});
