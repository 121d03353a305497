import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { launchBrowser, seriousViolations, type TestBrowser } from '../support/browser.ts';
import { IDENTIFYING, leaks, recordingContext } from '../support/blinded-pages.ts';

// The core lab's screens in Chromium against the real registry (embedded database, demo
// data): the reader's blinded read [R25][R26][R33] and the supervisor's decision on the
// discordant fields only [R26].
let t: TestRegistry;
let chrome: TestBrowser;
let origin: string;
let registrationNumber: string;

async function logIn(page: Page, loginId: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: /マイページ/ }).waitFor();
  await page.getByRole('link', { name: 'コアラボ' }).click();
  await page.getByRole('heading', { level: 1, name: 'コアラボのワークリスト' }).waitFor();
}

beforeAll(async () => {
  [t, chrome] = await Promise.all([startTestRegistry(), launchBrowser()]);
  origin = new URL(t.url).origin;
});

afterAll(async () => {
  await chrome?.stop();
  await t?.stop();
});

describe('the core lab in a browser [R25][R26][R29][R33]', () => {
  it('should give the reader a worklist with due dates and a blinded read form, and no response the pages load names the operator, facility or patient [R25][R26][R29][R33]', async () => {
    expect(IDENTIFYING.length).toBeGreaterThan(40);
    const recording = await recordingContext(chrome.browser);
    const { page, received } = recording;
    await logIn(page, 'corelab-reader-1');
    const rows = page.getByRole('row').filter({ hasText: /^CTO-2026-\d{5}/ });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByRole('columnheader', { name: '期限' }).waitFor();
    expect(await rows.first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.getByText(/^1 ページ目$/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const link = rows.first().getByRole('link');
    registrationNumber = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { level: 1, name: `読影: ${registrationNumber}` }).waitFor();
    await page.getByText('盲検化された症例です。術者・施設・患者を識別する情報は表示されません。').waitFor();
    await page.getByLabel('CTO の判定').selectOption('CTO_CONFIRMED');
    await page.getByLabel('断端が鈍(blunt stump)').check();
    await page.getByLabel('石灰化').check();
    await page.getByLabel('術前 TIMI 分類').selectOption('0');
    await page.getByLabel('術後 TIMI 分類').selectOption('3');
    await page.getByLabel('穿孔(Ellis 分類)').selectOption('NONE');
    await page.getByLabel('手技成功').check();
    await page.getByLabel('残存狭窄(%)').fill('150');
    await page.getByRole('button', { name: '読影を提出する(提出後は変更できません)' }).click();
    // The range check is shown next to its field, and nothing is sent.
    await page.getByText('残存狭窄は 0〜100 の整数で入力してください。').waitFor();
    expect(await page.getByLabel('残存狭窄(%)').getAttribute('aria-invalid')).toBe('true');
    expect(received.filter((r) => r.url.endsWith('/graphql') && r.body.includes('submitCoreLabRead')).map((r) => r.body)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('残存狭窄(%)').fill('15');
    await page.getByRole('button', { name: '読影を提出する(提出後は変更できません)' }).click();
    await page.getByRole('heading', { level: 2, name: /^読影を提出しました/ }).waitFor();
    expect(await page.getByRole('button', { name: /読影を提出する/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    expect(received.filter((r) => r.url.endsWith('/graphql')).length).toBeGreaterThan(2);
    expect(await leaks(recording)).toEqual([]);

    // The check sees a leak when there is one: the public list, after logging out, names operators and facilities.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('row').filter({ hasText: 'Taro Yamada' }).waitFor();
    expect(await leaks(recording)).toEqual(expect.arrayContaining([expect.stringContaining('Taro Yamada'), expect.stringContaining('Sakura Heart Hospital')]));
    await page.context().close();
  });

  it('should show the supervisor the discordant fields only, side by side, and make the decision the official result [R26][R27]', async () => {
    const reader2 = await t.login('corelab-reader-2');
    const read = await t.gql(
      'mutation($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }',
      {
        token: reader2,
        variables: {
          n: registrationNumber,
          j: { ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: false, retryLesion: false, timiBefore: 0, timiAfter: 2, residualStenosis: 18, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false },
        },
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ submitCoreLabRead: { status: 'AWAITING_SUPERVISOR' } });

    const recording = await recordingContext(chrome.browser);
    const { page } = recording;
    await logIn(page, 'corelab-supervisor');
    const row = page.getByRole('row').filter({ hasText: registrationNumber });
    await expect.poll(() => row.filter({ hasText: '判定責任者の判断待ち' }).count()).toBe(1);
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: '不一致項目の判定' }).waitFor();
    const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '読影者 2' }) });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['石灰化', '術後 TIMI 分類']);
    expect(await table.getByText('あり(読影者 1 を採用)').count()).toBe(1);
    expect(await table.getByText('なし(読影者 2 を採用)').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('あり(読影者 1 を採用)').check();
    await page.getByLabel('2(読影者 2 を採用)').check();
    await page.getByRole('button', { name: '判定を確定する' }).click();
    await page.getByRole('heading', { level: 2, name: /^公式結果\(.+ 確定\)$/ }).waitFor();
    const result = page.getByRole('table').filter({ hasText: '公式結果' });
    expect(await result.getByRole('row').filter({ hasText: '石灰化' }).getByRole('cell').textContent()).toBe('あり');
    expect(await result.getByRole('row').filter({ hasText: '術後 TIMI 分類' }).getByRole('cell').textContent()).toBe('2');
    expect(await page.getByText('公式結果', { exact: true }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await leaks(recording)).toEqual([]);
    await page.context().close();
  });
});
