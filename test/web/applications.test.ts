import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// Applications to join in Chromium against the real registry (embedded database, demo data),
// through the UI only: an applicant files with no login, two certified operators write their
// letters, the steering committee is refused before the second letter and approves after it,
// and the new associate's one-time password forces a new one [R11][R37][R50a].
const APPLICANT = 'Shota Fujii';
const suite = registryInBrowser();
let address: string;

/**
 * A certified operator the applicant asked finds the application on their home page [R11],
 * opens it, writes the letter, and the list no longer holds it; `english` reads the list in
 * English first.
 */
async function recommend(loginId: string, name: string, letter: string, english = false): Promise<void> {
  const page = await loggedInPage(suite.chrome, suite.origin, loginId, name);
  const row = (caption: string) => page.getByRole('table', { name: caption }).getByRole('row').filter({ hasText: APPLICANT });
  if (english) {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Waiting for your letter' }).waitFor();
    await expect.poll(() => row('Applications waiting for your letter (oldest first)').textContent()).toMatch(/Hikari Heart Clinic.*320 cases/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '日本語に切り替える' }).click();
  }
  await page.getByRole('heading', { level: 2, name: '推薦状の依頼' }).waitFor();
  const mine = row('あなたの推薦状を待っている申込み(申込日の古い順)');
  await expect.poll(() => mine.textContent()).toMatch(/Hikari Heart Clinic.*320 例/);
  expect(await seriousViolations(page)).toEqual([]);
  await mine.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: `加盟申込書 — ${APPLICANT}` }).waitFor();
  expect(page.url()).toBe(address);
  await page.getByText('Kenji Sato (OP0003), Yuki Tanaka (OP0004)').waitFor();
  await page.getByRole('button', { name: '推薦状を提出する' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('推薦状を入力してください。');
  await page.getByLabel('推薦状の本文').fill(letter);
  await page.getByRole('button', { name: '推薦状を提出する' }).click();
  await page.getByText('あなたはこの申込者を推薦済みです。').waitFor();
  await page.getByRole('list', { name: '推薦状の一覧' }).getByText(letter).waitFor();
  expect(await page.getByRole('button', { name: '推薦状を提出する' }).count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  // Given, the letter takes the application off the home page's list.
  await page.getByRole('link', { name: 'マイページ' }).click();
  await page.getByText('推薦状を待っている申込みはありません。').waitFor();
  await page.context().close();
}

describe('applications and recommendations in the browser [R11][R37][R50a]', () => {
  let steering: Page;

  it('should let anyone file an application without a login, naming the two certified operators asked, refusing under 300 cases or the same operator twice at the field [R11][R50a]', async () => {
    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await page.goto(suite.origin);
    await page.getByRole('link', { name: '加盟申込' }).click();
    await page.getByRole('heading', { level: 1, name: '加盟申込書の提出' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('氏名').fill(APPLICANT);
    await page.getByLabel('施設').selectOption({ label: 'Hikari Heart Clinic · Toyohashi, Aichi' });
    await page.getByLabel('CTO PCI の経験症例数(300 例以上)').fill('299');
    await page.getByLabel('認定術者(1 人目)').selectOption({ label: 'Kenji Sato · Kita Heart Institute (OP0003)' });
    await page.getByLabel('認定術者(2 人目)').selectOption({ label: 'Kenji Sato · Kita Heart Institute (OP0003)' });
    await page.getByRole('button', { name: '申込書を提出する' }).click();
    await page.getByText('加盟には CTO PCI の経験が 300 例以上必要です。').waitFor();
    await page.getByText('別の認定術者を選んでください。').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('認定術者(2 人目)').selectOption({ label: 'Yuki Tanaka · Hikari Heart Clinic (OP0004)' });

    await page.getByLabel('CTO PCI の経験症例数(300 例以上)').fill('320');
    await page.getByRole('button', { name: '申込書を提出する' }).click();
    await page.getByRole('heading', { level: 1, name: '加盟申込書を受け付けました' }).waitFor();
    await page.getByRole('status').getByText(`${APPLICANT}(Hikari Heart Clinic)の申込みを`, { exact: false }).waitFor();
    address = await page.getByLabel('申込書のアドレス').inputValue();
    expect(address).toMatch(new RegExp(`^${suite.origin}/applications/[0-9a-f-]{36}$`));
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('should list the application on the home page of a certified operator asked, who opens it and writes the letter under their name, and it leaves the list [R11]', async () => {
    await recommend('OP0003', 'Kenji Sato', '同施設での指導経験から、CTO PCI の技量を保証します。');
  });

  it('should list the application for the steering committee and refuse its approval with one letter, in Japanese, by [R11]', async () => {
    steering = await loggedInPage(suite.chrome, suite.origin, 'OP0002', 'Hanako Suzuki');
    await steering.getByRole('link', { name: '加盟申込' }).click();
    await steering.getByRole('heading', { level: 1, name: '加盟申込書' }).waitFor();
    const row = steering.getByRole('table', { name: '加盟申込書(申込日の古い順)' }).getByRole('row').filter({ hasText: APPLICANT });
    await expect.poll(() => row.textContent()).toMatch(/Hikari Heart Clinic.*320 例.*1 通.*審査待ち/);
    expect(await seriousViolations(steering)).toEqual([]);

    await row.getByRole('link', { name: APPLICANT }).click();
    await steering.getByRole('heading', { level: 1, name: `加盟申込書 — ${APPLICANT}` }).waitFor();
    await steering.getByText('現在、認定術者の推薦は 1 名です。', { exact: false }).waitFor();
    await steering.getByText(/^Kenji Sato · OP0003 · Kita Heart Institute · 認定術者 · /).waitFor();
    await steering.getByRole('button', { name: '決定を記録する' }).click();
    await expect.poll(() => steering.getByRole('alert').textContent()).toBe('決定の理由を入力してください。');
    await steering.getByLabel('決定の理由').fill('経験症例数と推薦状を確認した。');
    await steering.getByRole('button', { name: '決定を記録する' }).click();
    await expect.poll(() => steering.getByRole('alert').textContent()).toMatch(/^承認できません。承認には、現在も認定術者である 2 名以上の推薦状が必要です/);
    expect(await seriousViolations(steering)).toEqual([]);
  });

  it('should approve after a second certified letter and show the operator ID and one-time password once, which forces a new password at first login [R11][R37]', async () => {
    await recommend('OP0004', 'Yuki Tanaka', '学会での症例発表を通じて技量を確認しています。', true);
    await steering.reload();
    await steering.getByText('現在、認定術者の推薦は 2 名です。', { exact: false }).waitFor();
    await steering.getByLabel('決定の理由').fill('認定術者 2 名の推薦と 320 例の経験を確認した。');
    await steering.getByRole('button', { name: '決定を記録する' }).click();
    await steering.getByRole('heading', { level: 2, name: '承認しました。術者IDを発行しました' }).waitFor();
    const issued = steering.getByRole('status').filter({ hasText: '初期パスワード' });
    const operatorId = (await issued.locator('strong').textContent())!;
    const password = (await issued.locator('code').textContent())!;
    expect(operatorId).toMatch(/^OP\d{4,}$/);
    await steering.getByText('承認(準認定術者)', { exact: true }).waitFor();
    // In the issued account and in the application's facts.
    await expect.poll(() => steering.getByText(`${operatorId} ${APPLICANT}`, { exact: true }).count()).toBe(2);
    expect(await steering.getByRole('button', { name: '決定を記録する' }).count()).toBe(0);
    expect(await seriousViolations(steering)).toEqual([]);

    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const associate = await context.newPage();
    await associate.goto(`${suite.origin}/login`);
    await associate.getByLabel('術者ID またはログインID').fill(operatorId);
    await associate.getByLabel('パスワード').fill(password);
    await associate.getByRole('button', { name: 'ログイン' }).click();
    await associate.getByRole('heading', { level: 1, name: 'パスワードの変更' }).waitFor();
    await context.close();
  });

  it('should let the steering committee reject with a reason, and page the list by state for the secretariat, in English on the switch [R11][R37]', async () => {
    const file = 'mutation($n: String!) { fileApplication(input: { applicantName: $n, facilityId: "F005", ctoExperience: 400 }) { id } }';
    for (let i = 1; i <= 11; i++) {
      const res = await suite.t.gql(file, { variables: { n: `Applicant ${String(i).padStart(2, '0')}` } });
      expect(res.errors).toBeUndefined();
    }
    await steering.getByRole('link', { name: '申込一覧へ戻る' }).click();
    // Oldest first; those filed on one day in the API's key order: take the first shown.
    const first = steering.getByRole('table', { name: '加盟申込書(申込日の古い順)' }).locator('tbody tr').first().getByRole('link');
    await expect.poll(() => first.textContent()).toMatch(/^Applicant \d\d$/);
    const rejected = (await first.textContent())!;
    await first.click();
    await steering.getByRole('heading', { level: 1, name: `加盟申込書 — ${rejected}` }).waitFor();
    await steering.getByLabel('承認しない').check();
    await steering.getByLabel('決定の理由').fill('推薦状の提出がないため。');
    await steering.getByRole('button', { name: '決定を記録する' }).click();
    await steering.getByText('不承認', { exact: true }).waitFor();
    await steering.getByText('推薦状の提出がないため。').waitFor();
    await steering.context().close();

    const secretariat = await loggedInPage(suite.chrome, suite.origin, 'secretariat', 'Research Secretariat');
    await secretariat.getByRole('link', { name: '加盟申込' }).click();
    const table = secretariat.getByRole('table', { name: '加盟申込書(申込日の古い順)' });
    // Pending: the ten applicants left, all on the first page.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(10);
    expect(await secretariat.getByRole('button', { name: '次へ' }).isDisabled()).toBe(true);
    await secretariat.getByLabel('状態で絞り込む').selectOption({ label: 'すべて' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(10);
    await secretariat.getByRole('button', { name: '次へ' }).click();
    await secretariat.getByText('2 ページ目').waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await secretariat.getByRole('button', { name: '前へ' }).click();
    await secretariat.getByText('1 ページ目').waitFor();
    await secretariat.getByLabel('状態で絞り込む').selectOption({ label: '不承認' });
    await table.getByRole('row').filter({ hasText: rejected }).waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await secretariat.getByLabel('状態で絞り込む').selectOption({ label: '承認(準認定術者)' });
    await table.getByRole('row').filter({ hasText: APPLICANT }).getByRole('link').click();
    await secretariat.getByRole('heading', { level: 1, name: `加盟申込書 — ${APPLICANT}` }).waitFor();
    expect(await secretariat.getByRole('button', { name: '決定を記録する' }).count()).toBe(0);
    await secretariat.getByRole('button', { name: 'Switch to English' }).click();
    await secretariat.getByRole('heading', { level: 1, name: `Application to join — ${APPLICANT}` }).waitFor();
    await secretariat.getByText('Approved (associate operator)', { exact: true }).waitFor();
    expect(await seriousViolations(secretariat)).toEqual([]);
    await secretariat.context().close();
  });
});
