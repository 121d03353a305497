import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (.ci/run installs it): browsers cannot be downloaded here. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * A headless Chromium that reaches nothing outside 127.0.0.1: the browser tests, the
 * first-load benchmark and the README's screenshots all start it this way.
 */
export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
}

/** Logs a demo account in through the login form (password demo-password) and waits to leave it. */
export async function logInThroughForm(page: Page, origin: string, loginId: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}
