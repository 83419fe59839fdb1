import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ffmpeg } from '../media/fixtures.ts';
import { expectAccessible, launchChromium, screenshot, screenshotDir } from '../support/browser.ts';
import { type IsolatedServer, isolatedServer, type ServeChild, startServe } from '../support/serve.ts';
import {
  acceptInvitation as acceptInvitationLink,
  checkPage,
  enrolSecondFactor,
  newPage as openPage,
  PASSWORD,
  screenshotAll,
  setupLinkOf,
  upload,
  uploadResult,
} from '../support/web-journey.ts';

/**
 * The web app end to end: a real `qa-vault serve` on the embedded defaults (PGlite, local store) and
 * Debian's Chromium, walked through as the people it is for. Steps share the one server and run in
 * order; each page visited is checked with axe-core and photographed.
 */

const CLEAN = 'The session reviewed the weekly routine and the homework plan.';
const CLIENT = 'Marisol Quintanilla';
const CLEAN_VTT =
  'WEBVTT\n\n00:00.000 --> 00:01.000\nThe session reviewed the weekly routine.\n\n00:01.000 --> 00:02.000\nPraise was used for compliance.\n';

let server: IsolatedServer;
let serve: ServeChild;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];
const invitations: Record<string, string> = {};
let admin: Page;
let therapist: Page;
let other: Page;
let recordingId: string;
let wav: string;

const status = uploadResult;
const newPage = (colorScheme: 'light' | 'dark' = 'light') => openPage(browser, contexts, base, colorScheme);
const acceptInvitation = (page: Page, who: string, email: string) =>
  acceptInvitationLink(page, invitations[who]!, email);

beforeAll(async () => {
  server = await isolatedServer({ JOB_POLL_MS: '100' });
  serve = await startServe(server.env);
  base = serve.url;
  browser = await launchChromium();
  wav = join(server.dataDir, 'tone.wav');
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=44100:duration=3',
    '-c:a',
    'pcm_s16le',
    '-f',
    'wav',
    wav,
  ]);
}, 120_000);

// A failed step leaves a picture of every open page, to see what the person would have seen.
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshotAll(contexts);
});

afterAll(async () => {
  // The server's log next to the screenshots, for a failed run.
  if (serve) await writeFile(join(screenshotDir, '..', 'serve.log'), serve.stderr()).catch(() => {});
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  serve?.kill();
  await serve?.exited;
  await server?.close();
});

