import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium, logInThroughForm } from '../../scripts/chromium.ts';
import { startTestRegistry, type TestRegistry } from './harness.ts';

export interface TestBrowser {
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * A headless Chromium that reaches nothing outside 127.0.0.1. `launch` gives every browser a
 * fresh temporary user-data-dir of its own (Playwright refuses a --user-data-dir argument).
 */
export async function launchBrowser(options: { args?: string[] } = {}): Promise<TestBrowser> {
  const browser = await launchChromium(options.args);
  return {
    browser,
    async stop() {
      await browser.close();
    },
  };
}

/** The real registry and a Chromium, shared by the tests of one file. */
export interface BrowserSuite {
  readonly t: TestRegistry;
  readonly chrome: TestBrowser;
  /** The gateway's origin, where the web application is served. */
  readonly origin: string;
}

/**
 * Starts the registry (embedded database, demo data, port 0) and a Chromium before the
 * file's tests and stops both after them; the fields are read inside tests and hooks.
 */
export function registryInBrowser(): BrowserSuite {
  let t: TestRegistry | undefined;
  let chrome: TestBrowser | undefined;
  beforeAll(async () => {
    // Each is kept as soon as it is up, so the afterAll stops it even when the other fails.
    await Promise.all([startTestRegistry().then((r) => (t = r)), launchBrowser().then((b) => (chrome = b))]);
  }, 600_000);
  afterAll(async () => {
    await chrome?.stop();
    await t?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the registry and the browser are started in beforeAll: read them inside a test');
    return value;
  };
  return {
    get t() {
      return started(t);
    },
    get chrome() {
      return started(chrome);
    },
    get origin() {
      return new URL(started(t).url).origin;
    },
  };
}

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * A new page (Japanese, Tokyo time, desktop width) logged in through the login form as a
 * demo account, once its home page greets `name`.
 */
export async function loggedInPage(chrome: TestBrowser, origin: string, loginId: string, name: string): Promise<Page> {
  const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await logInThroughForm(page, origin, loginId);
  await page.getByRole('heading', { level: 1, name: `${name} さんのマイページ` }).waitFor();
  return page;
}
