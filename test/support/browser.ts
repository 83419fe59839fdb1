import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Debian's Chromium driven by playwright-core. Playwright gives each launch a fresh profile directory.
 * The flags keep Chromium off the network it would otherwise call home to (refused on this machine).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Screenshots of the main pages, as test output (gitignored): test-output/screenshots/. */
export const screenshotDir = join(import.meta.dirname, '../../test-output/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** axe-core on the page as it is now: no serious or critical violation (WCAG 2.x A/AA rules). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility violations on ${where}`).toEqual([]);
}

/** The current TOTP code for a base32 setup key, as an authenticator app would show it. */
export function totpNow(setupKey: string): string {
  return generateTOTP(decodeBase32IgnorePadding(setupKey), 30, 6);
}

/** The TOTP code of the 30-second step that holds `atMs`: for a server whose clock is not this one (QA_VAULT_NOW). */
export function totpAt(setupKey: string, atMs: number): string {
  return generateHOTP(decodeBase32IgnorePadding(setupKey), BigInt(Math.floor(atMs / 30_000)), 6);
}
