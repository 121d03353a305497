import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as age from 'age-encryption';
import type { Page } from 'playwright-core';
import { logInThroughForm } from '../../scripts/chromium.ts';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// Data requests and releases in Chromium against the real registry (embedded database, demo
// data), through the UI only: the researcher files a request for a frozen year, the steering
// committee asks for changes and then approves the revision, the data center produces the
// package encrypted for the researcher's key and its provision record, the researcher reports
// the publication, and the public recipients page shows it with no login [R21a][R27][R39][T7.2].
const TITLE = 'Retrograde approach and perforation, 2025';
const suite = registryInBrowser();
let identity: string;
let requestAddress: string;

const status = (page: Page) => page.getByTestId('request-status');
/** What makes the page scroll sideways: the elements of <main> ending past the window, outside a table that scrolls in its own box. */
const sideways = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('main *')]
    .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))
    .slice(0, 5)`);

async function openRequest(page: Page, heading: string): Promise<void> {
  await page.getByRole('link', { name: 'データ提供', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('table', { name: 'データ提供申請(申請日時の古い順)' }).getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: `データ提供申請 — ${TITLE}` }).waitFor();
}

/**
 * [T7.2] The provision record said in Japanese, then in English on the switch, from its
 * figures and the request's dates choice (this request keeps year and month); the API's
 * English sentences stay under a disclosure, as recorded.
 */
async function provisionInBothLanguages(page: Page): Promise<void> {
  const record = page.getByRole('definition');
  await record.getByText('age 暗号化(age-encryption.org/v1)、申請者の公開鍵(X25519)宛て、ASCII アーマー形式。暗号化したパッケージの SHA-256 を記録', { exact: true }).waitFor();
  await record.getByText(/^提供したすべての症例で同意が有効です/).waitFor();
  for (const line of ['登録番号はこの提供限りの仮名に置き換え', '日付は年と月までに丸め', '術者と施設を特定する情報は含まない', '患者コード、イニシャル、生年月日は含まない(年齢は満年齢のみ)', '集計表で 5 未満のセルを秘匿']) {
    await record.getByRole('listitem').filter({ hasText: line }).waitFor();
  }
  const original = page.getByText('API が記録した原文(英語)');
  await original.click();
  await page.getByText('dates reduced to year and month', { exact: true }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 3, name: 'Provision record' }).waitFor();
  await record.getByText('Yes · Held by the registry data center (never in the package)', { exact: true }).waitFor();
  await record.getByRole('listitem').filter({ hasText: 'Dates reduced to year and month' }).waitFor();
  await record.getByRole('listitem').filter({ hasText: 'Registration number replaced by a pseudonym of this release only' }).waitFor();
  await record.getByText(/^Consent stands for every case provided/).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '日本語に切り替える' }).click();
}

describe('data requests and releases in the browser [R21a][R27][R39][T7.2]', () => {
  let researcher: Page;

  it('should let a researcher file a request with items of the data dictionary, frozen years only and the pledge, refusing what is missing beside its field [R21a][R27]', async () => {
    identity = await age.generateX25519Identity();
    researcher = await loggedInPage(suite.chrome, suite.origin, 'researcher', 'Jun Ogawa');
    await researcher.getByRole('link', { name: '自分のデータ提供申請を見る・申請する' }).click();
    await researcher.getByRole('heading', { level: 1, name: '自分のデータ提供申請' }).waitFor();
    // The demo's released request is the researcher's own.
    await researcher.getByRole('cell', { name: '提供済み' }).first().waitFor();
    expect(await seriousViolations(researcher)).toEqual([]);

    await researcher.getByRole('link', { name: 'データ提供を申請する' }).click();
    await researcher.getByRole('heading', { level: 1, name: 'データ提供の申請' }).waitFor();
    // Only presented years are offered; a researcher asks for research only [R21b][R27].
    await researcher.getByLabel('2025 年').waitFor();
    expect(await researcher.getByLabel('2026 年').count()).toBe(0);
    expect(await researcher.getByLabel('研究以外(企業のみ)').count()).toBe(0);
    expect(await seriousViolations(researcher)).toEqual([]);

    await researcher.getByRole('button', { name: '申請を提出する' }).click();
    await researcher.getByText('データ項目を 1 つ以上選んでください。').waitFor();
    await researcher.getByText('守秘誓約への同意が必要です。また、認定術者は研究目的に限り申請できます。').waitFor();
    expect(await seriousViolations(researcher)).toEqual([]);

    await researcher.getByLabel('受領者(氏名・所属)').fill('Jun Ogawa, Tokyo Heart University');
    await researcher.getByLabel('研究課題').fill(TITLE);
    await researcher.getByLabel('副次解析計画').fill('Perforation by Ellis class after the retrograde approach.');
    for (const item of ['approach', 'perforation', 'technicalSuccess']) await researcher.locator(`#request-item-${item}`).check();
    await researcher.getByLabel('2025 年').check();
    await researcher.getByLabel('受領者の age 公開鍵(X25519、age1…)').fill('not-a-key');
    await researcher.getByLabel('上記の守秘誓約に同意します').check();
    await researcher.getByRole('button', { name: '申請を提出する' }).click();
    await researcher.getByText('age の X25519 公開鍵(age1 で始まる 62 文字)を入力してください。').waitFor();

    await researcher.getByLabel('受領者の age 公開鍵(X25519、age1…)').fill(await age.identityToRecipient(identity));
    await researcher.getByRole('button', { name: '申請を提出する' }).click();
    await researcher.getByRole('heading', { level: 1, name: `データ提供申請 — ${TITLE}` }).waitFor();
    await researcher.getByRole('status').getByText('申請を受け付けました。').waitFor();
    await expect.poll(() => status(researcher).textContent()).toBe('審査待ち');
    requestAddress = researcher.url();
    expect(await seriousViolations(researcher)).toEqual([]);
  });

  it('should let the steering committee ask for changes with a reason, the requester see the reason and revise, and the committee approve [R39]', async () => {
    const steering = await loggedInPage(suite.chrome, suite.origin, 'OP0002', 'Hanako Suzuki');
    await openRequest(steering, 'データ提供申請');
    expect(await seriousViolations(steering)).toEqual([]);
    await steering.getByLabel('修正を依頼する').check();
    await steering.getByRole('button', { name: '審査結果を記録する' }).click();
    await expect.poll(() => steering.getByRole('alert').textContent()).toBe('修正依頼または却下には理由を入力してください。');
    await steering.getByLabel('理由').fill('データの保管場所と廃棄の時期を計画に書いてください。');
    await steering.getByRole('button', { name: '審査結果を記録する' }).click();
    await expect.poll(() => status(steering).textContent()).toBe('修正依頼');
    expect(await steering.getByRole('button', { name: '審査結果を記録する' }).count()).toBe(0);

    await researcher.goto(requestAddress);
    await researcher.getByText('— データの保管場所と廃棄の時期を計画に書いてください。').waitFor();
    await researcher.getByRole('heading', { level: 2, name: '申請の修正' }).waitFor();
    expect(await seriousViolations(researcher)).toEqual([]);
    await researcher.getByLabel('副次解析計画').fill('Perforation by Ellis class after the retrograde approach. Kept on the department\'s encrypted server; destroyed after publication.');
    await researcher.getByLabel('上記の守秘誓約に同意します').check();
    await researcher.getByRole('button', { name: '修正して再提出する' }).click();
    await researcher.getByRole('status').getByText('修正した申請を再提出しました。', { exact: false }).waitFor();
    await expect.poll(() => status(researcher).textContent()).toBe('審査待ち');

    await steering.reload();
    await expect.poll(() => status(steering).textContent()).toBe('審査待ち');
    await steering.getByLabel('承認する').check();
    await steering.getByRole('button', { name: '審査結果を記録する' }).click();
    await expect.poll(() => status(steering).textContent()).toBe('承認(提供待ち)');
    const history = steering.getByRole('table', { name: '状態の変更履歴(監査記録)' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(4);
    expect(await seriousViolations(steering)).toEqual([]);
    await steering.context().close();
  });

  it('should let the data center produce the package for the recipient key, show its SHA-256 and the provision record in Japanese and in English from its fields, and download a package that opens with that key [T7.2]', async () => {
    const dc = await loggedInPage(suite.chrome, suite.origin, 'datacenter', 'Data Center');
    await openRequest(dc, 'データ提供申請');
    await dc.getByRole('heading', { level: 2, name: '提供パッケージの作成' }).waitFor();
    expect(await dc.getByText(await age.identityToRecipient(identity), { exact: true }).count()).toBe(1);
    expect(await seriousViolations(dc)).toEqual([]);
    await dc.getByRole('button', { name: '提供パッケージを作成する' }).click();
    await dc.getByRole('heading', { level: 2, name: '提供済みのパッケージ' }).waitFor();
    await expect.poll(() => status(dc).textContent()).toBe('提供済み');
    const sha256 = (await dc.getByTestId('package-sha256').textContent())!;
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    await dc.getByRole('heading', { level: 3, name: '提供記録' }).waitFor();
    await dc.getByText(/^\d+ 例を提供\(同意撤回により \d+ 例を除外\)$/).waitFor();
    await dc.getByText('あり · 登録データセンターが保管(パッケージには含まれません)').waitFor();
    await dc.getByText('approach, perforation, technicalSuccess', { exact: true }).first().waitFor();
    expect(await seriousViolations(dc)).toEqual([]);
    await provisionInBothLanguages(dc);

    const [download] = await Promise.all([dc.waitForEvent('download'), dc.getByRole('button', { name: '暗号化パッケージをダウンロード' }).click()]);
    const armored = await readFile((await download.path())!, 'utf8');
    expect(createHash('sha256').update(armored, 'utf8').digest('hex')).toBe(sha256);
    const d = new age.Decrypter();
    d.addIdentity(identity);
    const content = JSON.parse(await d.decrypt(age.armor.decode(armored), 'text')) as { files: Record<string, string> };
    expect(content.files['data.csv']!.split('\r\n')[0]).toMatch(/,approach,perforation,technicalSuccess$/);
    await dc.context().close();
  });

  it('should let the requester report the publication, and show the recipient and the publication on the public page with no login, in English on the switch [R21a][R22][R39]', async () => {
    await researcher.goto(requestAddress);
    await researcher.getByRole('heading', { level: 2, name: '結果の公表先の報告' }).waitFor();
    await researcher.getByLabel('公表先', { exact: true }).fill('Ogawa J, et al. Circ J 2027;91:100-9');
    await researcher.getByRole('button', { name: '公表先を報告する' }).click();
    await researcher.getByRole('status').getByText('公表先を報告しました。', { exact: false }).waitFor();
    expect(await seriousViolations(researcher)).toEqual([]);
    await researcher.context().close();

    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const visitor = await context.newPage();
    await visitor.goto(suite.origin);
    await visitor.getByRole('link', { name: 'データ提供先' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'データ提供先と公表' }).waitFor();
    const table = visitor.getByRole('table', { name: 'データ提供先(提供日の古い順)' });
    const row = table.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => row.textContent()).toMatch(/Jun Ogawa, Tokyo Heart University.*研究者.*2025.*approach, perforation, technicalSuccess.*Ogawa J, et al\. Circ J 2027;91:100-9/);
    // The demo's release of April 2026, with the day in Japan.
    await table.getByRole('row').filter({ hasText: 'Ogawa J, et al. Circ J 2026 (in press)' }).getByText('2026/04/01').waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.getByRole('button', { name: 'Switch to English' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Data recipients and publications' }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await context.close();
  });

  it('should fit a tablet: the released request with its provision record and the public recipients, with no sideways scroll', async () => {
    const context = await suite.chrome.browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', hasTouch: true });
    const page = await context.newPage();
    await logInThroughForm(page, suite.origin, 'datacenter');
    await page.goto(requestAddress);
    await page.getByRole('heading', { level: 3, name: '提供記録' }).waitFor();
    expect(await sideways(page)).toEqual([]);
    await page.goto(`${suite.origin}/data-recipients`);
    await page.getByRole('heading', { level: 1, name: 'データ提供先と公表' }).waitFor();
    expect(await sideways(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('should page the requests waiting for review from the API, ten at a time, for the steering committee [R39]', async () => {
    const sponsor = await suite.t.login('sponsor');
    const key = await age.identityToRecipient(identity);
    const file = 'mutation($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }';
    for (let i = 1; i <= 11; i++) {
      const input = { recipientName: 'Sponsor Company', purpose: 'RESEARCH', title: `Paged request ${String(i).padStart(2, '0')}`, plan: 'Counts by approach.', items: ['approach'], years: [2025], fullDates: false, pledgeAccepted: true, recipientPublicKey: key };
      expect((await suite.t.gql(file, { variables: { input }, token: sponsor })).errors).toBeUndefined();
    }
    const steering = await loggedInPage(suite.chrome, suite.origin, 'OP0001', 'Taro Yamada');
    await steering.getByRole('link', { name: 'データ提供', exact: true }).click();
    await steering.getByRole('heading', { level: 1, name: 'データ提供申請' }).waitFor();
    const titles = steering.getByRole('table', { name: 'データ提供申請(申請日時の古い順)' }).locator('tbody tr td:first-child');
    await expect.poll(() => titles.count()).toBe(10);
    const first = await titles.allTextContents();
    const paging = steering.getByRole('navigation', { name: 'データ提供申請のページ' });
    await paging.getByRole('button', { name: '次へ' }).click();
    await steering.getByText('2 ページ目').waitFor();
    await expect.poll(() => titles.count()).toBeGreaterThan(1);
    const second = await titles.allTextContents();
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    // The demo's sponsor request (filed first) and the eleven just filed: twelve waiting.
    expect(first.length + second.length).toBe(12);
    expect(await steering.getByRole('cell', { name: '審査待ち', exact: true }).count()).toBe(second.length);
    expect(await seriousViolations(steering)).toEqual([]);
    await steering.context().close();
  });

  it("should mark the identifying items in the form, and approve a plan that asks for the operator's identity only by its own box, the provision record saying so [R21a][T7.2]", async () => {
    const researcherPage = await loggedInPage(suite.chrome, suite.origin, 'researcher', 'Jun Ogawa');
    await researcherPage.goto(`${suite.origin}/data-requests/new`);
    await researcherPage.locator('#request-item-operatorId-about').getByText('特定情報: 運営委員会が計画を承認した場合に限り提供').waitFor();
    expect(await researcherPage.locator('#request-item-jctoScore-about').getByText('特定情報', { exact: false }).count()).toBe(0);
    await researcherPage.context().close();

    const input = { recipientName: 'Jun Ogawa, Tokyo Heart University', purpose: 'RESEARCH', title: 'Operator volume and success', plan: 'Technical success by operator volume.', items: ['technicalSuccess', 'operatorId'], years: [2025], fullDates: false, pledgeAccepted: true, recipientPublicKey: await age.identityToRecipient(identity) };
    const filed = await suite.t.gql('mutation($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }', { variables: { input }, token: await suite.t.login('researcher') });
    expect(filed.errors).toBeUndefined();
    const address = `${suite.origin}/data-requests/${(filed.data as { fileDataRequest: { id: string } }).fileDataRequest.id}`;

    const steering = await loggedInPage(suite.chrome, suite.origin, 'OP0002', 'Hanako Suzuki');
    await steering.goto(address);
    await expect.poll(() => steering.getByTestId('request-identity').textContent()).toBe('計画が求めています(未承認)');
    await steering.getByLabel('承認する', { exact: true }).check();
    await steering.getByRole('button', { name: '審査結果を記録する' }).click();
    await expect.poll(() => steering.getByRole('alert').textContent()).toBe('この計画は術者・施設の特定情報を求めています。特定情報の承認にチェックを入れるか、修正を依頼してください。');
    expect(await status(steering).textContent()).toBe('審査待ち');
    await steering.getByLabel('計画が求める術者・施設の特定情報の提供を承認する').check();
    expect(await seriousViolations(steering)).toEqual([]);
    await steering.getByRole('button', { name: '審査結果を記録する' }).click();
    await expect.poll(() => status(steering).textContent()).toBe('承認(提供待ち)');
    await expect.poll(() => steering.getByTestId('request-identity').textContent()).toBe('運営委員会がこの計画について承認済み');
    await steering.context().close();

    const dc = await loggedInPage(suite.chrome, suite.origin, 'datacenter', 'Data Center');
    await dc.goto(address);
    await dc.getByRole('button', { name: '提供パッケージを作成する' }).click();
    await dc.getByRole('heading', { level: 3, name: '提供記録' }).waitFor();
    await dc.getByRole('definition').getByRole('listitem').filter({ hasText: '承認された計画が必要とする術者・施設の特定情報を含む(項目を参照)' }).waitFor();
    expect(await dc.getByRole('definition').getByRole('listitem').filter({ hasText: '術者と施設を特定する情報は含まない' }).count()).toBe(0);
    expect(await seriousViolations(dc)).toEqual([]);
    await dc.context().close();
  });
});
