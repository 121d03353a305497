import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { registryInBrowser, seriousViolations } from '../support/browser.ts';

// The committee's matters and the core lab's worklist are read a page at a time from the
// API [#10][#15.1]: a screen reaches the items beyond the API's first page (50 by default),
// not only those the first answer held.
const suite = registryInBrowser();

async function signedIn(loginId: string, nav: string, heading: string): Promise<Page> {
  const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.goto(`${suite.origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: /マイページ/ }).waitFor();
  await page.getByRole('link', { name: nav }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

/** Every page's rows (their `text` cells), following "次へ" until it is disabled; bounded. */
async function walkPages(page: Page, cells: string, expectedPages: number): Promise<string[][]> {
  const pages: string[][] = [];
  for (let n = 1; n <= expectedPages + 1; n++) {
    await page.getByText(`${n} ページ目`).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    pages.push(await page.locator(cells).allTextContents());
    const next = page.getByRole('button', { name: '次へ' });
    if (await next.isDisabled()) break;
    await next.click();
  }
  return pages;
}

describe('screens paged through the API', () => {
  it('should reach every one of 52 matters on the committee screen, ten a page, beyond the API\'s first page of 50 [R45]', async () => {
    const dataCenter = await suite.t.login('datacenter');
    for (let i = 1; i <= 52; i++) {
      const res = await suite.t.gql('mutation($q: String!) { askDataCenterQuestion(question: $q) { id } }', { token: dataCenter, variables: { q: `Question ${String(i).padStart(2, '0')} on the criteria` } });
      expect(res.errors).toBeUndefined();
    }
    const chair = await signedIn('OP0002', '委員会', 'CTO疑義判定委員会の案件');
    const pages = await walkPages(chair, 'tbody tr td:nth-child(4)', 6);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 2]);
    const questions = pages.flat();
    expect(new Set(questions).size).toBe(52);
    expect(questions).toContain('Question 01 on the criteria');
    expect(await seriousViolations(chair)).toEqual([]);

    await chair.getByRole('button', { name: '前へ' }).click();
    await chair.getByText('5 ページ目').waitFor();
    await expect.poll(() => chair.locator('tbody tr td:nth-child(4)').allTextContents()).toEqual(pages[4]);
  });

  it("should page the supervisor's worklist through the API, due first, every open case once [R26][R29]", async () => {
    // The demo's ten open cases, and the three registrations it leaves incomplete put on the
    // worklist as the intake would (notified, due a month later), so it is longer than a page.
    await suite.t.handle.db.execute(sql`insert into cases.core_lab_cases (registration_number, notified_at, due_on, status)
      select registration_number, now(), date '2026-12-31', 'AWAITING_READS' from cases.cases
      where registration_number not in (select registration_number from cases.core_lab_cases)`);
    const supervisor = await suite.t.gql<{ coreLabWorklist: { registrationNumber: string; dueOn: string }[] }>('{ coreLabWorklist(first: 100) { registrationNumber dueOn } }', { token: await suite.t.login('corelab-supervisor') });
    const all = supervisor.data!.coreLabWorklist;
    expect(all.length).toBe(13);

    const page = await signedIn('corelab-supervisor', 'コアラボ', 'コアラボのワークリスト');
    const pages = await walkPages(page, 'tbody tr td:first-child', 2);
    expect(pages.map((p) => p.length)).toEqual([10, 3]);
    expect(pages.flat()).toEqual(all.map((c) => c.registrationNumber));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
