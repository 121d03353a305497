import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { registryInBrowser, seriousViolations } from '../support/browser.ts';

// A certified operator's session and case page in Chromium against the real registry.
const suite = registryInBrowser();
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  contexts.push(context);
  return context.newPage();
}

async function logIn(page: Page, operatorId: string, name: string): Promise<void> {
  await page.goto(`${suite.origin}/login`);
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
    await page.goto(`${suite.origin}/library`);
    await page.getByRole('heading', { level: 1, name: '症例ライブラリ' }).waitFor();
    const [rotated] = await page.context().cookies();
    expect(rotated!.value).not.toBe(cookie!.value);

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: '認定術者一覧' }).waitFor();
    await expect.poll(() => page.context().cookies()).toEqual([]);
    await page.goto(`${suite.origin}/home`);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("a library case's page, its official result and its live discussion [R6][R28a]", () => {
  let registrationNumber: string;
  let threadId: string;

  beforeAll(async () => {
    // The demo's first case (Taro Yamada's) has an official result (core-lab-demo.ts).
    const token = await suite.t.login('OP0001');
    const library = await suite.t.gql<{ caseLibrary: { nodes: { registrationNumber: string; officialResult: object | null; discussion: { id: string } | null }[] } }>(
      '{ caseLibrary(first: 100) { nodes { registrationNumber officialResult { criteriaVersion } discussion { id } } } }',
      { token },
    );
    const withResult = library.data!.caseLibrary.nodes.find((n) => n.officialResult && n.discussion)!;
    registrationNumber = withResult.registrationNumber;
    threadId = withResult.discussion!.id;
    // One post before the pages load, so the pages subscribe after its cursor (no gap).
    const other = await suite.t.login('OP0004');
    const first = await suite.t.gql('mutation($id: ID!) { postToThread(threadId: $id, body: "Which wire crossed the proximal cap?") { id } }', { token: other, variables: { id: threadId } });
    expect(first.errors).toBeUndefined();
  });

  it("should show the case operator the CRF summary and the official result beside their own judgement, opened from the library [R28a]", async () => {
    const page = await newPage();
    await logIn(page, 'OP0001', 'Taro Yamada');
    await page.getByRole('link', { name: '症例ライブラリ' }).click();
    await page.getByRole('link', { name: registrationNumber }).click();
    await page.getByRole('heading', { level: 1, name: `症例 ${registrationNumber}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'CRF の要約' }).waitFor();
    await page.getByText('J-CTO スコア').waitFor();
    await page.getByRole('heading', { level: 2, name: 'コアラボの公式判定' }).waitFor();
    await page.getByText(/^確定 .+判定基準 第 \d+ 版/).waitFor();
    const comparison = page.getByRole('table', { name: '公式判定と術者自身の判定の比較(相違に印)' });
    await comparison.getByRole('rowheader', { name: '最終 TIMI 血流' }).waitFor();
    expect(await comparison.getByRole('row').count()).toBe(10);
    await page.getByText('Which wire crossed the proximal cap?').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should show a post made in one browser in the other without a reload, under the real name of its author, and report the latency over 50 posts [R6]', async () => {
    const [a, b] = [await newPage(), await newPage()];
    // B's page notes when each PostToThread answer arrives, on the same clock as A's observer.
    // (Strings: this file is compiled without the DOM's types; the code runs in the page.)
    await b.addInitScript(`
      window.answered = {};
      const original = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        const response = await original(input, init);
        const body = typeof init?.body === 'string' ? init.body : '';
        if (body.includes('PostToThread')) window.answered[JSON.parse(body).variables.body] = Date.now();
        return response;
      };
    `);
    await logIn(a, 'OP0001', 'Taro Yamada');
    await logIn(b, 'OP0003', 'Kenji Sato');
    for (const page of [a, b]) {
      await page.goto(`${suite.origin}/library/${registrationNumber}`);
      await page.getByText('Which wire crossed the proximal cap?').waitFor();
    }
    // A's page notes (on the machine's one clock) when each post's text appears.
    await a.evaluate(`
      window.seen = {};
      new MutationObserver(() => {
        for (const node of document.querySelectorAll('.post .body')) window.seen[node.textContent ?? ''] ??= Date.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    `);

    const first = 'A retrograde approach through the septal collateral.';
    await b.getByLabel('投稿する内容(実名で公開されます)').fill(first);
    await b.getByRole('button', { name: '投稿する' }).click();
    const arrived = a.getByRole('listitem').filter({ hasText: first });
    await arrived.waitFor();
    expect(await arrived.getByText('Kenji Sato').count()).toBe(1);
    // The poster's own page holds it once, whether the mutation's answer or the live feed
    // brought it first (the other browser may hear it before the poster's answer is in).
    await expect.poll(() => b.getByRole('listitem').filter({ hasText: first }).count()).toBe(1);

    const reply = 'Yes, with a Sion wire.';
    await a.getByLabel('投稿する内容(実名で公開されます)').fill(reply);
    await a.getByRole('button', { name: '投稿する' }).click();
    await b.getByRole('listitem').filter({ hasText: reply }).filter({ hasText: 'Taro Yamada' }).waitFor();

    const before = await a.locator('.post').count();
    const latencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      const text = `latency probe ${i}`;
      await b.getByLabel('投稿する内容(実名で公開されます)').fill(text);
      await b.getByRole('button', { name: '投稿する' }).click();
      // In the lists of posts (B's form may still hold the text until its answer is in).
      await a.getByRole('list', { name: '投稿' }).getByText(text, { exact: true }).waitFor();
      await b.getByRole('list', { name: '投稿' }).getByText(text, { exact: true }).waitFor();
      // B's answer may come after the live feed showed the post in B's list.
      await b.waitForFunction(`window.answered[${JSON.stringify(text)}] !== undefined`);
      const t0 = await b.evaluate<number>(`window.answered[${JSON.stringify(text)}]`);
      const t1 = await a.evaluate<number>(`window.seen[${JSON.stringify(text)}]`);
      // Negative when the live post reached A before the mutation's answer reached B.
      latencies.push(t1 - t0);
    }
    latencies.sort((x, y) => x - y);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
    process.stdout.write(`live post latency (mutation response in B → text visible in A), 50 posts: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, min ${latencies[0]} ms, max ${latencies.at(-1)} ms\n`);
    expect(await a.locator('.post').count()).toBe(before + 50);
    expect(await seriousViolations(a)).toEqual([]);
    // 52 posts through two browsers' forms: about 50 s on a loaded 2-core machine.
  }, 240_000);

  it('should keep what the operator types while the previous post is still sending, clearing only the text that was sent [R6]', async () => {
    const page = await newPage();
    await logIn(page, 'OP0003', 'Kenji Sato');
    await page.goto(`${suite.origin}/library/${registrationNumber}`);
    await page.getByText('Which wire crossed the proximal cap?').waitFor();
    // The first post's answer is held back until the next text is typed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('PostToThread')) return route.continue();
      await held;
      await route.continue();
    });
    const box = page.getByLabel('投稿する内容(実名で公開されます)');
    await box.fill('First thought: the antegrade wire is in the false lumen.');
    await page.getByRole('button', { name: '投稿する' }).click();
    await page.getByRole('button', { name: '投稿しています…' }).waitFor();
    await box.fill('Second thought: try a Gaia Next.');
    release();
    await page.getByRole('list', { name: '投稿' }).getByText('First thought: the antegrade wire is in the false lumen.', { exact: true }).waitFor();
    await page.getByRole('button', { name: '投稿する' }).waitFor();
    expect(await box.inputValue()).toBe('Second thought: try a Gaia Next.');
    await page.unroute('**/graphql');
  });

  it('should say the live discussion is interrupted while adjudication is away, keeping the case and its posts on screen (#17) [R6]', async () => {
    const page = await newPage();
    await logIn(page, 'OP0003', 'Kenji Sato');
    await page.goto(`${suite.origin}/library/${registrationNumber}`);
    await page.getByText('Which wire crossed the proximal cap?').waitFor();
    const t = suite.t;
    // The last test of the file: the registry's adjudication stays stopped until the file's end.
    await t.registry.adjudication.stop();
    // Past the gateway's outage bound (5 s) the page is told, and says so; what it showed stays.
    await page.getByRole('status').filter({ hasText: 'ライブ更新が中断しました' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: `症例 ${registrationNumber}` }).waitFor();
    expect(await page.getByRole('list', { name: '投稿' }).getByText('Which wire crossed the proximal cap?').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
