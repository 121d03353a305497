import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, seriousViolations } from '../support/browser.ts';
import { leaks, recordingContext } from '../support/blinded-pages.ts';

// The core-lab supervisor's overdue list [R29] and agreement statistics [R26] in Chromium
// against the real registry (embedded database, demo data), through the UI only, blinded
// like every core-lab page: no response these pages load names an operator, facility or
// patient [R25][R33]. The secretariat sees the overdue list too [R29].
const suite = registryInBrowser();
/** The open cases, made overdue by 14 days (notified 45 days ago): valid rows, as the intake would write them a month late. */
let overdue: string[];

async function logIn(page: Page, loginId: string, area: string): Promise<void> {
  await page.goto(`${suite.origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: /マイページ/ }).waitFor();
  await page.getByRole('link', { name: area, exact: true }).click();
}

beforeAll(async () => {
  await suite.t.handle.db.execute(
    sql`update cases.core_lab_cases set notified_at = now() - interval '45 days', due_on = (now() at time zone 'Asia/Tokyo')::date - 14 where status <> 'FINAL'`,
  );
  const res = await suite.t.gql<{ overdueCoreLabCases: { registrationNumber: string }[] }>('{ overdueCoreLabCases(first: 100) { registrationNumber } }', { token: await suite.t.login('corelab-supervisor') });
  expect(res.errors).toBeUndefined();
  overdue = res.data!.overdueCoreLabCases.map((c) => c.registrationNumber);
}, 600_000);

describe('the core-lab supervisor\'s screens in a browser [R25][R26][R29][R33]', () => {
  it('should list the overdue reads, oldest due first and paged, and the agreement per reader and field, with no identifying value in any response [R25][R26][R29][R33]', async () => {
    expect(overdue.length).toBeGreaterThan(0);
    const recording = await recordingContext(suite.chrome.browser);
    const { page, received } = recording;
    await logIn(page, 'corelab-supervisor', 'コアラボ');
    await page.getByRole('heading', { level: 1, name: 'コアラボのワークリスト' }).waitFor();

    await page.getByRole('navigation', { name: 'コアラボの画面' }).getByRole('link', { name: '期限超過の読影' }).click();
    await page.getByRole('heading', { level: 1, name: '期限超過の読影' }).waitFor();
    const table = page.getByRole('table', { name: '期限超過の症例(期限の古い順)' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(shown.map((cells) => cells[0])).toEqual(overdue.slice(0, 10));
    for (const cells of shown) {
      expect(cells[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(cells[3]).toBe('14 日');
    }
    expect(await page.getByText(/^1 ページ目$/).count()).toBe(1);
    expect(await page.getByRole('button', { name: '次へ' }).isDisabled()).toBe(overdue.length <= 10);
    // The supervisor opens an overdue case from the list.
    expect(await rows.first().getByRole('link').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '読影の一致率' }).click();
    await page.getByRole('heading', { level: 1, name: '読影の一致率' }).waitFor();
    const all = page.getByRole('table', { name: '全読影者' });
    await all.waitFor();
    // The demo's finished cases, 2026's first and the 78 of 2024–2025 (seed/history.ts): two reads each that agree on every field [R26].
    const calcification = all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '石灰化', exact: true }) });
    expect(await calcification.getByRole('cell').allTextContents()).toEqual(['100%', '100%', '158']);
    const perReader = page.getByRole('table', { name: /^読影者 / });
    expect(await perReader.count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reader agreement' }).waitFor();
    await page.getByRole('table', { name: 'All readers' }).getByRole('columnheader', { name: 'Agreement with the other reader' }).waitFor();
    await page.getByRole('link', { name: 'Overdue reads' }).click();
    await page.getByRole('cell', { name: '14', exact: true }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const loaded = received.filter((r) => r.url.endsWith('/graphql')).map((r) => r.body);
    expect(loaded.some((body) => body.includes('overdueCoreLabCases'))).toBe(true);
    expect(loaded.some((body) => body.includes('coreLabAgreement'))).toBe(true);
    expect(await leaks(recording)).toEqual([]);
    await page.context().close();
  });

  it('should show the secretariat the overdue list without opening the blinded cases, and no identifying value there either [R25][R29][R33]', async () => {
    const recording = await recordingContext(suite.chrome.browser);
    const { page, received } = recording;
    await logIn(page, 'secretariat', '研究事務局');
    // The secretariat is not blinded elsewhere (the renewal names operators): only what the overdue page loads is searched.
    await page.getByRole('heading', { level: 1, name: '年次更新' }).waitFor();
    await page.getByRole('table').first().waitFor();
    await recording.settled();
    received.splice(0);
    await page.getByRole('link', { name: '期限超過の読影' }).click();
    const table = page.getByRole('table', { name: '期限超過の症例(期限の古い順)' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(Math.min(10, overdue.length));
    expect(await table.getByRole('link').count()).toBe(0);
    expect(await page.getByRole('link', { name: '読影の一致率' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(received.some((r) => r.body.includes('overdueCoreLabCases'))).toBe(true);
    expect(await leaks(recording)).toEqual([]);
    await page.context().close();
  });
});
