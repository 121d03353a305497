import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The secretariat's staff accounts in Chromium against the real registry (embedded database,
// demo data), through the UI only: the list by login ID a page at a time, opening a site
// contact's account with its one-time password shown once, changing roles, lifting a lockout
// [R34][R11][T14.1].
const suite = registryInBrowser();

describe('staff accounts in the browser [R34]', () => {
  let page: Page;
  const table = () => page.getByRole('table', { name: '職員アカウント(ログインID順)' });
  const row = (loginId: string) => table().getByRole('row').filter({ has: page.getByRole('rowheader', { name: loginId, exact: true }) });

  it('should list the staff accounts by login ID, ten a page, from the secretariat\'s area links, and no operator [R34]', async () => {
    page = await loggedInPage(suite.chrome, suite.origin, 'secretariat', 'Research Secretariat');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '研究事務局' }).click();
    await page.getByRole('navigation', { name: 'データセンター・事務局の画面' }).getByRole('link', { name: '職員アカウント' }).click();
    await page.getByRole('heading', { level: 1, name: '職員アカウント' }).waitFor();
    await row('corelab-reader-1').waitFor();
    const logins = await table().getByRole('rowheader').allTextContents();
    expect(logins).toHaveLength(10);
    expect(logins).toEqual([...logins].sort());
    expect(logins.some((l) => /^OP\d+$/.test(l))).toBe(false);
    expect(await row('datacenter').textContent()).toMatch(/Data Center.*データセンター.*利用中/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: '職員アカウントのページ' }).getByRole('button', { name: '次へ' }).click();
    await row('site-f001').waitFor();
    expect(await row('site-f001').textContent()).toMatch(/Naoko Fujita.*施設連絡担当者.*F001/);
    await page.getByRole('navigation', { name: '職員アカウントのページ' }).getByRole('button', { name: '前へ' }).click();
    await row('corelab-reader-1').waitFor();
  });

  it('should name a missing role and a site contact\'s missing facility at the field, then open the account and show its one-time password once, which forces a new one at first login [R34][R18][R11]', async () => {
    const form = page.getByRole('region', { name: 'アカウントを開設する' });
    await form.getByLabel('ログインID(半角英小文字・数字・ハイフン、3〜40 文字)').fill('site-f002');
    await form.getByLabel('氏名').fill('Emi Kato');
    await form.getByRole('button', { name: 'アカウントを開設する' }).click();
    await form.getByText('役割を 1 つ以上選んでください。').waitFor();
    await form.getByRole('checkbox', { name: '施設連絡担当者' }).check();
    await form.getByRole('button', { name: 'アカウントを開設する' }).click();
    await form.getByText('施設連絡担当者が担当する施設を選んでください。').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel('施設', { exact: true }).selectOption({ value: 'F002' });
    await form.getByLabel('ログインID(半角英小文字・数字・ハイフン、3〜40 文字)').fill('Site F002');
    await form.getByRole('button', { name: 'アカウントを開設する' }).click();
    await form.getByText('このログインIDは使えません。', { exact: false }).waitFor();
    expect(await form.getByLabel('ログインID(半角英小文字・数字・ハイフン、3〜40 文字)').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('ログインID(半角英小文字・数字・ハイフン、3〜40 文字)').fill('site-f002');
    await form.getByRole('button', { name: 'アカウントを開設する' }).click();
    const done = form.getByRole('status');
    await done.getByText('Emi Kato さんのアカウント site-f002 を開設しました。').waitFor();
    const initial = (await done.locator('code').textContent())!;
    expect(initial.length).toBeGreaterThanOrEqual(12);
    await done.getByText('初期パスワードはこの画面でしか表示されません。', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: '職員アカウントのページ' }).getByRole('button', { name: '次へ' }).click();
    await row('site-f002').waitFor();
    expect(await row('site-f002').textContent()).toMatch(/Emi Kato.*施設連絡担当者.*F002.*初期パスワード未変更/);
    await form.getByRole('button', { name: '別のアカウントを開設する' }).click();
    expect(await form.locator('code').count()).toBe(0);

    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const contact = await context.newPage();
    await contact.goto(`${suite.origin}/login`);
    await contact.getByLabel('術者ID またはログインID').fill('site-f002');
    await contact.getByLabel('パスワード').fill(initial);
    await contact.getByRole('button', { name: 'ログイン' }).click();
    await contact.getByRole('heading', { level: 1, name: 'パスワードの変更' }).waitFor();
    await context.close();
  });

  it('should change an account\'s roles [R34]', async () => {
    await page.getByRole('navigation', { name: '職員アカウントのページ' }).getByRole('button', { name: '前へ' }).click();
    await row('researcher').getByRole('button', { name: 'researcher の役割を変更' }).click();
    const roles = row('researcher').getByRole('group', { name: 'researcher の役割' });
    await roles.getByRole('checkbox', { name: 'スポンサー' }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await row('researcher').getByRole('button', { name: 'researcher の役割を保存' }).click();
    await expect.poll(() => row('researcher').textContent()).toMatch(/Jun Ogawa研究者、スポンサー/);
    const login = await suite.t.gql<{ login: { viewer: { roles: string[] } } }>('mutation { login(operatorId: "researcher", password: "demo-password") { viewer { roles } } }');
    expect(login.data?.login.viewer.roles.sort()).toEqual(['RESEARCHER', 'SPONSOR']);
  });

  it('should show a lockout after five wrong passwords with its end in Japan time, and lift it [T14.1][R34]', async () => {
    for (let i = 0; i < 5; i++) await suite.t.gql('mutation { login(operatorId: "sponsor", password: "not-the-password") { token } }');
    await page.reload();
    await page.getByRole('navigation', { name: '職員アカウントのページ' }).getByRole('button', { name: '次へ' }).click();
    await expect.poll(() => row('sponsor').textContent()).toMatch(/ロック中\(\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2} まで\)/);
    expect(await seriousViolations(page)).toEqual([]);
    await row('sponsor').getByRole('button', { name: 'sponsor のロックを解除' }).click();
    await expect.poll(() => row('sponsor').textContent()).toMatch(/利用中/);
    expect(await row('sponsor').getByRole('button', { name: 'sponsor のロックを解除' }).count()).toBe(0);
    const login = await suite.t.gql<{ login: { token: string } }>('mutation { login(operatorId: "sponsor", password: "demo-password") { token } }');
    expect(login.data?.login.token).toBeTruthy();
  });

  it('should read the screen in English [R34]', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
    await page.getByRole('table', { name: 'Staff accounts (by login ID)' }).waitFor();
    await page.getByRole('region', { name: 'Open an account' }).getByRole('checkbox', { name: 'Core-lab reader' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
