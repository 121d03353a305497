import { describe, expect, it } from 'vitest';
import { registryInBrowser, seriousViolations } from '../support/browser.ts';
import { expectMenuOnScreen, overflow, signIn, TABLETS } from '../support/tablet.ts';

// The site screens on a tablet (issue 10: "the pages work at 1280×800 and on a tablet"), in
// Chromium against the real registry with the demo data, as the facility contact (site-f001)
// and the case's operator (OP0001): at 768×1024 (portrait) and 1024×768 (landscape) no page
// scrolls sideways and nothing in the main content sticks out of it (a wide table scrolls
// inside its own box, `.table-scroll`), and every link of the menu is on screen and works.
const suite = registryInBrowser();
const CASE = 'CTO-2026-00001'; // the demo's first case: OP0001's at F001
const SCREENS = [
  { path: '/site', heading: '施設の症例登録とCRF' },
  { path: '/site/register', heading: '症例登録' },
  { path: `/site/cases/${CASE}`, heading: `症例 ${CASE}(施設)` },
  { path: '/site/queries', heading: '回答待ちの問い合わせ' },
  { path: '/site/follow-ups', heading: '追跡調査の予定' },
  { path: '/library', heading: '症例ライブラリ' },
  { path: `/library/${CASE}`, heading: `症例 ${CASE}` },
];

describe('the site screens on a tablet', () => {
  for (const viewport of TABLETS) {
    for (const [loginId, name] of [['site-f001', 'Naoko Fujita'], ['OP0001', 'Taro Yamada']] as const) {
      it(`should fit ${viewport.width}×${viewport.height} for ${loginId} with no sideways scroll, and keep every menu link on screen and working`, async () => {
        const context = await suite.chrome.browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', hasTouch: true });
        const page = await context.newPage();
        await signIn(page, suite.origin, loginId);
        await page.getByRole('heading', { level: 1, name: `${name} さんのマイページ` }).waitFor();
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

        await expectMenuOnScreen(page, viewport.width);
        const menu = page.getByRole('navigation', { name: 'メインメニュー' });
        await menu.getByRole('link', { name: '施設' }).tap();
        await page.getByRole('heading', { level: 1, name: '施設の症例登録とCRF' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      }, 240_000);
    }
  }
});
