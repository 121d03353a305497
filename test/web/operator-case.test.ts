import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { launchBrowser, seriousViolations, type TestBrowser } from '../support/browser.ts';

// A certified operator's session and case page in Chromium against the real registry.
let t: TestRegistry;
let chrome: TestBrowser;
let origin: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [t, chrome] = await Promise.all([startTestRegistry(), launchBrowser()]);
  origin = new URL(t.url).origin;
}, 600_000);

afterAll(async () => {
  await chrome?.stop();
  await t?.stop();
});

async function newPage(): Promise<Page> {
  const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  contexts.push(context);
  return context.newPage();
}

async function logIn(page: Page, operatorId: string, name: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(operatorId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: `${name} さんのマイページ` }).waitFor();
}

describe('the session survives a reload through its HttpOnly cookie (issue 10)', () => {
  it('should keep OP0003 logged in across a reload, with the refresh token only in an HttpOnly SameSite=Strict cookie, and be logged out after logout and a reload', async () => {
    const page = await newPage();
    await logIn(page, 'OP0003', 'Kenji Sato');
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'registry_session', httpOnly: true, sameSite: 'Strict', path: '/auth' });
    expect(await page.evaluate('document.cookie')).toBe('');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kenji Sato さんのマイページ' }).waitFor();
    await page.getByText(/^完了した登録: 国内 \d+ 例 \/ 必要 50 例$/).waitFor();
    // The rotated cookie: a second reload works with the token the first one received.
    await page.goto(`${origin}/library`);
    await page.getByRole('heading', { level: 1, name: '症例ライブラリ' }).waitFor();
    const [rotated] = await page.context().cookies();
    expect(rotated!.value).not.toBe(cookie!.value);

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: '認定術者一覧' }).waitFor();
    await expect.poll(() => page.context().cookies()).toEqual([]);
    await page.goto(`${origin}/home`);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
