import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { launchBrowser, seriousViolations, type TestBrowser } from '../support/browser.ts';

// The web application in Chromium against the real registry (embedded database, demo data),
// served by the gateway. Few, broad tests: the suite runs twice in a tight CI budget.
let t: TestRegistry;
let chrome: TestBrowser;
let origin: string;
let context: BrowserContext;
let page: Page;
const cspViolations: string[] = [];

beforeAll(async () => {
  [t, chrome] = await Promise.all([startTestRegistry(), launchBrowser()]);
  origin = new URL(t.url).origin;
  context = await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await chrome?.stop();
  await t?.stop();
});

describe('the gateway serves the web application on its own origin', () => {
  it('should serve index.html with a strict CSP and no-cache, hashed assets immutable, client routes by the SPA fallback', async () => {
    const index = await fetch(`${origin}/`, { headers: { accept: 'text/html' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await index.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);

    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${origin}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const route = await fetch(`${origin}/home`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(html);
    expect((await fetch(`${origin}/assets/missing-0000.js`)).status).toBe(404);

    const api = await t.gql<{ certifiedOperatorsUpdatedOn: string | null }>('{ certifiedOperatorsUpdatedOn }');
    expect(api.status).toBe(200);
    expect(api.errors).toBeUndefined();
  });
});

describe('the public pages in a browser [R12][R10][R24]', () => {
  it('should list the certified operators with facility and last-updated date in Japanese, then in English after the switch [R12]', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: '認定術者一覧' }).waitFor();
    const rows = page.getByRole('row');
    await expect.poll(() => rows.filter({ hasText: 'Taro Yamada' }).filter({ hasText: 'Sakura Heart Hospital' }).count()).toBe(1);
    expect(await page.getByText(/^最終更新日: \d{4}-\d{2}-\d{2}$/).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: '施設' }).count()).toBe(1);
    // An associate and a former operator are not on the public list [R12].
    expect(await rows.filter({ hasText: 'Ryo Nakamura' }).count()).toBe(0);
    expect(await rows.filter({ hasText: 'Hiroshi Kato' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Certified operators' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Facility' }).count()).toBe(1);
    expect(await page.getByText(/^Last updated: \d{4}-\d{2}-\d{2}$/).count()).toBe(1);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '日本語に切り替える' }).click();
    await page.getByRole('heading', { level: 1, name: '認定術者一覧' }).waitFor();
  });

  it('should show the revocations and the rulings with the criteria versions, each page without a serious accessibility violation [R10][R24]', async () => {
    await page.getByRole('link', { name: '認定取消' }).click();
    await page.getByRole('heading', { level: 1, name: '認定取消の公表' }).waitFor();
    await page.getByText(/公表された認定取消はありません|取消日/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '裁定と基準' }).click();
    await page.getByRole('heading', { level: 1, name: '公表された裁定' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '判定基準の版' }).waitFor();
    await page.getByText(/第 \d+ 版|判定基準はまだ公表されていません/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('logging in and out in a browser [R11]', () => {
  it('should refuse a wrong password with the one message for a wrong password or a locked account [R11]', async () => {
    await page.goto(`${origin}/login`);
    await page.getByLabel('術者ID またはログインID').fill('OP0003');
    await page.getByLabel('パスワード').fill('not-the-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('術者IDまたはパスワードが正しくないか、アカウントがロックされています。');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("should log OP0003 in to the operator's home with this year's registrations against 50, open the case library, keep the token out of storage, and log out [R11][R13][R21a]", async () => {
    await page.getByLabel('パスワード').fill('demo-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenji Sato さんのマイページ' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/home');
    await page.getByText(/^完了した登録: 国内 \d+ 例 \/ 必要 50 例$/).waitFor();
    await page.getByText('認定術者', { exact: true }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '症例ライブラリ' }).click();
    await page.getByRole('heading', { level: 1, name: '症例ライブラリ' }).waitFor();
    await page.getByText(/^全 \d+ 例$/).waitFor();
    expect(await page.getByRole('row').filter({ hasText: /^CTO-2026-\d{5}/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '前へ' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie');
    expect(stored).not.toMatch(/eyJ/);

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: '認定術者一覧' }).waitFor();
    await page.goto(`${origin}/home`);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    expect(cspViolations).toEqual([]);
  });

  it('should make a new account with its one-time password set a new one before anything else [R11]', async () => {
    const secretariat = await t.login('secretariat');
    const opened = await t.gql<{ openStaffAccount: { initialPassword: string } }>(
      'mutation($input: StaffAccountInput!) { openStaffAccount(input: $input) { initialPassword } }',
      { token: secretariat, variables: { input: { loginId: 'dc-new', name: 'Nao Mori', roles: ['DATA_CENTER'] } } },
    );
    const initial = opened.data?.openStaffAccount.initialPassword;
    expect(initial).toBeTruthy();

    await page.goto(`${origin}/login`);
    await page.getByLabel('術者ID またはログインID').fill('dc-new');
    await page.getByLabel('パスワード').fill(initial!);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('heading', { level: 1, name: 'パスワードの変更' }).waitFor();
    expect(await page.getByRole('link', { name: 'マイページ' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('現在のパスワード').fill(initial!);
    await page.getByLabel('新しいパスワード(12文字以上)').fill('a-new-long-password');
    await page.getByLabel('新しいパスワード(確認)').fill('a-new-long-password');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nao Mori さんのマイページ' }).waitFor();

    const relogin = await t.gql<{ login: { mustChangePassword: boolean } }>('mutation { login(operatorId: "dc-new", password: "a-new-long-password") { mustChangePassword } }');
    expect(relogin.data?.login.mustChangePassword).toBe(false);
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: '認定術者一覧' }).waitFor();
  });
});
