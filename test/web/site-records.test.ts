import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loggedInPage, registryInBrowser, seriousViolations } from '../support/browser.ts';

// The site's records in Chromium against the real registry, one journey per screen through
// the UI, as the demo facility contact (site-f001, F001) or operator (OP0001): the data
// queries to answer [T14.1], the follow-ups due [R19], the case's adverse events [T9.5]
// and the withdrawal of consent [T8]. What the data center or earlier years would have
// done (queries raised, cases a year old) is set up through the API first.
const suite = registryInBrowser();
/** The demo's first case: Taro Yamada's (OP0001) at Sakura Heart Hospital (F001), procedure on 2026-01-10. */
const CASE = 'CTO-2026-00001';

const day = (offset: number) => {
  const now = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
};
const TODAY = day(0);
/** A procedure 335 days ago: its first anniversary is a month away, so year 1 is due (the window opens 60 days before). */
const A_YEAR_AGO = day(-335);

async function gqlOk<T>(loginId: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await suite.t.gql<T>(query, { token: await suite.t.login(loginId), variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A domestic case of OP0001 at F001 with follow-up consent, registered through the API. */
async function registerCase(code: string, procedureDate: string): Promise<string> {
  const data = await gqlOk<{ registerCase: { registrationNumber: string } }>('site-f001', 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }', {
    input: {
      facilityId: 'F001',
      operatorId: 'OP0001',
      patient: { code, initials: 'R.K.', birthDate: '1950-04-01' },
      domestic: true,
      procedureDate,
      vessel: 'RCA',
      consent: { obtainedOn: procedureDate, followUpConsented: true, imagePublicationConsented: true },
      eligibility: { inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true }, exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false } },
    },
  });
  return data.registerCase.registrationNumber;
}

/** Waits for a value as long as a locator would (vitest's default of one second is short on a loaded machine). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
/** The message shown next to a field (its aria-describedby). */
async function messageOf(page: Page, name: string): Promise<string> {
  const id = await field(page, name).first().getAttribute('aria-describedby');
  return id ? ((await page.locator(`#${id}`).textContent()) ?? '') : '';
}

