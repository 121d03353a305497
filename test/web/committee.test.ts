import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { launchBrowser, seriousViolations, type TestBrowser } from '../support/browser.ts';

// The committee's screens in Chromium against the real registry (embedded database, demo
// data): two members side by side, a vote in one moving the tally in the other [R48], the
// case's operator told why they cannot vote [R49], the chair's decision and the ruling [R24].
const CASE = 'CTO-2026-00001'; // the demo's first case: operated by OP0001, its result official
const POINT = '最終造影で TIMI 3 が得られ、手技成功と判定すべきか';
let t: TestRegistry;
let chrome: TestBrowser;
let origin: string;
let matterId: string;

async function signedIn(browser: Browser, loginId: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: /マイページ/ }).waitFor();
  return page;
}

async function openMatter(page: Page): Promise<void> {
  await page.getByRole('link', { name: '委員会' }).click();
  await page.getByRole('heading', { level: 1, name: 'CTO疑義判定委員会の案件' }).waitFor();
  await page.getByRole('link', { name: CASE }).first().click();
  await page.getByRole('heading', { level: 1, name: `${CASE} — 公式結果への異議` }).waitFor();
}

const tallyOf = (page: Page) => page.getByRole('status', { name: '争点 1 の集計' });

beforeAll(async () => {
  [t, chrome] = await Promise.all([startTestRegistry(), launchBrowser()]);
  origin = new URL(t.url).origin;
  // The operator objects to the official result [R28a]; the rest happens in the browser.
  const operator = await t.login('OP0001');
  const raised = await t.gql<{ raiseObjection: { id: string } }>('mutation($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }', {
    token: operator,
    variables: { n: CASE, g: '最終造影で TIMI 3 が得られています。手技成功と判定すべきです。' },
  });
  expect(raised.errors).toBeUndefined();
  matterId = raised.data!.raiseObjection.id;
});

afterAll(async () => {
  await chrome?.stop();
  await t?.stop();
});

