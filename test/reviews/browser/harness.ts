import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchChromium, screenshot } from '../../support/browser.ts';
import { createTestContext, type TestContext } from '../../support/context.ts';

/**
 * A browser against the app served over real HTTP from this process (so the test reaches its
 * database and job runner directly): Debian's Chromium through the web app's helpers
 * (test/support/browser.ts), one context per signed-in person, axe-core on every page.
 */
export interface BrowserHarness {
  ctx: TestContext;
  url: string;
  browser: Browser;
  /** Signs a user in through the sign-in page, in a context of their own. */
  signIn(email: string, password: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function openBrowserHarness(env: Record<string, string> = {}): Promise<BrowserHarness> {
  // The second factor has its own journey (the web app's); here sign-in is one step.
  const ctx = await createTestContext({ MFA_REQUIRED_ROLES: 'none', ...env });
  // The browser keeps cookies by its own clock: the app's must agree with it.
  ctx.clock.current = new Date();
  const server = serve({ fetch: ctx.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
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
  await expectAccessible(page, name);
  await screenshot(page, `review-${name}`);
}
