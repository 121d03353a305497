import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The case library's search in Chromium against the real registry [#10]: the demo's
// fourteen 2026 cases, eleven of them complete with a lesion scored J-CTO 3, beside the 76
// cases of 2024–2025 whose consent stands (90 in all).
const suite = registryInBrowser();

const loggedIn = (operatorId: string, name: string): Promise<Page> => loggedInPage(suite.chrome, suite.origin, operatorId, name);

const rows = (page: Page) => page.locator('tbody tr');
const numbers = (page: Page) => page.locator('tbody tr td:first-child').allTextContents();

describe('the case library search (issue 10)', () => {
  it('should filter by year and J-CTO category, page forward, and keep the search in the URL across a reload and the back button', async () => {
    const page = await loggedIn('OP0003', 'Kenji Sato');
    await page.goto(`${suite.origin}/library`);
    await page.getByText('全 90 例').waitFor();

    const search = page.getByRole('search', { name: '症例ライブラリの検索' });
    await search.getByLabel('施行年').fill('2026');
    await search.getByLabel('3 以上（very difficult）').check();
    await search.getByLabel('1 ページの件数').selectOption('10');
    await search.getByRole('button', { name: '検索' }).click();
    await page.getByText('全 11 例').waitFor();
    await expect.poll(() => rows(page).count()).toBe(10);
    const url = new URL(page.url());
    expect(url.searchParams.get('year')).toBe('2026');
    expect(url.searchParams.getAll('jcto')).toEqual(['VERY_DIFFICULT']);
    const firstPage = await numbers(page);
    expect(firstPage.every((n) => n.startsWith('CTO-2026-'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByText('2 ページ目').waitFor();
    await expect.poll(() => rows(page).count()).toBe(1);
    const secondPage = await numbers(page);
    expect(firstPage).not.toContain(secondPage[0]);

    await page.reload();
    await page.getByText('2 ページ目').waitFor();
    await expect.poll(() => numbers(page)).toEqual(secondPage);
    await expect.poll(() => page.getByLabel('施行年').inputValue()).toBe('2026');
    expect(await page.getByLabel('3 以上（very difficult）').isChecked()).toBe(true);

    await page.goBack();
    await page.getByText('1 ページ目').waitFor();
    await expect.poll(() => numbers(page)).toEqual(firstPage);

    // A year with no cases: the form keeps the other fields, and the answer says so.
    await page.getByLabel('施行年').fill('2023');
    await page.getByRole('button', { name: '検索' }).click();
    await page.getByText('該当する症例はありません。').waitFor();
  });

  it('should say next to the field when the year is not a year, in Japanese and in English', async () => {
    const page = await loggedIn('OP0003', 'Kenji Sato');
    await page.goto(`${suite.origin}/library`);
    await page.getByText('全 90 例').waitFor();
    await page.getByLabel('施行年').fill('1999');
    await page.getByRole('button', { name: '検索' }).click();
    await page.getByRole('alert').filter({ hasText: '2000 年から 2100 年までの年を入力してください。' }).waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();

    // A shared URL with a year the API refuses: the API's BAD_USER_INPUT names the field.
    await page.goto(`${suite.origin}/library?year=1999`);
    await page.getByRole('alert').filter({ hasText: '2000 年から 2100 年までの年を入力してください。' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case library' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Enter a year from 2000 to 2100.' }).waitFor();
    await page.getByRole('group', { name: 'J-CTO score' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '日本語' }).click();
  });
});