async function openSiteScreen(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '施設' }).click();
  await page.getByRole('navigation', { name: '施設のメニュー' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the site answers the data center’s queries [T14.1]', () => {
  it('should list the facility’s open queries a page at a time, refuse an answer to a query answered meanwhile in Japanese, and answer one', async () => {
    const fields = ['procedure.contrastVolumeMl', 'procedure.fluoroscopyTimeMin', 'procedure.airKermaMGy', 'background.heightCm', 'background.weightKg', 'lesion.segment'];
    const ids: string[] = [];
    for (let i = 1; i <= 11; i++) {
      const q = await gqlOk<{ raiseDataQuery: { id: string } }>('datacenter', 'mutation($input: RaiseDataQueryInput!) { raiseDataQuery(input: $input) { id } }', {
        input: { registrationNumber: CASE, field: fields[i % fields.length], question: `Q${String(i).padStart(2, '0')}: please confirm the value` },
      });
      ids.push(q.raiseDataQuery.id);
    }
    const page = await loggedInPage(suite.chrome, suite.origin, 'site-f001', 'Naoko Fujita');
    await openSiteScreen(page, '回答待ちの問い合わせ', '回答待ちの問い合わせ');
    const items = page.getByRole('list', { name: '問い合わせ' }).getByRole('listitem');
    await poll(() => items.count()).toBe(10);
    expect(await seriousViolations(page)).toEqual([]);
    const paging = page.getByRole('navigation', { name: '問い合わせのページ' });
    await paging.getByRole('button', { name: '次へ' }).click();
    await paging.getByText('2 ページ目').waitFor();
    await poll(() => items.count()).toBe(1);
    await items.getByText('Q11: please confirm the value').waitFor();
    await paging.getByRole('button', { name: '前へ' }).click();
    await paging.getByText('1 ページ目').waitFor();

    // Q02 is answered by the case's operator while this page is open: the contact's answer is refused by its rule.
    const q02 = items.filter({ hasText: 'Q02:' });
    await gqlOk('OP0001', 'mutation($id: ID!) { answerDataQuery(id: $id, answer: "Checked on the film") { id } }', { id: ids[1] });
    await q02.getByRole('textbox').fill('240 mL');
    await q02.getByRole('button', { name: '回答を送信' }).click();
    await q02.getByRole('alert').filter({ hasText: 'この問い合わせには回答できません(すでに回答済みか、閉じられています)。' }).waitFor();

    // Q01: an empty answer is named at the field; then the answer is sent and shown with its state.
    const q01 = items.filter({ hasText: 'Q01:' });
    await q01.getByRole('button', { name: '回答を送信' }).click();
    await q01.getByText('入力してください').waitFor();
    await q01.getByLabel(`${CASE} の ${fields[1]} への回答`).fill('The fluoroscopy time is 62.5 minutes (checked on the log)');
    await q01.getByRole('button', { name: '回答を送信' }).click();
    await page.getByRole('status').filter({ hasText: `${CASE} の問い合わせに回答しました。` }).waitFor();
    await q01.getByText('回答済み(データセンター確認中)').waitFor();
    await q01.getByText('The fluoroscopy time is 62.5 minutes (checked on the log)').waitFor();
    expect(await q01.getByRole('button', { name: '回答を送信' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const stored = await gqlOk<{ case: { dataQueries: { id: string; status: string; answer: string | null }[] } }>('datacenter', 'query($n: RegistrationNumber!) { case(registrationNumber: $n) { dataQueries { id status answer } } }', { n: CASE });
    expect(stored.case.dataQueries.find((q) => q.id === ids[0])).toEqual({ id: ids[0], status: 'ANSWERED', answer: 'The fluoroscopy time is 62.5 minutes (checked on the log)' });

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Queries to answer' }).waitFor();
    await page.getByRole('list', { name: 'Queries' }).getByRole('listitem').filter({ hasText: 'Q01:' }).getByText('Answered (with the data center)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});

describe('the site enters the follow-ups due [R19]', () => {
  it('should list the follow-ups due a page at a time, refuse a contact before the window by its rule at the field, and record one from the list, which then leaves it', async () => {
    const mine: string[] = [];
    for (let i = 1; i <= 11; i++) mine.push(await registerCase(`F001-FU-${String(i).padStart(2, '0')}`, A_YEAR_AGO));
    const page = await loggedInPage(suite.chrome, suite.origin, 'site-f001', 'Naoko Fujita');
    await openSiteScreen(page, '追跡調査の予定', '追跡調査の予定');
    const table = page.getByRole('table', { name: '実施時期の追跡調査' });
    const numbers = () => table.locator('tbody tr td:first-child').allTextContents();
    await poll(async () => (await numbers()).length).toBe(10);
    const first = await numbers();
    expect(await seriousViolations(page)).toEqual([]);
    const paging = page.getByRole('navigation', { name: '追跡調査のページ' });
    await paging.getByRole('button', { name: '次へ' }).click();
    await paging.getByText('2 ページ目').waitFor();
    await poll(async () => (await numbers()).some((n) => !first.includes(n))).toBe(true);
    const second = await numbers();
    // Every case registered a year ago is due once, on one page or the other.
    expect(mine.filter((n) => first.includes(n) || second.includes(n))).toEqual(mine);
    await paging.getByRole('button', { name: '前へ' }).click();
    await paging.getByText('1 ページ目').waitFor();

    const number = mine.find((n) => first.includes(n))!;
    const row = table.locator('tbody tr').filter({ hasText: number });
    await row.getByText('実施時期').waitFor();
    await row.getByRole('button', { name: `${number} の 1 年目を入力` }).click();
    const form = page.getByRole('form', { name: `${number} 1 年目の追跡調査` });
    await form.waitFor();
    // Forty days ago the window (60 days before the anniversary) was not open yet.
    await form.getByLabel('連絡日').fill(day(-40));
    await form.getByRole('button', { name: '追跡調査を記録する' }).click();
    await poll(() => messageOf(page, 'contactedOn')).toBe('連絡日はこの年の追跡期間内(期間の開始日以降、次の年の期間の前日まで、今日以前)にしてください');
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('連絡日').fill(TODAY);
    await form.getByRole('button', { name: 'イベントを追加' }).click();
    await form.getByLabel('イベント 1 の種類').selectOption('HEART_FAILURE_HOSPITALIZATION');
    await form.getByLabel('イベント 1 の発生日').fill(day(-10));
    await form.getByRole('button', { name: '追跡調査を記録する' }).click();
    await page.getByRole('status').filter({ hasText: `${number} の 1 年目の追跡調査を記録しました。` }).waitFor();
    await poll(async () => (await numbers()).includes(number)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    const stored = await gqlOk<{ case: { followUps: { year: number; state: string; record: { contactedOn: string; events: { type: string }[] } | null }[] } }>(
      'site-f001',
      'query($n: RegistrationNumber!) { case(registrationNumber: $n) { followUps { year state record { contactedOn events { type } } } } }',
      { n: number },
    );
    expect(stored.case.followUps[0]).toEqual({ year: 1, state: 'DONE', record: { contactedOn: TODAY, events: [{ type: 'HEART_FAILURE_HOSPITALIZATION' }] } });
  }, 180_000);
});

describe('the site reports an adverse event on a case [T9.5][T9.6]', () => {
  it('should refuse an outcome without its date and an onset before the procedure at their fields, report a serious event, and show it on the next page of the case’s list', async () => {
    for (let i = 1; i <= 5; i++) {
      await gqlOk('OP0001', 'mutation($input: ReportAdverseEventInput!) { reportAdverseEvent(input: $input) { id } }', {
        input: { registrationNumber: CASE, name: `Minor event ${i}`, onsetOn: '2026-01-10', outcome: 'NOT_RECOVERED', otherTreatment: 'NONE', seriousnessCriteria: [], severity: 'MILD', causality: 'NOT_RELATED' },
      });
    }
    const page = await loggedInPage(suite.chrome, suite.origin, 'site-f001', 'Naoko Fujita');
    await page.goto(`${suite.origin}/site/cases/${CASE}`);
    await page.getByRole('heading', { level: 1, name: `症例 ${CASE}(施設)` }).waitFor();
    const list = page.getByRole('table', { name: 'この症例の有害事象(5 件、報告順)' });
    await poll(() => list.locator('tbody tr').count()).toBe(5);
    const paging = page.getByRole('navigation', { name: '有害事象のページ' });
    expect(await paging.getByRole('button', { name: '次へ' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: '有害事象を報告する' });
    await form.getByLabel('有害事象名').fill('穿刺部血腫');
    await form.getByLabel('発現日').fill('2026-01-09');
    await form.getByLabel('転帰', { exact: true }).selectOption('RECOVERED');
    await form.getByLabel('その他の処置').selectOption('DRUG');
    await form.getByLabel('重症度').selectOption('MODERATE');
    await form.getByLabel('因果関係(手技との)').selectOption('RELATED');
    await form.getByLabel('入院または入院期間の延長').check();
    await form.getByRole('button', { name: '有害事象を報告する' }).click();
    await poll(() => messageOf(page, 'adverseEvent.outcomeOn')).toBe('この転帰には転帰日が必要です(発現日以降、今日以前)');
    await form.getByLabel('転帰日').fill('2026-01-20');
    await form.getByRole('button', { name: '有害事象を報告する' }).click();
    await poll(() => messageOf(page, 'adverseEvent.onsetOn')).toBe('発現日は手技日以降にしてください');
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('発現日').fill('2026-01-11');
    await form.getByRole('button', { name: '有害事象を報告する' }).click();
    await page.getByRole('status').filter({ hasText: '重篤な有害事象を報告しました。データセンターと研究事務局に通知されました。' }).waitFor();
    const updated = page.getByRole('table', { name: 'この症例の有害事象(6 件、報告順)' });
    await paging.getByText('2 ページ目').waitFor();
    const row = updated.locator('tbody tr');
    await poll(() => row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual(['穿刺部血腫', '2026-01-11', '回復 (2026-01-20)', '中等度', '関連あり', '入院または入院期間の延長', '薬物治療', expect.stringMatching(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/)]);
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});

describe('the case’s operator records the withdrawal of consent [T8][R19]', () => {
  it('should ask for confirmation, refuse a day before the consent by its rule at the field, and after the withdrawal say that follow-up has stopped', async () => {
    const number = await registerCase('F001-WD-01', A_YEAR_AGO);
    const page = await loggedInPage(suite.chrome, suite.origin, 'OP0001', 'Taro Yamada');
    await page.goto(`${suite.origin}/site/cases/${number}`);
    const section = page.getByRole('region', { name: '同意と追跡調査' });
    await section.getByText('同意あり').waitFor();
    const schedule = section.getByRole('table', { name: '年次追跡調査' });
    await poll(() => schedule.locator('tbody tr').count()).toBe(5);
    await schedule.locator('tbody tr').first().getByText('実施時期').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await section.getByRole('button', { name: '同意撤回を記録する…' }).click();
    await section.getByLabel('撤回日').fill(day(-336));
    await section.getByLabel('撤回の理由').fill('患者本人の申し出');
    await section.getByRole('button', { name: '内容を確認する' }).click();
    const dialog = page.getByRole('alertdialog', { name: '同意撤回の確認' });
    await dialog.getByText(/取り消すことはできません/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '同意撤回を確定する' }).click();
    await poll(() => messageOf(page, 'withdrawal.withdrawnOn')).toBe('撤回日は同意取得日以降にしてください');

    // Back from the confirmation without recording, then the right day.
    await section.getByLabel('撤回日').fill(TODAY);
    await section.getByRole('button', { name: '内容を確認する' }).click();
    await dialog.getByRole('button', { name: '戻って修正する' }).click();
    await section.getByLabel('撤回日').waitFor();
    const before = await gqlOk<{ case: { consent: { withdrawnOn: string | null } } }>('OP0001', 'query($n: RegistrationNumber!) { case(registrationNumber: $n) { consent { withdrawnOn } } }', { n: number });
    expect(before.case.consent.withdrawnOn).toBeNull();
    await section.getByRole('button', { name: '内容を確認する' }).click();
    await dialog.getByRole('button', { name: '同意撤回を確定する' }).click();

    await section.getByRole('status').filter({ hasText: `同意撤回を記録しました(${TODAY}、理由: 患者本人の申し出)。追跡調査は停止しました。入力済みのデータは残ります。` }).waitFor();
    await section.getByText('今後の追跡調査はありません。').waitFor();
    expect(await section.getByRole('button', { name: '同意撤回を記録する…' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const after = await gqlOk<{ case: { followUps: unknown[]; consent: { withdrawnOn: string } }; followUpsDue: { case: { registrationNumber: string } }[] }>(
      'site-f001',
      'query($n: RegistrationNumber!) { case(registrationNumber: $n) { followUps { year } consent { withdrawnOn } } followUpsDue(first: 100) { case { registrationNumber } } }',
      { n: number },
    );
    expect(after.case).toEqual({ followUps: [], consent: { withdrawnOn: TODAY } });
    expect(after.followUpsDue.map((s) => s.case.registrationNumber)).not.toContain(number);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText(`The withdrawal of consent is recorded (${TODAY}, reason: 患者本人の申し出). Follow-up has stopped; the data entered stay.`).waitFor();
    await page.getByText('No further follow-up.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});
