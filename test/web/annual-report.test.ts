import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The annual report in Chromium against the real registry (embedded database, demo data),
// through the UI [R27][R41]: the secretariat reads a year's draft, figures with numerator and
// denominator beside the API's, the breakdowns, the CSV, and presenting refused for the
// demo's years (the current year has not ended; the year before has no case to adopt), each
// refusal in the user's language; the data center reads without presenting.
const suite = registryInBrowser();
const YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format(new Date()));

interface Rate {
  numerator: number;
  denominator: number;
  percent: number | null;
}

const rateText = (r: Rate) => `${r.numerator} / ${r.denominator} 例(${r.percent === null ? '—' : `${r.percent.toFixed(1)} %`})`;

describe('the annual report in the browser [R27][R41]', () => {
  let page: Page;

  it('should show last year frozen, as the demo history presented it, with its post-freeze correction beside it, from the secretariat\'s area links and on a direct load of its address [R27][R28b][R41]', async () => {
    page = await loggedInPage(suite.chrome, suite.origin, 'secretariat', 'Research Secretariat');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '研究事務局' }).click();
    await page.getByRole('navigation', { name: 'データセンター・事務局の画面' }).getByRole('link', { name: '年次報告' }).click();
    await page.getByRole('heading', { level: 1, name: '年次報告' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `${YEAR - 1} 年の年次報告` }).waitFor();
    await page.getByText(/凍結されています/).first().waitFor();
    const frozen = await suite.t.gql<{ annualReport: { status: string; sha256: string } }>('query($y: Int!) { annualReport(year: $y) { status sha256 } }', { token: await suite.t.login('secretariat'), variables: { y: YEAR - 1 } });
    expect(frozen.data!.annualReport.status).toBe('PRESENTED');
    await page.getByText(frozen.data!.annualReport.sha256).waitFor();
    expect(await page.getByRole('button', { name: `${YEAR - 1} 年の報告を提出する…` }).count()).toBe(0);
    // [R28b] the demo's ruling after the freeze is listed beside the report, not in its figures.
    const corrections = page.getByRole('table', { name: '凍結後の訂正(古い順)' });
    await corrections.getByRole('cell', { name: '合併症' }).waitFor();
    expect(await corrections.locator('tbody tr').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // The page's own address loads the application (the gateway's /reports proxy once answered it instead).
    await page.reload();
    await page.getByRole('heading', { level: 2, name: `${YEAR - 1} 年の年次報告` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/annual-report');
  });

  it('should refuse presenting a year with no case to adopt, in the user\'s language [R27]', async () => {
    await page.getByLabel('年', { exact: true }).fill(String(YEAR - 3));
    await page.getByRole('button', { name: '表示する' }).click();
    await page.getByText('下書きです。', { exact: false }).waitFor();
    await page.getByRole('button', { name: `${YEAR - 3} 年の報告を提出する…` }).click();
    const dialog = page.getByRole('alertdialog', { name: `${YEAR - 3} 年の報告の提出` });
    await dialog.getByText(/取り消すこともできません/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: `${YEAR - 3} 年の報告を提出する` }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(`${YEAR - 3} 年の報告は提出できません。すでに提出済みで凍結されているか、採用できる国内症例(登録完了・公式結果あり)がありません。`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should show this year\'s figures as numerator of denominator, as the API computes them, with the breakdowns [R27]', async () => {
    await page.getByLabel('年', { exact: true }).fill('1999');
    await page.getByRole('button', { name: '表示する' }).click();
    await page.getByText('2000 年から 2100 年までの年を入力してください。').waitFor();
    await page.getByLabel('年', { exact: true }).fill(String(YEAR));
    await page.getByRole('button', { name: '表示する' }).click();
    await page.getByRole('heading', { level: 2, name: `${YEAR} 年の年次報告` }).waitFor();

    const api = await suite.t.gql<{ annualReport: { adoption: Record<string, number>; overall: { cases: number; technicalSuccess: Rate; indicationAppropriate: Rate; complications: { kind: string; rate: Rate }[] }; byJctoCategory: { category: string }[] } }>(
      'query($y: Int!) { annualReport(year: $y) { adoption { domesticCases adopted notComplete awaitingOfficialResult consentWithdrawn } overall { cases technicalSuccess { numerator denominator percent } indicationAppropriate { numerator denominator percent } complications { kind rate { numerator denominator percent } } } byJctoCategory { category } } }',
      { token: await suite.t.login('secretariat'), variables: { y: YEAR } },
    );
    const report = api.data!.annualReport;
    expect(report.adoption['domesticCases']).toBeGreaterThan(0);
    const adoption = page.getByRole('definition');
    await expect.poll(() => adoption.allTextContents()).toEqual(expect.arrayContaining([`${report.adoption['domesticCases']} 例`, `${report.adoption['adopted']} 例`]));
    const overall = page.getByLabel(`${YEAR} 年の全体の数値`);
    expect(await overall.textContent()).toContain(`症例数${report.overall.cases}`);
    expect(await overall.textContent()).toContain(`手技的成功${rateText(report.overall.technicalSuccess)}`);
    expect(await overall.textContent()).toContain(`適応の妥当性${rateText(report.overall.indicationAppropriate)}`);
    const complications = page.getByRole('table', { name: `${YEAR} 年の合併症` }).locator('tbody tr');
    expect(await complications.count()).toBe(report.overall.complications.length);
    expect(await complications.first().textContent()).toBe(`造影上の合併症(いずれか)コアラボ判定(委員会裁定を反映)${rateText(report.overall.complications[0]!.rate)}`);
    expect(await page.getByRole('table', { name: 'J-CTO スコア別(コアラボの判定による)' }).locator('tbody tr').count()).toBe(report.byJctoCategory.length);
    await page.getByRole('table', { name: 'アプローチ別' }).waitFor();
    await page.getByRole('table', { name: '術者の経験症例数別(報告年より前の登録症例)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should download the year\'s CSV with the session\'s token [R41]', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `${YEAR} 年の報告を CSV でダウンロード` }).click()]);
    expect(download.suggestedFilename()).toBe(`annual-report-${YEAR}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const direct = await fetch(`${suite.origin}/reports/annual/${YEAR}.csv`, { headers: { Authorization: `Bearer ${await suite.t.login('secretariat')}` } });
    expect(csv).toBe(await direct.text());
    expect(csv.split('\n').length).toBeGreaterThan(2);
  });

  it('should refuse presenting the current year, which has not ended, in Japanese and English [R27][R41]', async () => {
    await page.getByRole('button', { name: `${YEAR} 年の報告を提出する…` }).click();
    await page.getByRole('alertdialog', { name: `${YEAR} 年の報告の提出` }).getByRole('button', { name: `${YEAR} 年の報告を提出する` }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(`${YEAR} 年の報告は提出できません。${YEAR} 年はまだ終わっていません。報告は年が終わってから提出します。`);
    await page.getByText('下書きです。', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: `Annual report ${YEAR}` }).waitFor();
    await page.getByRole('table', { name: 'By approach' }).waitFor();
    await page.getByRole('button', { name: `Present the ${YEAR} report…` }).click();
    await page.getByRole('alertdialog', { name: `Present the ${YEAR} report` }).getByRole('button', { name: `Present the ${YEAR} report` }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(`The ${YEAR} report cannot be presented: ${YEAR} has not ended. A report is presented once its year is over.`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('should let the data center read the report without presenting it [R41]', async () => {
    const dc = await loggedInPage(suite.chrome, suite.origin, 'datacenter', 'Data Center');
    await dc.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'データセンター' }).click();
    await dc.getByRole('navigation', { name: 'データセンター・事務局の画面' }).getByRole('link', { name: '年次報告' }).click();
    await dc.getByRole('heading', { level: 2, name: `${YEAR - 1} 年の年次報告` }).waitFor();
    expect(await dc.getByRole('button', { name: /報告を提出する/ }).count()).toBe(0);
    await dc.getByRole('button', { name: `${YEAR - 1} 年の報告を CSV でダウンロード` }).waitFor();
    expect(await seriousViolations(dc)).toEqual([]);
    await dc.context().close();
  });
});
