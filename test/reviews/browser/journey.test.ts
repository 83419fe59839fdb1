import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRosterEntries } from '../../../src/rosters/service.ts';
import { exampleRubric } from '../../../src/rubrics/example.ts';
import { createRubric } from '../../../src/rubrics/service.ts';
import { makePdf } from '../../scan/extract/fixtures.ts';
import { signIn } from '../../support/auth.ts';
import { createOrganization, createTeam, createUser } from '../../support/factories.ts';
import { json, postUpload, runUploadJobs, uploadForm } from '../../support/uploads.ts';
import { type BrowserHarness, checkPage, openBrowserHarness } from './harness.ts';

const exec = promisify(execFile);
const PASSWORD = 'journey passphrase for reviews';
const CLIENT = 'Ottoline Featherstonehaugh';
const VTT = [
  'WEBVTT',
  '',
  '00:00.000 --> 00:08.000',
  'Good morning, thanks for coming in today.',
  '',
  '00:08.000 --> 00:20.000',
  'Let us look at how the week went with the routine.',
  '',
  '00:20.000 --> 00:32.000',
  'We agreed on homework for the next visit.',
  '',
  '00:32.000 --> 00:40.000',
  'See you next week.',
  '',
].join('\n');

let h: BrowserHarness;
let dir: string;
let wav: string;
const people: Record<'therapist' | 'supervisor' | 'consultant', { email: string; id: string }> = {} as never;

beforeAll(async () => {
  h = await openBrowserHarness();
  const db = h.ctx.deps.db;
  const org = await createOrganization(db);
  const team = await createTeam(db, org.id);
  const hash = await h.ctx.deps.passwords.hash(PASSWORD);
  for (const role of ['therapist', 'supervisor', 'consultant'] as const) {
    const user = await createUser(db, {
      organizationId: org.id,
      role,
      teamIds: [team.id],
      passwordHash: hash,
    });
    people[role] = { email: user.email, id: user.id };
  }
  const admin = await createUser(db, { organizationId: org.id, role: 'admin' });
  const audit = { at: h.ctx.clock.now(), actorRole: 'system', organizationId: org.id };
  await createRubric(db, { organizationId: org.id, actorId: admin.id, rubric: exampleRubric, audit });
  await addRosterEntries(h.ctx.deps.vault, db, {
    teamId: team.id,
    people: [CLIENT],
    places: [],
    actorId: admin.id,
    now: h.ctx.clock.now(),
    audit,
  });
  // 40 s of a tone whose loudness swells and fades, so the waveform has a shape.
  dir = await mkdtemp(join(tmpdir(), 'qa-vault-journey-'));
  wav = join(dir, 'session.wav');
  await exec('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'lavfi'],
    ...[
      '-i',
      'sine=frequency=330:sample_rate=16000:duration=40',
      '-af',
      "volume='0.15+0.85*abs(sin(t/3))':eval=frame",
    ],
    wav,
  ]);
}, 120_000);

afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The therapist's recording, uploaded through the API and processed (normalized, peaks). */
async function uploadRecording(title: string): Promise<string> {
  const { cookie } = await signIn(h.ctx, { email: people.therapist.email, password: PASSWORD });
  const res = await postUpload(
    h.ctx,
    cookie,
    uploadForm({
      kind: 'session_recording',
      title,
      transcript: { bytes: VTT, filename: 'session.vtt' },
      file: { bytes: await readFile(wav), filename: 'session.wav' },
    }),
  );
  expect(res.status).toBe(201);
  await runUploadJobs(h.ctx);
  return (await json(res)).id as string;
}

const audioProp = (page: Page, prop: 'currentTime' | 'playbackRate' | 'paused' | 'preservesPitch') =>
  page.evaluate((p) => (document.querySelector('audio') as HTMLAudioElement)[p], prop);

/** Pages answer slowly on a loaded machine; a poll waits as long as a locator does. */
const POLL = { timeout: 15_000 };

