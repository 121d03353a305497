import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// An operator's objection to an official result, raised from the case page [R28a][#10].
// The demo's CTO-2026-00001 is Taro Yamada's (OP0001) and has an official result.
const suite = registryInBrowser();
const CASE = 'CTO-2026-00001';

const loggedIn = (operatorId: string, name: string): Promise<Page> => loggedInPage(suite.chrome, suite.origin, operatorId, name);

/** Opens the case page and waits for the objection panel's own query to be answered. */
async function openCase(page: Page): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('CaseObjections'));
  await page.goto(`${suite.origin}/library/${CASE}`);
  await page.getByRole('heading', { level: 1, name: `症例 ${CASE}` }).waitFor();
  await answered;
}

describe('raising an objection from the case page [R28a]', () => {
  it('should offer the form to no one but the operator of the case', async () => {
    const other = await loggedIn('OP0003', 'Kenji Sato');
    await openCase(other);
    const objections = await suite.t.gql<{ case: { matters: unknown[] } }>(`{ case(registrationNumber: "${CASE}") { matters { id } } }`, { token: await suite.t.login('OP0003') });
    expect(objections.data?.case.matters).toEqual([]);
    expect(await other.getByRole('button', { name: '異議を申請する' }).count()).toBe(0);
  });

  it('should refuse empty grounds in Japanese, raise the objection with its grounds, and show its state after, to every operator', async () => {
    const page = await loggedIn('OP0001', 'Taro Yamada');
    await openCase(page);
    await page.getByRole('heading', { level: 2, name: '公式判定への異議申請' }).waitFor();

    await page.getByLabel('異議の理由').fill('   ');
    await page.getByRole('button', { name: '異議を申請する' }).click();
    await page.getByRole('alert').filter({ hasText: '異議の理由を入力してください（10,000 文字以内）。' }).waitFor();
    const none = await suite.t.gql<{ case: { matters: unknown[] } }>(`{ case(registrationNumber: "${CASE}") { matters { id } } }`, { token: await suite.t.login('OP0001') });
    expect(none.data?.case.matters).toEqual([]);

    const grounds = 'The final run shows TIMI 3 with the distal true lumen reached: a technical success.';
    await page.getByLabel('異議の理由').fill(grounds);
    await page.getByRole('button', { name: '異議を申請する' }).click();
    await page.getByText('異議: 運営委員会の審査待ち').waitFor();
    await page.getByText(grounds).waitFor();
    // One objection open at a time from the form; the steering committee screens it [R45].
    expect(await page.getByRole('button', { name: '異議を申請する' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const matters = await suite.t.gql<{ case: { matters: { id: string; kind: string; status: string; question: string }[] } }>(
      `{ case(registrationNumber: "${CASE}") { matters { id kind status question } } }`,
      { token: await suite.t.login('OP0001') },
    );
    expect(matters.data?.case.matters).toMatchObject([{ kind: 'OBJECTION', status: 'SUBMITTED', question: grounds }]);

    // The steering committee accepts it; the case page shows the new state to any operator.
    const screened = await suite.t.gql('mutation($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }', {
      token: await suite.t.login('OP0002'),
      variables: { m: matters.data!.case.matters[0]!.id },
    });
    expect(screened.errors).toBeUndefined();
    const other = await loggedIn('OP0003', 'Kenji Sato');
    await openCase(other);
    await other.getByText('異議: 受理(審議前)').waitFor();
    expect(await other.getByRole('button', { name: '異議を申請する' }).count()).toBe(0);

    await other.getByRole('button', { name: 'English' }).click();
    await other.getByRole('heading', { level: 2, name: 'Objection to the official result' }).waitFor();
    await other.getByRole('link', { name: "Follow it on the committee's page" }).waitFor();
    expect(await seriousViolations(other)).toEqual([]);
  });
});
