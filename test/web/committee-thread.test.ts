import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The committee's group thread on the session page in Chromium against the real registry
// (embedded database, demo data): two members side by side, a post in one appearing in the
// other without a reload, naming the point at issue [R46][R47]; the case's operator reads
// it but neither discusses nor is offered the form [R49].
const CASE = 'CTO-2026-00001'; // the demo's first case: operated by OP0001, its result official
const POINTS = ['最終造影で TIMI 3 が得られ、手技成功と判定すべきか', '残存狭窄の評価に用いる造影の時相は適切か'];
const suite = registryInBrowser();

async function gqlAs(loginId: string, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> {
  const res = await suite.t.gql<Record<string, { id: string }>>(query, { token: await suite.t.login(loginId), variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function openMatter(page: Page): Promise<void> {
  await page.getByRole('link', { name: '委員会' }).click();
  await page.getByRole('heading', { level: 1, name: 'CTO疑義判定委員会の案件' }).waitFor();
  await page.getByRole('link', { name: CASE }).first().click();
  await page.getByRole('heading', { level: 1, name: `${CASE} — 公式結果への異議` }).waitFor();
  await page.getByRole('heading', { level: 2, name: '委員会のグループ討論' }).waitFor();
}

const postsOf = (page: Page) => page.getByRole('list', { name: '投稿', exact: true });

beforeAll(async () => {
  // The matter up to its session, as committee.test.ts does it in the browser [R28a][R45][R46].
  const { raiseObjection } = await gqlAs('OP0001', 'mutation($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }', {
    n: CASE,
    g: '最終造影で TIMI 3 が得られています。手技成功と判定すべきです。',
  });
  const matterId = raiseObjection!.id;
  await gqlAs('OP0002', 'mutation($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { id } }', { m: matterId });
  await gqlAs('OP0002', 'mutation($m: ID!) { declareSession(matterId: $m) { id } }', { m: matterId });
  await gqlAs('OP0002', 'mutation($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { id } }', { m: matterId, p: POINTS });
}, 600_000);

describe('the committee’s group thread in two browsers side by side [R46][R47][R49]', () => {
  let chair: Page;
  let member: Page;

  it('should show a member’s post naming a point at issue in the other member’s open page without a reload, both ways [R46][R47]', async () => {
    [chair, member] = await Promise.all([loggedInPage(suite.chrome, suite.origin, 'OP0002', 'Hanako Suzuki'), loggedInPage(suite.chrome, suite.origin, 'OP0003', 'Kenji Sato')]);
    await Promise.all([openMatter(chair), openMatter(member)]);
    await chair.getByText('まだ投稿はありません。').waitFor();
    expect(await seriousViolations(member)).toEqual([]);
    const navigations: string[] = [];
    chair.on('framenavigated', (frame) => navigations.push(frame.url()));
    member.on('framenavigated', (frame) => navigations.push(frame.url()));

    await member.getByRole('button', { name: '投稿する', exact: true }).click();
    await expect.poll(() => member.getByRole('alert').textContent()).toBe('内容を入力してください。');
    await member.getByLabel('投稿する内容(委員の実名で表示されます)').fill('最終造影の LAO 像で末梢まで TIMI 3 です。');
    await member.getByLabel('対象の争点').selectOption({ label: `争点 2: ${POINTS[1]}` });
    await member.getByRole('button', { name: '投稿する', exact: true }).click();
    const arrived = postsOf(chair).getByRole('listitem').filter({ hasText: '最終造影の LAO 像で末梢まで TIMI 3 です。' });
    await arrived.waitFor({ timeout: 15_000 });
    expect(await arrived.textContent()).toMatch(/^Kenji Sato · .+ · 争点 2 について/);
    await expect.poll(() => member.getByLabel('投稿する内容(委員の実名で表示されます)').inputValue()).toBe('');

    await chair.getByLabel('投稿する内容(委員の実名で表示されます)').fill('争点 1 については意見をお願いします。');
    await chair.getByRole('button', { name: '投稿する', exact: true }).click();
    await postsOf(member).getByRole('listitem').filter({ hasText: '争点 1 については意見をお願いします。' }).waitFor({ timeout: 15_000 });
    expect(await postsOf(member).getByRole('listitem').count()).toBe(2);
    expect(await postsOf(chair).getByRole('listitem').count()).toBe(2);
    expect(navigations).toEqual([]);
    expect(await seriousViolations(chair)).toEqual([]);
  });

  it('should let the steering committee relay the case operator’s opinion, shown as the operator’s in the member’s open page [R49]', async () => {
    await chair.getByLabel('術者から受け取った意見(術者の意見としてグループ討論に表示されます)').fill('LAO 像で TIMI 3 を確認しています。');
    await chair.getByRole('button', { name: '術者の意見として投稿する' }).click();
    const relayed = postsOf(member).getByRole('listitem').filter({ hasText: 'LAO 像で TIMI 3 を確認しています。' });
    await relayed.waitFor({ timeout: 15_000 });
    expect(await relayed.textContent()).toContain('症例の術者 Taro Yamada の意見(運営委員会または研究事務局が代わって投稿)');
    expect(await seriousViolations(member)).toEqual([]);
  });

  it('should let the case’s operator read the thread but offer no form, saying why, in English on the switch and on a tablet [R47][R49]', async () => {
    const recused = await loggedInPage(suite.chrome, suite.origin, 'OP0001', 'Taro Yamada');
    await recused.setViewportSize({ width: 768, height: 1024 });
    await openMatter(recused);
    await postsOf(recused).getByRole('listitem').filter({ hasText: '最終造影の LAO 像で末梢まで TIMI 3 です。' }).waitFor();
    await recused.getByText('あなたはこの症例の術者のため、討論に参加できません。意見は運営委員会または研究事務局を通じて伝えてください。').waitFor();
    expect(await recused.getByLabel('投稿する内容(委員の実名で表示されます)').count()).toBe(0);
    expect(await recused.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await seriousViolations(recused)).toEqual([]);

    await recused.getByRole('button', { name: 'Switch to English' }).click();
    await recused.getByRole('heading', { level: 2, name: 'The committee’s group discussion' }).waitFor();
    await recused.getByText(/^You operated this case, so you do not take part in the discussion/).waitFor();
    await recused.getByText(/on point 2/).waitFor();
    expect(await seriousViolations(recused)).toEqual([]);
    await recused.context().close();
    await chair.context().close();
    await member.context().close();
  });
});