describe('web app journeys', { timeout: 120_000 }, () => {
  it('first run: the setup link logged by serve creates the admin, who enrols a second factor', async () => {
    const link = await setupLinkOf(serve);
    admin = await newPage();
    await admin.goto(link);
    await admin.getByLabel('Name', { exact: true }).fill('Avery Admin');
    await checkPage(admin, 'setup');
    await admin.getByLabel('Email', { exact: true }).fill('avery.admin@example.test');
    await admin.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await admin.getByLabel('Repeat password', { exact: true }).fill(PASSWORD);
    await admin.getByRole('button', { name: 'Create administrator' }).click();
    await enrolSecondFactor(admin);
    await admin.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(new URL(admin.url()).pathname).toBe('/admin/users');
    const nav = admin.getByRole('navigation', { name: 'Main' });
    for (const item of ['Users', 'Teams', 'Access log', 'Break-glass', 'Settings']) {
      await expect(nav.getByRole('link', { name: item }).count()).resolves.toBe(1);
    }
    await expect(nav.getByRole('link', { name: 'Upload', exact: true }).count()).resolves.toBe(0);

    // The link worked once.
    const again = await newPage();
    await again.goto(link);
    await again.getByText('This setup link is invalid, used or expired').waitFor();
  });

  it('the admin creates two teams, a therapist and a supervisor, and another team’s therapist', async () => {
    await admin.getByRole('link', { name: 'Teams' }).click();
    for (const name of ['North Team', 'South Team']) {
      await admin.getByLabel('Team name', { exact: true }).fill(name);
      await admin.getByRole('button', { name: 'Add team' }).click();
      await admin.getByRole('cell', { name, exact: true }).waitFor();
    }
    await checkPage(admin, 'admin-teams');
    await admin.getByRole('link', { name: 'Users' }).click();
    const people = [
      ['therapist', 'Theo Therapist', 'theo@example.test', 'Therapist', 'North Team'],
      ['supervisor', 'Sam Supervisor', 'sam@example.test', 'Supervisor', 'North Team'],
      ['other', 'Olive Other', 'olive@example.test', 'Therapist', 'South Team'],
    ] as const;
    for (const [key, name, email, role, team] of people) {
      await admin.getByLabel('Name', { exact: true }).fill(name);
      await admin.getByLabel('Email', { exact: true }).fill(email);
      await admin.getByLabel('Role', { exact: true }).selectOption({ label: role });
      await admin.getByRole('group', { name: 'Teams', exact: true }).getByLabel(team).check();
      await admin.getByRole('button', { name: 'Add user' }).click();
      await admin.getByText(`${name} was added.`).waitFor();
      invitations[key] = (await admin.getByTestId('one-time-link').textContent())!.trim();
    }
    await checkPage(admin, 'admin-users');
    await expect(admin.getByRole('row').count()).resolves.toBe(5);
  });

  it('the therapist sets a password from the invitation, signs in and adds a client to the roster', async () => {
    therapist = await newPage();
    await acceptInvitation(therapist, 'therapist', 'theo@example.test');
    await therapist.getByRole('heading', { name: 'Upload', level: 1 }).waitFor();
    await therapist.getByRole('link', { name: 'Roster' }).click();
    await therapist.getByLabel('People (one per line)', { exact: true }).fill(`${CLIENT}\n`);
    await therapist.getByRole('button', { name: 'Add to roster' }).click();
    await therapist.getByText('Added 1 entry').waitFor();
    await therapist.getByRole('button', { name: /^Delete / }).waitFor();
    await checkPage(therapist, 'roster');
    const html = await therapist.content();
    expect(html).not.toContain('Marisol');
    expect(html).not.toContain('Quintanilla');
  });

  it('a clean document uploads with visible progress and is accepted', async () => {
    await therapist.getByRole('link', { name: 'Upload', exact: true }).click();
    await checkPage(therapist, 'upload');
    // Slow the upload down so the progress bar is seen moving (about 2 s for 300 KB).
    const cdp = await therapist.context().newCDPSession(therapist);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 150 * 1024,
    });
    const body = `${CLEAN}\n`.repeat(5000);
    await upload(
      therapist,
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(body) },
      { kind: 'Paperwork', title: 'Weekly routine notes' },
    );
    const progress = therapist.getByTestId('upload-progress');
    await progress.waitFor();
    await expect(progress.textContent()).resolves.toMatch(/\d+% · \d+\.\d MB\/s · /);
    await screenshot(therapist, 'upload-progress');
    await status(therapist).getByText('Accepted:').waitFor();
    await expect(status(therapist).textContent()).resolves.toContain('Checked for names and places');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  });

  it('a document naming a roster client is rejected with masked findings, and the name is nowhere in the page', async () => {
    await upload(
      therapist,
      {
        name: 'visit.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(`${CLEAN}\nWe met with Marisol about the chores chart.\n`),
      },
      { kind: 'Paperwork', title: 'Home visit notes' },
    );
    await status(therapist).getByText('Not accepted:').waitFor();
    const text = (await status(therapist).textContent())!;
    expect(text).toMatch(/1 client name/);
    expect(text).toMatch(/page 1, line 2/);
    await expect(status(therapist).getByRole('region', { name: 'Page 1' }).count()).resolves.toBe(1);
    await checkPage(therapist, 'upload-rejected');
    const html = await therapist.content();
    expect(html).not.toContain('Marisol');
    expect(html).not.toContain('Quintanilla');
  });

  it('fix and upload again replaces the rejected upload and is accepted', async () => {
    await therapist.getByRole('button', { name: 'Fix and upload again' }).click();
    await therapist.getByText('It will replace the upload that was not accepted').waitFor();
    await therapist.getByLabel('File', { exact: true }).setInputFiles({
      name: 'visit.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${CLEAN}\nWe met with the client about the chores chart.\n`),
    });
    await therapist.getByRole('button', { name: 'Upload' }).click();
    await status(therapist).getByText('Accepted:').waitFor();
    const res = await therapist.context().request.get('/api/uploads');
    const { uploads } = await res.json();
    const rejected = uploads.find((u: { status: string }) => u.status === 'rejected');
    const replacement = uploads.find((u: { replacesId: string | null }) => u.replacesId === rejected.id);
    expect(replacement).toMatchObject({ status: 'accepted', title: 'Home visit notes' });
  });

  it('a recording with a VTT transcript is accepted, processed and playable', async () => {
    await upload(
      therapist,
      { name: 'session.wav', mimeType: 'audio/wav', buffer: await readFile(wav) },
      {
        kind: 'Session recording',
        title: 'Routine practice session',
        transcript: { name: 'session.vtt', mimeType: 'text/vtt', buffer: Buffer.from(CLEAN_VTT) },
      },
    );
    await status(therapist).getByText('Accepted:').waitFor();
    await status(therapist).getByText('Ready to play.').waitFor({ timeout: 60_000 });
    await status(therapist).getByRole('link', { name: 'Open it' }).click();
    recordingId = new URL(therapist.url()).pathname.split('/').at(-1)!;
    const audio = therapist.getByLabel('Recording player', { exact: true });
    await audio.waitFor();
    const duration = await audio.evaluate(
      (el: HTMLAudioElement) =>
        new Promise<number>((resolve, reject) => {
          if (el.readyState >= 1) return resolve(el.duration);
          el.addEventListener('loadedmetadata', () => resolve(el.duration), { once: true });
          el.addEventListener('error', () => reject(new Error('audio failed to load')), { once: true });
        }),
    );
    expect(duration).toBeGreaterThan(2.5);
    await checkPage(therapist, 'upload-detail-recording');
  });

  it('a recording without a transcript waits for one, and attaching a clean one accepts it', async () => {
    await therapist.getByRole('link', { name: 'Upload', exact: true }).click();
    await upload(
      therapist,
      { name: 'second.wav', mimeType: 'audio/wav', buffer: await readFile(wav) },
      { kind: 'Session recording', title: 'Second practice session' },
    );
    await status(therapist).getByText('Needs transcript:').waitFor();
    await checkPage(therapist, 'upload-needs-transcript');
    await status(therapist)
      .getByLabel('Transcript', { exact: true })
      .setInputFiles({ name: 'second.vtt', mimeType: 'text/vtt', buffer: Buffer.from(CLEAN_VTT) });
    await status(therapist).getByRole('button', { name: 'Attach transcript' }).click();
    await status(therapist).getByText('Accepted:').waitFor();
  });

  it('My uploads lists them with status, and filters by status', async () => {
    await therapist.getByRole('link', { name: 'My uploads' }).click();
    await therapist.getByRole('link', { name: 'Routine practice session' }).waitFor();
    await expect(therapist.getByRole('row').count()).resolves.toBe(6);
    await checkPage(therapist, 'my-uploads');
    await therapist.getByLabel('Status', { exact: true }).selectOption({ label: 'Not accepted' });
    // A refused upload keeps no title (it might be what named the client).
    await therapist.getByRole('link', { name: 'Routine practice session' }).waitFor({ state: 'detached' });
    await therapist.getByRole('cell', { name: 'Not accepted' }).waitFor();
    await expect(therapist.getByRole('row').count()).resolves.toBe(2);
    await expect(therapist.getByRole('cell', { name: 'Not accepted' }).count()).resolves.toBe(1);
  });

  it('the supervisor sets a password, signs in and enrols a second factor', async () => {
    const supervisor = await newPage();
    await acceptInvitation(supervisor, 'supervisor', 'sam@example.test');
    await enrolSecondFactor(supervisor);
    // A supervisor's first page is the review queue.
    await supervisor.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    const nav = supervisor.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
  });

  it('the admin sees the therapist’s reads in the access log, opens one, and exports the log', async () => {
    await admin.getByRole('link', { name: 'Access log' }).click();
    await admin.getByText(/Last verified checkpoint|No signed checkpoint yet/).waitFor();
    await admin.getByLabel('Action', { exact: true }).selectOption('content.stream');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    const row = admin.getByRole('row').filter({ hasText: 'Theo Therapist' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('content: stream');
    await checkPage(admin, 'access-log');
    await row.getByRole('button', { name: /Details of entry/ }).click();
    const drawer = admin.getByRole('dialog');
    await drawer.getByText(recordingId).waitFor();
    await expectAccessible(admin, 'access-log details');
    await screenshot(admin, 'access-log-details');
    await drawer.getByRole('button', { name: 'Close' }).click();

    for (const [link, marker] of [
      ['Export CSV', 'content.stream'],
      ['Export JSON lines', '"action":"content.stream"'],
    ] as const) {
      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('link', { name: link }).click(),
      ]);
      const text = await readFile((await download.path())!, 'utf8');
      expect(text).toContain(marker);
      expect(text).toContain(recordingId);
      expect(text).not.toContain('Marisol');
    }
  });

  it('another team’s therapist sees none of it (in the dark theme, checked for contrast too)', async () => {
    other = await newPage('dark');
    await acceptInvitation(other, 'other', 'olive@example.test');
    await other.getByRole('link', { name: 'My uploads' }).click();
    await other.getByText('No uploads yet.').waitFor();
    await checkPage(other, 'my-uploads-dark');
    await other.goto(`/uploads/${recordingId}`);
    await other.getByRole('alert').waitFor();
    await expect(other.getByLabel('Recording player').count()).resolves.toBe(0);
    await other.getByRole('link', { name: 'Roster' }).click();
    await other.getByText('On the roster (0 people, 0 places)').waitFor();
  });

  it('break-glass: an open grant shows a red banner with a countdown on every page until revoked', async () => {
    await admin.getByRole('link', { name: 'Break-glass' }).click();
    await admin
      .getByLabel('Reason', { exact: true })
      .fill('Complaint review requested by the clinical director today');
    await admin.getByLabel('Team', { exact: true }).selectOption({ label: 'North Team' });
    await admin.getByLabel('Minutes', { exact: true }).fill('30');
    await admin.getByRole('button', { name: 'Open grant' }).click();
    const banner = admin.getByRole('region', { name: 'Emergency access' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/ends in (29|30):\d\d/);
    await checkPage(admin, 'break-glass');
    await admin.getByRole('link', { name: 'Settings' }).click();
    await admin.getByRole('heading', { name: 'Vault keys' }).waitFor();
    await banner.waitFor();
    await checkPage(admin, 'settings');
    await admin.getByRole('link', { name: 'Break-glass' }).click();
    await admin.getByRole('button', { name: /Revoke the grant/ }).click();
    await banner.waitFor({ state: 'detached' });
  });

  it('any 401 returns to sign-in saying why', async () => {
    await other.context().clearCookies();
    await other.getByRole('link', { name: 'My uploads' }).click();
    await other.getByRole('heading', { name: 'Sign in to QA Vault' }).waitFor();
    await other.getByText('Your session has ended. Please sign in again.').waitFor();
  });

  it('idle logout: a warning a minute before the limit, "Stay signed in" keeps the session, silence ends it', async () => {
    // The page's clock is moved by hand (the server's is real, so its session stays valid). After each
    // jump the page's time flows on: the steps between a jump and the next action are kept short.
    // The clock belongs to the browser context, so every page of it jumps: the therapist's first page,
    // whose last request may be over 55 s old on a loaded machine, would find 15 minutes gone and sign
    // the shared session out. Only this page stays open.
    const page = await therapist.context().newPage();
    await therapist.close();
    await page.clock.install();
    await page.goto('/uploads');
    await page.getByRole('heading', { name: 'My uploads', level: 1 }).waitFor();
    await page.clock.fastForward('14:05');
    const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
    const stayed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/me');
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    expect((await stayed).status()).toBe(200);
    // The dialog closes on the page's next one-second check: run it rather than wait for the clock.
    await page.clock.runFor(2000);
    await dialog.waitFor({ state: 'hidden' });
    await page.clock.fastForward('16:00');
    await page.getByText('You were signed out after 15 minutes without activity.').waitFor();
  });
});
