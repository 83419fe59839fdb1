import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import { expectAccessible, screenshot, totpNow } from './browser.ts';
import type { ServeChild } from './serve.ts';

/**
 * The steps every browser journey (test/web/) takes the same way: a person's page, the visit check,
 * enrolling a second factor, signing in, accepting an invitation, uploading through the form.
 */

export const PASSWORD = 'journey passphrase for tests';

/** The one-time setup link a first `serve` logs while the organization has no administrator. */
export function setupLinkOf(serve: ServeChild): Promise<string> {
  return vi.waitFor(
    () => {
      const m = serve.stderr().match(/"setupUrl":"([^"]+)"/);
      if (!m) throw new Error('no setup link logged yet');
      return m[1]!;
    },
    { timeout: 20_000 },
  );
}

/** A fresh browser context (its own cookies) on `baseURL`, kept in `contexts` for cleanup and failure pictures. */
export async function newPage(
  browser: Browser,
  contexts: BrowserContext[],
  baseURL: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true, colorScheme });
  contexts.push(context);
  return context.newPage();
}

/** A picture of every open page, to see what the person would have seen when a step failed. */
export async function screenshotAll(contexts: BrowserContext[]): Promise<void> {
  for (const [i, c] of contexts.entries()) {
    for (const [j, p] of c.pages().entries()) await screenshot(p, `failed-${i}-${j}`).catch(() => {});
  }
}

/** Visit-check: axe and a screenshot of what the person sees now. */
export async function checkPage(page: Page, name: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** Enrols TOTP from the setup key the page shows; returns the key and the recovery codes for later sign-ins. */
export async function enrolSecondFactor(page: Page): Promise<{ setupKey: string; recoveryCodes: string[] }> {
  await page.getByText('Set up two-step verification').waitFor();
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  await checkPage(page, 'enrol-totp');
  const setupKey = (await page.getByTestId('setup-key').textContent())!.trim();
  await page.getByLabel('Authentication code', { exact: true }).fill(totpNow(setupKey));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes.count()).resolves.toBe(10);
  const recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
  const continueButton = page.getByRole('button', { name: 'Continue' });
  expect(await continueButton.isDisabled()).toBe(true);
  await checkPage(page, 'recovery-codes');
  await page.getByLabel('I have saved them', { exact: true }).check();
  await continueButton.click();
  return { setupKey, recoveryCodes };
}

export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function acceptInvitation(page: Page, link: string, email: string) {
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Repeat new password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByText('Your password is set.').waitFor();
  await signIn(page, email);
}

/** The upload form, filled and sent (the answer shows in the page's "Upload result" status). */
export async function upload(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  fields: { kind: string; title: string; transcript?: { name: string; mimeType: string; buffer: Buffer } },
) {
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: fields.kind });
  await page.getByLabel('Title', { exact: true }).fill(fields.title);
  await page.getByLabel('Session date', { exact: true }).fill('2026-11-30');
  if (fields.transcript)
    await page.getByLabel('Transcript', { exact: true }).setInputFiles(fields.transcript);
  await page.getByRole('button', { name: 'Upload' }).click();
}

export const uploadResult = (page: Page) => page.getByRole('status', { name: 'Upload result' });
