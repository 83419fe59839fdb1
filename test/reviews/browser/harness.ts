import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createTestContext, type TestContext } from '../../support/context.ts';

/**
 * A browser against the app served over real HTTP from this process (so the test reaches its
 * database and job runner directly): Debian's Chromium through playwright-core, one context per
 * signed-in person, axe-core on every page, screenshots under test-output/ (not committed).
 */
export interface BrowserHarness {
  ctx: TestContext;
  url: string;
  browser: Browser;
  /** Signs a user in through the sign-in page, in a context of their own. */
  signIn(email: string, password: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export const screenshotDir = join(import.meta.dirname, '../../../test-output/reviews');

export async function openBrowserHarness(env: Record<string, string> = {}): Promise<BrowserHarness> {
  // The second factor has its own journey (the web app's); here sign-in is one step.
  const ctx = await createTestContext({ MFA_REQUIRED_ROLES: 'none', ...env });
  // The browser keeps cookies by its own clock: the app's must agree with it.
  ctx.clock.current = new Date();
  const server = serve({ fetch: ctx.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--autoplay-policy=no-user-gesture-required', '--no-sandbox'],
  });
  await mkdir(screenshotDir, { recursive: true });
  return {
    ctx,
    url,
    browser,
    async signIn(email, password) {
      const context = await browser.newContext({ baseURL: url });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      return { context, page };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.close();
    },
  };
}

/** No serious or critical axe-core violation on the page as it is now; a screenshot for the record. */
export async function checkPage(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${name}`).toEqual([]);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