describe('the committee in two browsers side by side [R43][R46][R48][R49][R24]', () => {
  let chair: Page;
  let member: Page;

  it('should list the matter with its state, let the steering committee screen it (a refusal needs its reason), and the chair declare the session and post the points at issue [R45][R46]', async () => {
    chair = await signedIn(chrome.browser, 'OP0002');
    await chair.getByRole('link', { name: '委員会' }).click();
    await chair.getByRole('heading', { level: 1, name: 'CTO疑義判定委員会の案件' }).waitFor();
    const row = chair.getByRole('row').filter({ hasText: CASE });
    await expect.poll(() => row.filter({ hasText: '運営委員会の審査待ち' }).count()).toBe(1);
    expect(await chair.getByText(/^1 ページ目$/).count()).toBe(1);
    expect(await seriousViolations(chair)).toEqual([]);

    // The chair sits on the steering committee too, which screens the matter first [R45].
    await openMatter(chair);
    await chair.getByLabel('受理しない', { exact: true }).check();
    await chair.getByRole('button', { name: '審査結果を記録する' }).click();
    await expect.poll(() => chair.getByRole('alert').textContent()).toBe('入力内容を確認してください。');
    await chair.getByLabel('委員会で審議する(受理)').check();
    await chair.getByRole('button', { name: '審査結果を記録する' }).click();
    await chair.getByText('受理(審議前)', { exact: true }).waitFor();
    await chair.getByRole('button', { name: '審議を開始する' }).click();
    await chair.getByLabel('争点(1行に1つ)').fill(POINT);
    await chair.getByRole('button', { name: '争点を提示する' }).click();
    await chair.getByRole('heading', { level: 3, name: `争点 1: ${POINT}` }).waitFor();
    await expect.poll(() => tallyOf(chair).textContent()).toBe('意見 0 / 9 名(賛成 0・反対 0・棄権 0)');
    expect(await chair.getByText('審議中', { exact: true }).count()).toBe(1);
    expect(await seriousViolations(chair)).toEqual([]);
  });

  it('should move the tally in the other member’s open page when one member votes, both ways, without a reload [R48]', async () => {
    member = await signedIn(chrome.browser, 'OP0003');
    await openMatter(member);
    await expect.poll(() => tallyOf(member).textContent()).toBe('意見 0 / 9 名(賛成 0・反対 0・棄権 0)');
    const navigations: string[] = [];
    member.on('framenavigated', (frame) => navigations.push(frame.url()));

    await chair.getByRole('group', { name: '争点 1 へのあなたの意見' }).getByRole('button', { name: '賛成' }).click();
    await chair.getByText('あなたの意見: 賛成').waitFor();
    await expect.poll(() => tallyOf(member).textContent(), { timeout: 15_000 }).toBe('意見 1 / 9 名(賛成 1・反対 0・棄権 0)');

    await member.getByRole('group', { name: '争点 1 へのあなたの意見' }).getByRole('button', { name: '賛成' }).click();
    await expect.poll(() => tallyOf(chair).textContent(), { timeout: 15_000 }).toBe('意見 2 / 9 名(賛成 2・反対 0・棄権 0)');
    // The chair's live tally can move before the member's own page has its mutation's answer.
    await member.getByText('あなたの意見: 賛成').waitFor();
    expect(await member.getByRole('button', { name: '賛成' }).count()).toBe(0);

    // Two of nine is no quorum: the chair's early close is refused, in Japanese, by its rule [R48].
    await chair.getByRole('button', { name: 'この回の意見聴取を締め切る' }).click();
    await expect.poll(() => chair.getByRole('alert').textContent()).toMatch(/^意見聴取の規定により、この操作はできません/);
    expect(navigations).toEqual([]);
    expect(await seriousViolations(member)).toEqual([]);
  });

  it('should tell the case’s operator why they cannot vote, and offer no vote, on a tablet too [R49]', async () => {
    const recused = await signedIn(chrome.browser, 'OP0001', { width: 768, height: 1024 });
    await openMatter(recused);
    expect(await recused.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await recused.getByText(/あなたはこの症例の術者であるため、この案件の審議と投票には参加できません/).waitFor();
    await expect.poll(() => tallyOf(recused).textContent()).toBe('意見 2 / 9 名(賛成 2・反対 0・棄権 0)');
    expect(await recused.getByRole('group', { name: '争点 1 へのあなたの意見' }).count()).toBe(0);
    expect(await seriousViolations(recused)).toEqual([]);

    await recused.getByRole('button', { name: 'Switch to English' }).click();
    await recused.getByText(/^You operated this case, so you take no part in discussing or voting on this matter/).waitFor();
    expect(await seriousViolations(recused)).toEqual([]);
    await recused.context().close();
  });

  it('should show the chair’s decision form once every opinion is in, and publish the ruling with who voted what [R45][R24][R28b]', async () => {
    const vote = 'mutation($p: ID!) { castVote(pointId: $p, choice: YES) { id } }';
    const points = await t.gql<{ matter: { pointsAtIssue: { id: string }[] } }>('query($m: ID!) { matter(id: $m) { pointsAtIssue { id } } }', {
      token: await t.login('OP0002'),
      variables: { m: matterId },
    });
    const pointId = points.data!.matter.pointsAtIssue[0]!.id;
    for (const login of ['OP0004', 'OP0005', 'OP0006', 'expert-1', 'expert-2', 'expert-3', 'expert-4']) {
      const res = await t.gql(vote, { token: await t.login(login), variables: { p: pointId } });
      expect(res.errors).toBeUndefined();
    }
    await expect.poll(() => tallyOf(member).textContent(), { timeout: 15_000 }).toBe('意見 9 / 9 名(賛成 9・反対 0・棄権 0)');
    await chair.getByText('採択', { exact: true }).waitFor();

    await chair.getByRole('heading', { level: 2, name: '委員長の決定' }).waitFor();
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.getByLabel('決定', { exact: true }).fill('異議を認める。');
    await chair.getByLabel('理由(審議の要旨)').fill('最終造影で TIMI 3、残存狭窄 30% 未満。');
    await chair.getByLabel('申立者・質問者への回答').fill('ご指摘のとおり手技成功と判定します。');
    await chair.getByRole('button', { name: '決定して公表する' }).click();

    await chair.getByRole('heading', { level: 2, name: '公表された裁定' }).waitFor();
    await chair.getByText('決定・公表済み', { exact: true }).waitFor();
    await chair.getByText('第 1 回 Kenji Sato: 賛成').waitFor();
    expect(await seriousViolations(chair)).toEqual([]);

    // Public: the ruling is on the rulings page without a login [R24].
    await member.getByRole('link', { name: '裁定と基準' }).click();
    await member.getByRole('heading', { level: 1, name: '公表された裁定' }).waitFor();
    await member.getByText('異議を認める。').waitFor();
  });
});
