import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { registryInBrowser, seriousViolations } from '../support/browser.ts';

// The site screens on a tablet (issue 10: "the pages work at 1280×800 and on a tablet"), in
// Chromium against the real registry with the demo data, as the facility contact (site-f001)
// and the case's operator (OP0001): at 768×1024 (portrait) and 1024×768 (landscape) no page
// scrolls sideways and nothing in the main content sticks out of it (a wide table scrolls
// inside its own box, `.table-scroll`), and every link of the menu is on screen and works.
const suite = registryInBrowser();
const CASE = 'CTO-2026-00001'; // the demo's first case: OP0001's at F001
const TABLETS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
];
const SCREENS = [
  { path: '/site', heading: '施設の症例登録とCRF' },
  { path: '/site/register', heading: '症例登録' },
  { path: `/site/cases/${CASE}`, heading: `症例 ${CASE}(施設)` },
  { path: '/site/queries', heading: '回答待ちの問い合わせ' },
  { path: '/site/follow-ups', heading: '追跡調査の予定' },
  { path: '/library', heading: '症例ライブラリ' },
  { path: `/library/${CASE}`, heading: `症例 ${CASE}` },
];

/** What sticks out sideways: the page's own scroll, and any element of <main> whose right edge passes main's content edge, outside a box that scrolls by design. */
async function overflow(page: Page): Promise<string[]> {
  // A script in the page (the test's own tsconfig has no DOM types).
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) problems.push('page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
    const main = document.querySelector('main');
    // main's content edge: its right padding is the page's margin, not room for content.
    const right = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    for (const el of main.querySelectorAll('*')) {
      if (el.closest('.table-scroll')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 1) problems.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ends at ' + Math.round(box.right) + ' > ' + Math.round(right));
    }
    return problems.slice(0, 10);
  })()`);
}

async function signIn(page: Page, loginId: string, name: string): Promise<void> {
  await page.goto(`${suite.origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: `${name} さんのマイページ` }).waitFor();
}

describe('the site screens on a tablet', () => {
  for (const viewport of TABLETS) {
    for (const [loginId, name] of [['site-f001', 'Naoko Fujita'], ['OP0001', 'Taro Yamada']] as const) {
      it(`should fit ${viewport.width}×${viewport.height} for ${loginId} with no sideways scroll, and keep every menu link on screen and working`, async () => {
        const context = await suite.chrome.browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', hasTouch: true });
        const page = await context.newPage();
        await signIn(page, loginId, name);
        const found: Record<string, string[]> = {};
        for (const screen of SCREENS) {
          if (loginId === 'site-f001' && screen.path.startsWith('/library')) continue;
          await page.goto(`${suite.origin}${screen.path}`);
          await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
          await page.waitForLoadState('networkidle');
          const problems = await overflow(page);
          if (problems.length > 0) found[screen.path] = problems;
        }
        expect(found).toEqual({});

        const menu = page.getByRole('navigation', { name: 'メインメニュー' });
        const links = menu.getByRole('link');
        const count = await links.count();
        expect(count).toBeGreaterThan(3);
        for (let i = 0; i < count; i++) {
          const box = (await links.nth(i).boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
          expect(box.height).toBeGreaterThanOrEqual(20);
        }
        await menu.getByRole('link', { name: '施設' }).tap();
        await page.getByRole('heading', { level: 1, name: '施設の症例登録とCRF' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      }, 240_000);
    }
  }
});
