import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loggedInPage, registryInBrowser, seriousViolations } from '../support/browser.ts';

// A case's protocol deviations [T7.3][T8] and its loss to follow-up [R19] on the site's case
// page in Chromium against the real registry, through the UI, as the demo facility contact
// (site-f001, F001). The case is registered through the API first, a year ago, so follow-up
// is scheduled.
const suite = registryInBrowser();

const day = (offset: number) => {
  const now = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
};
const TODAY = day(0);
const A_YEAR_AGO = day(-335);
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

async function gqlOk<T>(loginId: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await suite.t.gql<T>(query, { token: await suite.t.login(loginId), variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function registerCase(code: string, procedureDate: string): Promise<string> {
  const data = await gqlOk<{ registerCase: { registrationNumber: string } }>('site-f001', 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }', {
    input: {
      facilityId: 'F001',
      operatorId: 'OP0001',
      patient: { code, initials: 'D.V.', birthDate: '1952-06-01' },
      domestic: true,
      procedureDate,
      vessel: 'LAD',
      consent: { obtainedOn: procedureDate, followUpConsented: true, imagePublicationConsented: true },
      eligibility: { inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true }, exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false } },
    },
  });
  return data.registerCase.registrationNumber;
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
async function messageOf(page: Page, name: string): Promise<string> {
  const id = await field(page, name).first().getAttribute('aria-describedby');
  return id ? ((await page.locator(`#${id}`).textContent()) ?? '') : '';
}

describe('protocol deviations and lost to follow-up on the site case page [T7.3][T8][R19]', () => {
  let page: Page;
  let number: string;

  it('should record a protocol deviation with its day and reason, refusing a day before the consent at the field by [T7.3]', async () => {
    number = await registerCase('F001-DV-01', A_YEAR_AGO);
    page = await loggedInPage(suite.chrome, suite.origin, 'site-f001', 'Naoko Fujita');
    await page.goto(`${suite.origin}/site/cases/${number}`);
    const section = page.getByRole('region', { name: 'プロトコル逸脱' });
    await section.getByText('記録されたプロトコル逸脱はありません。').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await section.getByRole('button', { name: 'プロトコル逸脱を記録する…' }).click();
    await section.getByRole('button', { name: '逸脱を記録する' }).click();
    await poll(() => messageOf(page, 'deviation.description')).toBe('入力してください');
    await section.getByLabel('発生日').fill(day(-400));
    await section.getByLabel('逸脱の内容').fill('30 日目の来院が規定の期間外');
    await section.getByLabel('理由', { exact: true }).fill('患者の入院のため');
    await section.getByRole('button', { name: '逸脱を記録する' }).click();
    await poll(() => messageOf(page, 'deviation.occurredOn')).toBe('発生日は同意取得日以降にしてください');
    expect(await seriousViolations(page)).toEqual([]);

    await section.getByLabel('発生日').fill(TODAY);
    await section.getByRole('button', { name: '逸脱を記録する' }).click();
    await section.getByRole('status').filter({ hasText: 'プロトコル逸脱を記録しました。' }).waitFor();
    const rows = section.getByRole('table', { name: 'プロトコル逸脱(記録順、全 1 件)' }).locator('tbody tr');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td').allTextContents()).toEqual([TODAY, '30 日目の来院が規定の期間外', '患者の入院のため', expect.stringMatching(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/)]);
    const stored = await gqlOk<{ case: { protocolDeviations: { occurredOn: string; reason: string }[] } }>('datacenter', 'query($n: RegistrationNumber!) { case(registrationNumber: $n) { protocolDeviations { occurredOn reason } } }', { n: number });
    expect(stored.case.protocolDeviations).toEqual([{ occurredOn: TODAY, reason: '患者の入院のため' }]);
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);

  it('should mark the case lost to follow-up after a confirmation, refusing a day before the procedure at the field, and take it off the follow-ups due [R19]', async () => {
    const section = page.getByRole('region', { name: '追跡不能' });
    await section.getByRole('button', { name: '追跡不能を記録する…' }).click();
    await section.getByLabel('追跡不能と判断した日').fill(day(-400));
    await section.getByLabel('理由(連絡を試みた経緯など)').fill('電話と郵便で 3 回連絡したが応答なし');
    await section.getByRole('button', { name: '内容を確認する' }).click();
    const dialog = page.getByRole('alertdialog', { name: '追跡不能の確認' });
    await dialog.getByText(/取り消すことはできません/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '追跡不能を確定する' }).click();
    await poll(() => messageOf(page, 'lost.on')).toBe('追跡不能の日は手技日以降にしてください');

    await section.getByLabel('追跡不能と判断した日').fill(TODAY);
    await section.getByRole('button', { name: '内容を確認する' }).click();
    await dialog.getByRole('button', { name: '戻って修正する' }).click();
    await section.getByLabel('追跡不能と判断した日').waitFor();
    const before = await gqlOk<{ case: { lostToFollowUp: unknown } }>('site-f001', 'query($n: RegistrationNumber!) { case(registrationNumber: $n) { lostToFollowUp { on } } }', { n: number });
    expect(before.case.lostToFollowUp).toBeNull();
    await section.getByRole('button', { name: '内容を確認する' }).click();
    await dialog.getByRole('button', { name: '追跡不能を確定する' }).click();

    await section.getByRole('status').filter({ hasText: `追跡不能を記録しました(${TODAY}、理由: 電話と郵便で 3 回連絡したが応答なし)。` }).waitFor();
    const consent = page.getByRole('region', { name: '同意と追跡調査' });
    await consent.getByText(`${TODAY} に追跡不能となりました(理由: 電話と郵便で 3 回連絡したが応答なし)。`).waitFor();
    expect(await section.getByRole('button', { name: '追跡不能を記録する…' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const after = await gqlOk<{ case: { lostToFollowUp: { on: string } }; followUpsDue: { case: { registrationNumber: string } }[] }>(
      'site-f001',
      'query($n: RegistrationNumber!) { case(registrationNumber: $n) { lostToFollowUp { on } } followUpsDue(first: 100) { case { registrationNumber } } }',
      { n: number },
    );
    expect(after.case.lostToFollowUp).toEqual({ on: TODAY });
    expect(after.followUpsDue.map((s) => s.case.registrationNumber)).not.toContain(number);
  }, 180_000);

  it('should read both sections in English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('table', { name: 'Protocol deviations (in the order recorded, 1 in all)' }).waitFor();
    await page.getByText(`Lost to follow-up is recorded (${TODAY}, reason: 電話と郵便で 3 回連絡したが応答なし). No further follow-up is scheduled.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
