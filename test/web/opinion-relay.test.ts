import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The secretariat relays the recused case operator's opinion to the committee [R49], in
// Chromium against the real registry (embedded database, demo data), through the UI: from its
// area links to the matters in session, the session page's relay form, and the post arriving
// as the operator's in a member's open page without a reload.
const CASE = 'CTO-2026-00001'; // the demo's first case: operated by OP0001, its result official
const suite = registryInBrowser();

async function gqlAs(loginId: string, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> {
  const res = await suite.t.gql<Record<string, { id: string }>>(query, { token: await suite.t.login(loginId), variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

let matterId: string;
beforeAll(async () => {
  // The matter up to its session, as committee.test.ts does it in the browser [R28a][R45][R46].
  const { raiseObjection } = await gqlAs('OP0001', 'mutation($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id } }', {
    n: CASE,
    g: '最終造影で TIMI 3 が得られています。手技成功と判定すべきです。',
  });
  matterId = raiseObjection!.id;
  await gqlAs('OP0002', 'mutation($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { id } }', { m: matterId });
  await gqlAs('OP0002', 'mutation($m: ID!) { declareSession(matterId: $m) { id } }', { m: matterId });
}, 600_000);

const postsOf = (page: Page) => page.getByRole('list', { name: '投稿', exact: true });

describe('the secretariat relays the case operator’s opinion [R49]', () => {
  let secretariat: Page;
  let member: Page;

  it('should list the matters in session from the secretariat’s area links [R49][R48]', async () => {
    secretariat = await loggedInPage(suite.chrome, suite.origin, 'secretariat', 'Research Secretariat');
    await secretariat.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '研究事務局' }).click();
    await secretariat.getByRole('navigation', { name: 'データセンター・事務局の画面' }).getByRole('link', { name: '術者の意見の取り次ぎ' }).click();
    await secretariat.getByRole('heading', { level: 1, name: '術者の意見の取り次ぎ' }).waitFor();
    const rows = secretariat.getByRole('table', { name: '審議中の案件' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(new RegExp(`^${CASE}公式結果への異議`));
    expect(await seriousViolations(secretariat)).toEqual([]);
  });

  it('should post the opinion from the session page, shown as the operator’s in a member’s open page without a reload [R49]', async () => {
    member = await loggedInPage(suite.chrome, suite.origin, 'OP0003', 'Kenji Sato');
    await member.goto(`${suite.origin}/committee/matters/${matterId}`);
    await member.getByRole('heading', { level: 2, name: '委員会のグループ討論' }).waitFor();

    await secretariat.getByRole('link', { name: `${CASE} の案件を開いて意見を取り次ぐ` }).click();
    await secretariat.getByRole('heading', { level: 1, name: `${CASE} — 公式結果への異議` }).waitFor();
    const form = secretariat.getByRole('form', { name: '症例の術者の意見を伝える(運営委員会・研究事務局)' });
    await form.getByRole('button', { name: '術者の意見として投稿する' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('内容を入力してください。');
    expect(await seriousViolations(secretariat)).toEqual([]);
    await form.getByLabel('術者から受け取った意見(術者の意見としてグループ討論に表示されます)').fill('RAO 像でも末梢まで造影されています。');
    await form.getByRole('button', { name: '術者の意見として投稿する' }).click();

    const relayed = postsOf(member).getByRole('listitem').filter({ hasText: 'RAO 像でも末梢まで造影されています。' });
    await relayed.waitFor({ timeout: 15_000 });
    expect(await relayed.textContent()).toContain('症例の術者 Taro Yamada の意見(運営委員会または研究事務局が代わって投稿)');
    await postsOf(secretariat).getByRole('listitem').filter({ hasText: 'RAO 像でも末梢まで造影されています。' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => form.getByLabel('術者から受け取った意見(術者の意見としてグループ討論に表示されます)').inputValue()).toBe('');
    expect(await seriousViolations(member)).toEqual([]);
    await member.context().close();
  });

  it('should not offer the relay form to the case’s own operator, and read the list in English [R49]', async () => {
    const operator = await loggedInPage(suite.chrome, suite.origin, 'OP0001', 'Taro Yamada');
    await operator.goto(`${suite.origin}/committee/matters/${matterId}`);
    await operator.getByRole('heading', { level: 2, name: '委員会のグループ討論' }).waitFor();
    expect(await operator.getByRole('button', { name: '術者の意見として投稿する' }).count()).toBe(0);
    await operator.context().close();

    await secretariat.goto(`${suite.origin}/committee/relays`);
    await secretariat.getByRole('button', { name: 'Switch to English' }).click();
    await secretariat.getByRole('heading', { level: 1, name: 'Relaying operators’ opinions' }).waitFor();
    await secretariat.getByRole('table', { name: 'Matters in session' }).waitFor();
    expect(await seriousViolations(secretariat)).toEqual([]);
    await secretariat.context().close();
  });
});