describe('review journey in the browser', () => {
  it('supervisor reviews and returns, therapist replaces, supervisor completes; the consultant has no download', async () => {
    const firstId = await uploadRecording('Weekly family session');

    // Supervisor: the queue, then the recording.
    const sup = await h.signIn(people.supervisor.email, PASSWORD);
    const page = sup.page;
    const contentRequests: Request[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/api/uploads/${firstId}/content`)) contentRequests.push(r);
    });
    await page.getByRole('link', { name: 'Reviews' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent(), POLL)
      .toContain('Not reviewed: 1');
    await checkPage(page, 'queue');
    await page.getByRole('link', { name: 'Weekly family session' }).click();
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('button', { name: 'Complete review' }).waitFor();
    await page.getByRole('slider', { name: 'Position in the recording' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download' }).count()).toBe(1);

    // Play, skip with a hotkey, change the speed (pitch kept).
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => audioProp(page, 'currentTime'), { timeout: 15_000 }).toBeGreaterThan(0.3);
    const before = (await audioProp(page, 'currentTime')) as number;
    await page.locator('body').press('l');
    await expect.poll(() => audioProp(page, 'currentTime'), POLL).toBeGreaterThanOrEqual(before + 9);
    await page.locator('body').press(']');
    expect(await audioProp(page, 'playbackRate')).toBe(1.25);
    await page.getByLabel('Speed').selectOption('2');
    expect(await audioProp(page, 'playbackRate')).toBe(2);
    expect(await audioProp(page, 'preservesPitch')).toBe(true);
    await page.getByRole('button', { name: 'Pause' }).click();
    // The transcript follows: the cue at the playhead is the highlighted one.
    await expect.poll(() => page.locator('button.cue[aria-current="true"]').count(), POLL).toBe(1);
    // Streamed with Range requests, not fetched whole.
    expect(contentRequests.length).toBeGreaterThan(0);
    expect(contentRequests.every((r) => r.headers().range !== undefined)).toBe(true);

    // A comment naming a client is refused and shown masked.
    await page.locator('body').press('c');
    await page.getByLabel('Comment', { exact: true }).fill(`Ask ${CLIENT} about school.`);
    await page.getByRole('button', { name: 'Add comment' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await refusal.waitFor();
    expect((await refusal.textContent())?.toLowerCase()).not.toContain('featherstonehaugh');

    // Comment at a time range, then seek to it from the waveform region.
    await page.getByLabel('From').fill('0:12');
    await page.getByLabel('To').fill('0:18');
    await page.getByLabel('Comment', { exact: true }).fill('Slow down here and check the plan together.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByText('Slow down here and check the plan together.').waitFor();
    await page.getByRole('button', { name: 'Comment at 0:12: play from there' }).click();
    await expect.poll(() => audioProp(page, 'currentTime'), POLL).toBeCloseTo(12, 0);

    // Scores with the example rubric, a summary, and back to the therapist.
    await page.getByLabel('Rubric').selectOption({ label: exampleRubric.name });
    for (const item of exampleRubric.items) {
      await page.getByRole('group', { name: item.label }).getByRole('radio').nth(3).check();
    }
    await page.getByLabel('Summary for the therapist').fill('Good structure; see the comment at 0:12.');
    await checkPage(page, 'review-supervisor');
    await page.getByRole('button', { name: 'Return to therapist' }).click();
    await page.getByText('This review was returned to the therapist.').waitFor();

    // Therapist: sees the comment at its time, the scores and the summary; uploads a replacement.
    const ther = await h.signIn(people.therapist.email, PASSWORD);
    await ther.page.getByRole('link', { name: 'Reviews' }).click();
    await ther.page.getByRole('link', { name: 'Weekly family session' }).click();
    await ther.page.getByRole('heading', { name: 'Returned to you' }).waitFor();
    await ther.page.getByText('Slow down here and check the plan together.').waitFor();
    await ther.page.getByRole('button', { name: '0:12–0:18, play from here' }).waitFor();
    await ther.page.getByText('Good structure; see the comment at 0:12.').waitFor();
    expect(await ther.page.getByRole('table').getByRole('row').count()).toBe(exampleRubric.items.length + 1);
    await ther.page.getByRole('button', { name: 'Reply' }).click();
    await ther.page.getByLabel('Reply').fill('Thanks, I will slow down there next time.');
    await ther.page.getByRole('button', { name: 'Send reply' }).click();
    await ther.page.getByText('Thanks, I will slow down there next time.').waitFor();
    await checkPage(ther.page, 'review-therapist');
    await ther.page.getByLabel('Replacement file').setInputFiles(wav);
    await ther.page.getByLabel('Transcript (optional)').setInputFiles({
      name: 'session.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from(VTT),
    });
    await ther.page.getByRole('button', { name: 'Upload replacement' }).click();
    await ther.page.getByRole('status').filter({ hasText: 'You uploaded a replacement' }).waitFor();
    await runUploadJobs(h.ctx);

    // Supervisor: the replacement waits first in the queue, linked to the returned one; complete it.
    await page.getByRole('link', { name: 'Back to the queue' }).click();
    await page.reload();
    const rows = page.getByRole('row').filter({ hasText: 'replacement' });
    await rows.first().waitFor();
    await rows.first().getByRole('link').click();
    await page.getByText('This upload replaces').waitFor();
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('button', { name: 'Complete review' }).click();
    await page.getByText('This review is complete.').waitFor();
    const replacementUrl = page.url();

    // Consultant: the same page, without any download control.
    const con = await h.signIn(people.consultant.email, PASSWORD);
    await con.page.goto(replacementUrl);
    await con.page.getByRole('slider', { name: 'Position in the recording' }).waitFor();
    expect(await con.page.getByRole('link', { name: 'Download' }).count()).toBe(0);
    expect(await con.page.getByText(/download/i).count()).toBe(0);
    await checkPage(con.page, 'review-consultant');
  }, 240_000);

  it('shows a PDF drawn by pdf.js with comments per page, and a text document as its text', async () => {
    const { cookie } = await signIn(h.ctx, { email: people.therapist.email, password: PASSWORD });
    const pdf = await makePdf({
      pages: [
        ['Treatment plan review', 'Goals for the month were discussed.'],
        ['Next steps', 'Homework agreed.'],
      ],
    });
    const posted = await postUpload(
      h.ctx,
      cookie,
      uploadForm({ kind: 'paperwork', title: 'Monthly plan', file: { bytes: pdf, filename: 'plan.pdf' } }),
    );
    expect(posted.status).toBe(201);
    const text = await postUpload(
      h.ctx,
      cookie,
      uploadForm({
        kind: 'paperwork',
        title: 'Visit notes',
        file: { bytes: 'Visit went well.\nPlan kept.\n' },
      }),
    );
    expect(text.status).toBe(201);

    const { page } = await h.signIn(people.supervisor.email, PASSWORD);
    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.getByRole('link', { name: 'Monthly plan' }).click();
    await page.getByRole('button', { name: 'Start review' }).click();
    const second = page.getByRole('region', { name: 'Page 2' });
    await second.getByRole('img', { name: 'Page 2 of the document' }).waitFor();
    // pdf.js drew something: the canvas is not blank.
    await expect
      .poll(() =>
        second.locator('canvas').evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 128) ink++;
          return ink;
        }),
      )
      .toBeGreaterThan(50);
    await second.getByRole('button', { name: 'Comment on page 2' }).click();
    await second.getByLabel('Comment', { exact: true }).fill('Make the homework measurable.');
    await second.getByRole('button', { name: 'Add comment' }).click();
    await second.getByText('Make the homework measurable.').waitFor();
    expect(
      await page.getByRole('region', { name: 'Page 1' }).getByText('Make the homework measurable.').count(),
    ).toBe(0);
    await checkPage(page, 'review-pdf');

    await page.getByRole('link', { name: 'Back to the queue' }).click();
    await page.getByRole('link', { name: 'Visit notes' }).click();
    await page.getByText('Plan kept.').waitFor();
    await checkPage(page, 'review-text');
  }, 120_000);
});
