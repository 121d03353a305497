import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// Fee statements and the printable annual report in Chromium against the real registry
// (embedded database, demo data) [R20][R27]: the demo history issued the first past year's
// statements and presented last year; the secretariat issues last year's in one step, the
// facility contact finds F001's, prints it (A4, totals as the API's) and downloads its CSV;
// the annual report's printable view draws its two charts with chart.js. axe on every page.
const suite = registryInBrowser();
const YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format(new Date()));
const LAST = YEAR - 1;
const yen = (n: number) => new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(n);

interface Issued {
  id: string;
  number: string;
  total: number;
  facility: { id: string };
  lines: { registrationNumber: string }[];
}

const LIST = 'query($y: Int!, $f: ID) { issuedFeeStatements(year: $y, facilityId: $f) { id number total facility { id } lines { registrationNumber } } }';

describe('fee statements and the printable annual report in the browser [R20][R27]', () => {
  let staff: Page;
  const issued = async (year: number, facilityId?: string) =>
    (await suite.t.gql<{ issuedFeeStatements: Issued[] }>(LIST, { token: await suite.t.login('secretariat'), variables: { y: year, f: facilityId } })).data!.issuedFeeStatements;

  it('[R20] should show the statements the demo issued, and let the secretariat issue last year\'s for every facility in one step', async () => {
    staff = await loggedInPage(suite.chrome, suite.origin, 'secretariat', 'Research Secretariat');
    await staff.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '研究事務局' }).click();
    await staff.getByRole('navigation', { name: 'データセンター・事務局の画面' }).getByRole('link', { name: '登録料明細' }).click();
    await staff.getByRole('heading', { level: 1, name: '登録料明細書' }).waitFor();
    await staff.getByText(`${LAST} 年の登録料明細書はまだ発行されていません。`).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);

    await staff.getByLabel('年次報告の年').fill(String(YEAR - 2));
    await staff.getByRole('button', { name: '表示する' }).click();
    const demo = await issued(YEAR - 2);
    expect(demo.length).toBeGreaterThan(0);
    const earlier = staff.getByRole('table', { name: `${YEAR - 2} 年に発行された登録料明細書` });
    await expect.poll(() => earlier.locator('tbody tr').count()).toBe(demo.length);
    expect(await staff.getByRole('button', { name: /明細書を全施設に発行する/ }).count()).toBe(0);

    await staff.getByLabel('年次報告の年').fill(String(LAST));
    await staff.getByRole('button', { name: '表示する' }).click();
    await staff.getByRole('button', { name: `${LAST} 年の明細書を全施設に発行する…` }).click();
    const dialog = staff.getByRole('alertdialog', { name: `${LAST} 年の登録料明細書の発行` });
    await dialog.getByText(/変更も削除もできません/).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await dialog.getByRole('button', { name: `${LAST} 年の明細書を発行する` }).click();
    const table = staff.getByRole('table', { name: `${LAST} 年に発行された登録料明細書` });
    await table.waitFor();
    const now = await issued(LAST);
    expect(now.length).toBeGreaterThan(1);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(now.length);
    const f001 = now.find((s) => s.facility.id === 'F001')!;
    expect(await table.locator('tbody tr', { hasText: f001.number }).textContent()).toContain(yen(f001.total));
    expect(await staff.getByRole('button', { name: /明細書を全施設に発行する/ }).count()).toBe(0);
    expect(await seriousViolations(staff)).toEqual([]);
  });

  it('[R20] should let the facility contact see, print and download the facility\'s statement, with the API\'s totals', async () => {
    const [f001] = await issued(LAST, 'F001');
    const site = await loggedInPage(suite.chrome, suite.origin, 'site-f001', 'Naoko Fujita');
    await site.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '施設' }).click();
    await site.getByRole('navigation', { name: '施設のメニュー' }).getByRole('link', { name: '登録料明細' }).click();
    await site.getByRole('heading', { level: 1, name: '当施設の登録料明細書' }).waitFor();
    const table = site.getByRole('table', { name: `${LAST} 年に発行された登録料明細書` });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await seriousViolations(site)).toEqual([]);
    await table.getByRole('link', { name: f001!.number }).click();

    await site.getByRole('heading', { level: 1, name: `登録料明細書(${LAST} 年度年次報告)` }).waitFor();
    const lines = site.getByRole('table', { name: `${f001!.number} の症例ごとの明細(円、消費税込)` });
    await expect.poll(() => lines.locator('tbody tr').count()).toBe(f001!.lines.length);
    expect(await site.getByTestId('statement-total').textContent()).toBe(yen(f001!.total));
    expect(await lines.locator('tfoot').textContent()).toContain(`合計(${f001!.lines.length} 例)`);
    await site.getByRole('button', { name: '印刷する' }).waitFor();
    expect(await seriousViolations(site)).toEqual([]);

    const [download] = await Promise.all([site.waitForEvent('download'), site.getByRole('button', { name: `${f001!.number} を CSV でダウンロード` }).click()]);
    expect(download.suggestedFilename()).toBe(`${f001!.number}.csv`);
    const csv = (await readFile((await download.path())!, 'utf8')).split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(f001!.lines.length + 2);
    expect(csv.at(-1)!.endsWith(`,TOTAL,,${csv.at(-1)!.split(',').slice(8, 12).join(',')},${f001!.total}`)).toBe(true);

    // On paper: the application's menus and the buttons are not printed, the statement is.
    await site.emulateMedia({ media: 'print' });
    expect(await site.locator('header.top').isVisible()).toBe(false);
    expect(await site.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await site.getByTestId('statement-total').isVisible()).toBe(true);
    // Another facility's statement is not there for this contact.
    const other = (await issued(LAST)).find((s) => s.facility.id !== 'F001')!;
    await site.emulateMedia({ media: 'screen' });
    await site.goto(`${suite.origin}/fees/${other.id}`);
    await site.getByRole('alert').filter({ hasText: 'この明細書は見つかりません。' }).waitFor();
    await site.context().close();
  });

  it('[R20] should let the secretariat ask for a correction, refused when the fees have not changed, the statement kept as issued', async () => {
    const [first] = await issued(YEAR - 2);
    await staff.goto(`${suite.origin}/fees/${first!.id}`);
    await staff.getByRole('heading', { level: 1, name: `登録料明細書(${YEAR - 2} 年度年次報告)` }).waitFor();
    await staff.getByRole('button', { name: `${first!.number} を訂正する…` }).click();
    const form = staff.getByRole('form', { name: `${first!.number} の訂正` });
    await form.getByRole('button', { name: '訂正の明細書を発行する' }).click();
    await form.getByRole('alert').filter({ hasText: '訂正の理由を入力してください。' }).waitFor();
    await form.getByLabel('訂正の理由').fill('年次フォローアップの確認');
    await form.getByRole('button', { name: '訂正の明細書を発行する' }).click();
    await form.getByRole('alert').filter({ hasText: '訂正できません。発行後に登録料が変わっていないか、この明細書はすでに訂正されています。' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    expect((await issued(YEAR - 2, first!.facility.id)).map((s) => [s.number, s.total])).toEqual([[first!.number, first!.total]]);
  });

  it('[R27] should print the annual report with its two charts drawn by chart.js, in Japanese and English', async () => {
    await staff.goto(`${suite.origin}/secretariat/fees`);
    await staff.getByRole('navigation', { name: 'データセンター・事務局の画面' }).getByRole('link', { name: '年次報告' }).click();
    await staff.getByRole('heading', { level: 2, name: `${LAST} 年の年次報告` }).waitFor();
    await staff.getByRole('link', { name: `${LAST} 年の印刷用の報告(グラフ付き)` }).click();
    await staff.getByRole('heading', { level: 1, name: `${LAST} 年 年次報告` }).waitFor();
    const jcto = staff.getByRole('img', { name: `${LAST} 年の J-CTO スコア別の手技的成功と手技成功(%)の棒グラフ` });
    const byYear = staff.getByRole('img', { name: /年ごとの合併症の発生率\(%\)の棒グラフ/ });
    await expect.poll(() => jcto.getAttribute('data-drawn')).toBe('true');
    await expect.poll(() => byYear.getAttribute('data-drawn')).toBe('true');
    const drawn = await staff.locator('canvas').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('width')) > 0 && Number(c.getAttribute('height')) > 0));
    expect(drawn).toEqual([true, true]);
    // Complications by year: the demo's two presented years at least, each column a year.
    const years = staff.getByRole('table', { name: '年ごとの合併症(グラフの数値)' }).locator('thead th');
    await expect.poll(() => years.count()).toBeGreaterThanOrEqual(3);
    await staff.getByRole('button', { name: '印刷する' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.emulateMedia({ media: 'print' });
    expect(await staff.locator('header.top').isVisible()).toBe(false);
    expect(await jcto.isVisible()).toBe(true);
    await staff.emulateMedia({ media: 'screen' });
    await staff.getByRole('button', { name: 'Switch to English' }).click();
    await staff.getByRole('heading', { level: 1, name: `Annual report ${LAST}` }).waitFor();
    await staff.getByRole('img', { name: `Bar chart of technical and procedural success (%) by J-CTO category, ${LAST}` }).waitFor();
    await staff.getByRole('button', { name: 'Print' }).waitFor();
    expect(await seriousViolations(staff)).toEqual([]);
    await staff.context().close();
  });
});
