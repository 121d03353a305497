import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logInThroughForm } from '../../scripts/chromium.ts';
import { registryInBrowser, loggedInPage, seriousViolations } from '../support/browser.ts';

// The header's notifications of a signed-in operator [R6], live, in Chromium against the real registry.
const suite = registryInBrowser();

/** The bell's name once loaded: お知らせ(未読 n 件) or お知らせ(未読なし). */
const bellName = (unread: number) => (unread === 0 ? 'お知らせ(未読なし)' : `お知らせ(未読 ${unread} 件)`);

/** The unread count the bell names (the demo's template may hold questions already). */
async function unreadNamed(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^お知らせ\(未読/ });
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label'))!;
  return Number(/未読 (\d+) 件/.exec(name)?.[1] ?? 0);
}

/**
 * Taro Yamada (OP0001) signed in from a browser set to New York time (the page must still
 * show Japan time), once his bell is up and its `notificationAdded` subscription was sent.
 */
async function operatorWatching(): Promise<Page> {
  const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const subscribed = new Promise<void>((resolve) => {
    page.on('websocket', (ws) => ws.on('framesent', (frame) => String(frame.payload).includes('notificationAdded') && resolve()));
  });
  await logInThroughForm(page, suite.origin, 'OP0001');
  await page.getByRole('heading', { level: 1, name: 'Taro Yamada さんのマイページ' }).waitFor();
  await subscribed;
  return page;
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByLabel('投稿する内容(実名で公開されます)').fill(text);
  await page.getByRole('button', { name: '投稿する' }).click();
  await page.getByRole('list', { name: '投稿' }).getByText(text, { exact: true }).waitFor();
}

const inJapan = (iso: string) => new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

