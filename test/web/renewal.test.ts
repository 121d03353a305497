import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The secretariat's annual renewal in Chromium against the real registry (embedded database,
// demo data), through the UI only: a year's preview (nothing written), the run after a
// confirmation, its outcome, and the years the API refuses to run [R10][R14].
const suite = registryInBrowser();
let page: Page;
/** The registry's current year in Japan, as the page and the API count it [R14]. */
const THIS_YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format(new Date()));
const LAST_YEAR = THIS_YEAR - 1;

const RESULTS = 'query($y: Int!) { annualRenewal(year: $y) { runOn results { operator { id } outcome } } }';
async function renewalOf(year: number): Promise<{ runOn: string; results: { operator: { id: string }; outcome: string }[] } | null> {
  const res = await suite.t.gql<{ annualRenewal: { runOn: string; results: { operator: { id: string }; outcome: string }[] } | null }>(RESULTS, { token: await suite.t.login('secretariat'), variables: { y: year } });
  expect(res.errors).toBeUndefined();
  return res.data!.annualRenewal;
}

/** The outcome shown in each row of the table the caption names, by operator ID. */
async function outcomesIn(caption: string): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return Object.fromEntries(rows.map((cells) => [cells[0]!.split(' ')[0]!, cells[3]!]));
}

async function chooseYear(year: number): Promise<void> {
  await page.getByLabel('対象の暦年').fill(String(year));
  await page.getByRole('button', { name: '表示する' }).click();
}

describe('the annual renewal in the browser [R10][R14]', () => {
  let previewed: Record<string, string>;

  it('should preview last year, outcome by outcome and operator by operator, and write nothing [R10][R14]', async () => {
    page = await loggedInPage(suite.chrome, suite.origin, 'secretariat', 'Research Secretariat');
    await page.getByRole('link', { name: '研究事務局' }).click();
    await page.getByRole('heading', { level: 1, name: '年次更新' }).waitFor();
    expect(await page.getByLabel('対象の暦年').inputValue()).toBe(String(LAST_YEAR));
    await page.getByRole('heading', { level: 2, name: `${LAST_YEAR} 年の年次更新を今日実行した場合` }).waitFor();
    await page.getByText(/時点の判定です。まだ実行されておらず/).waitFor();
    previewed = await outcomesIn(`${LAST_YEAR} 年を実行した場合の判定(術者ID順)`);
    expect(Object.keys(previewed)).toContain('OP0001');
    expect(Object.keys(previewed)).toEqual(Object.keys(previewed).sort());
    expect(await page.getByRole('list', { name: '判定ごとの人数' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await renewalOf(LAST_YEAR)).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should run the year only after a confirmation, then show its outcome as the preview said [R10][R14]', async () => {
    await page.getByRole('button', { name: `${LAST_YEAR} 年の年次更新を実行する…` }).click();
    await page.getByText(`${LAST_YEAR} 年の年次更新を実行します。術者の資格状態が変わり、取り消せません。よろしいですか。`).waitFor();
    await page.getByRole('button', { name: 'やめる' }).click();
    expect(await renewalOf(LAST_YEAR)).toBeNull();

    await page.getByRole('button', { name: `${LAST_YEAR} 年の年次更新を実行する…` }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `${LAST_YEAR} 年の更新を実行する`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `${LAST_YEAR} 年の年次更新の結果` }).waitFor();
    await page.getByRole('status').getByText(`${LAST_YEAR} 年の年次更新を実行しました`, { exact: false }).waitFor();
    expect(await outcomesIn(`${LAST_YEAR} 年の更新結果(術者ID順)`)).toEqual(previewed);

    const run = await renewalOf(LAST_YEAR);
    expect(Object.fromEntries(run!.results.map((r) => [r.operator.id, r.outcome])).OP0001).toBeDefined();
    expect(run!.results.map((r) => r.operator.id)).toEqual(Object.keys(previewed));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should refuse, in the user\'s language and with no run button, a year that has not ended and one before a year already renewed [R14]', async () => {
    for (const year of [THIS_YEAR, LAST_YEAR - 1]) {
      await chooseYear(year);
      await page.getByRole('heading', { level: 2, name: `${year} 年の年次更新は実行できません` }).waitFor();
      await page.getByRole('alert').getByText(/^年次更新の規定により実行できません。/).waitFor();
      expect(await page.getByRole('button', { name: /年次更新を実行する/ }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(await renewalOf(THIS_YEAR)).toBeNull();
    expect(await renewalOf(LAST_YEAR - 1)).toBeNull();
  });

  it('should show a year already run as its results, and the refusal in English on the switch, on a tablet too [R14]', async () => {
    await chooseYear(LAST_YEAR);
    await page.getByRole('heading', { level: 2, name: `${LAST_YEAR} 年の年次更新の結果` }).waitFor();
    await page.getByRole('status').getByText(`${LAST_YEAR} 年の年次更新は`, { exact: false }).waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: `Results of the renewal of ${LAST_YEAR}` }).waitFor();
    await chooseYearEn(THIS_YEAR);
    await page.getByRole('heading', { level: 2, name: `The renewal of ${THIS_YEAR} cannot be run` }).waitFor();
    await page.getByRole('alert').getByText(/^The renewal rules do not allow this/).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

async function chooseYearEn(year: number): Promise<void> {
  await page.getByLabel('Calendar year').fill(String(year));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
}