describe('the header notifications of a signed-in operator, live [R6]', () => {
  let registrationNumber: string;
  let threadId: string;

  beforeAll(async () => {
    // One of Taro Yamada's own cases with a discussion: a question there notifies him [R6].
    const token = await suite.t.login('OP0001');
    const library = await suite.t.gql<{ caseLibrary: { nodes: { registrationNumber: string; operator: { id: string; name: string } | null; discussion: { id: string } | null }[] } }>(
      '{ caseLibrary(first: 100) { nodes { registrationNumber operator { id name } discussion { id } } } }',
      { token },
    );
    const own = library.data!.caseLibrary.nodes.find((n) => n.operator?.name === 'Taro Yamada' && n.discussion)!;
    registrationNumber = own.registrationNumber;
    threadId = own.discussion!.id;
  });

  it("[R6] should raise the case operator's unread count and show the question in his other browser without a reload, in Japan time with a link to the case, lower it when marked read, and pass axe with the list open", async () => {
    const operator = await operatorWatching();
    const before = await unreadNamed(operator);
    expect(before).toBeLessThan(98);
    const asker = await loggedInPage(suite.chrome, suite.origin, 'OP0003', 'Kenji Sato');
    await asker.goto(`${suite.origin}/library/${registrationNumber}`);
    await ask(asker, 'Which microcatheter did you use for the retrograde crossing?');

    const bell = operator.getByRole('button', { name: bellName(before + 1) });
    await bell.waitFor();
    expect(await operator.locator('.bell .badge').textContent()).toBe(String(before + 1));
    await bell.click();
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    const list = operator.getByRole('list', { name: '新しい順のお知らせ' });
    const first = list.getByRole('listitem').filter({ hasText: 'Which microcatheter did you use for the retrograde crossing?' });
    await first.getByText(`Kenji Sato さんがあなたの症例 ${registrationNumber} の議論で質問しました`).waitFor();
    const time = first.locator('time');
    expect(await time.textContent()).toBe(inJapan((await time.getAttribute('datetime'))!));
    expect(await seriousViolations(operator)).toEqual([]);

    // A second question arrives while the list is open: on top, and counted.
    await ask(asker, 'And how long was the fluoroscopy time?');
    await operator.getByRole('button', { name: bellName(before + 2) }).waitFor();
    await list.getByRole('listitem').first().getByText('And how long was the fluoroscopy time?').waitFor();

    await first.getByRole('button', { name: '既読にする' }).click();
    await operator.getByRole('button', { name: bellName(before + 1) }).waitFor();
    expect(await first.getByRole('button', { name: '既読にする' }).count()).toBe(0);

    // Escape closes the list and gives the focus back to the bell.
    await operator.keyboard.press('Escape');
    await operator.getByRole('region', { name: 'お知らせ' }).waitFor({ state: 'hidden' });
    expect(await operator.getByRole('button', { name: bellName(before + 1) }).evaluate((b) => b === b.ownerDocument.activeElement)).toBe(true);

    // In English, by the notification's kind; the link opens the case's discussion.
    await operator.getByRole('button', { name: 'Switch to English' }).click();
    await operator.getByRole('button', { name: `Notifications (${before + 1} unread)` }).click();
    await operator.getByText(`Kenji Sato asked a question in the discussion of your case ${registrationNumber}`).first().waitFor();
    await operator.getByRole('link', { name: `Open the discussion of case ${registrationNumber}` }).first().click();
    await operator.locator('.posts').getByText('And how long was the fluoroscopy time?', { exact: true }).waitFor();
    expect(new URL(operator.url()).pathname).toBe(`/library/${registrationNumber}`);
    await operator.getByRole('region', { name: 'Notifications' }).waitFor({ state: 'hidden' });
  }, 180_000);

  it('[R6] should offer the bell to operators only: not to the data center or a core-lab reader', async () => {
    const dc = await loggedInPage(suite.chrome, suite.origin, 'datacenter', 'Data Center');
    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const reader = await context.newPage();
    await logInThroughForm(reader, suite.origin, 'corelab-reader-1');
    await reader.getByRole('button', { name: 'ログアウト' }).waitFor();
    for (const page of [dc, reader]) expect(await page.getByRole('button', { name: /^お知らせ/ }).count()).toBe(0);
  });

  it('[R6] should start the live feed after the newest notification the bell holds, so a question arriving between the page’s load and its subscription is counted, not lost', async () => {
    // The page's subscription is held back at the socket while a question is asked.
    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const held: string[] = [];
    let holding = true;
    let toServer: ((message: string) => void) | undefined;
    await context.routeWebSocket(/\/graphql/, (ws) => {
      const server = ws.connectToServer();
      toServer = (message) => server.send(message);
      ws.onMessage((message) => {
        if (holding && String(message).includes('notificationAdded')) held.push(String(message));
        else server.send(message);
      });
    });
    const page = await context.newPage();
    await logInThroughForm(page, suite.origin, 'OP0001');
    await page.getByRole('heading', { level: 1, name: 'Taro Yamada さんのマイページ' }).waitFor();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const before = await unreadNamed(page);

    const token = await suite.t.login('OP0001');
    const newest = await suite.t.gql<{ myNotifications: { cursor: string | null }[] }>('{ myNotifications(first: 1) { cursor } }', { token });
    const subscribe = JSON.parse(held[0]!) as { payload: { variables: { after?: string } } };
    expect(subscribe.payload.variables.after).toBe(newest.data!.myNotifications[0]!.cursor);

    const asker = await suite.t.login('OP0003');
    const posted = await suite.t.gql('mutation($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }', { token: asker, variables: { t: threadId, b: 'Asked while your page was still connecting.' } });
    expect(posted.errors).toBeUndefined();
    holding = false;
    for (const message of held.splice(0)) toServer!(message);
    await page.getByRole('button', { name: bellName(before + 1) }).waitFor();
    await context.close();
  });

  it('[R6] should say in the open list that live notifications are interrupted while adjudication is away, keeping the bell and its list on screen (#17)', async () => {
    const operator = await operatorWatching();
    const unread = await unreadNamed(operator);
    await operator.getByRole('button', { name: bellName(unread) }).click();
    const list = operator.getByRole('region', { name: 'お知らせ' });
    await list.getByRole('list', { name: '新しい順のお知らせ' }).waitFor();
    // The last test of the file: adjudication stays stopped until the file's end.
    await suite.t.registry.adjudication.stop();
    await list.getByRole('status').filter({ hasText: 'ライブ更新が中断しました' }).waitFor({ timeout: 30_000 });
    await operator.getByRole('button', { name: bellName(unread) }).waitFor();
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await seriousViolations(operator)).toEqual([]);
  });
});
