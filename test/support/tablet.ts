import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The tablets the screens are checked on (issue 10: "the pages work at 1280×800 and on a tablet"): portrait and landscape. */
export const TABLETS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
];

/** What sticks out sideways: the page's own scroll, and any element of <main> whose right edge passes main's content edge, outside a box that scrolls by design (`.table-scroll`). */
export async function overflow(page: Page): Promise<string[]> {
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
      if (box.width > 0 && box.right > right + 1) problems.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' ends at ' + Math.round(box.right) + ' > ' + Math.round(right));
    }
    return problems.slice(0, 10);
  })()`);
}

/** Logs the page in through the form as a demo account and waits for its home page. */
export async function signIn(page: Page, origin: string, loginId: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(loginId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: /さんのマイページ$/ }).waitFor();
}

/** Every link of the main menu is on screen (none pushed past the edge) and tall enough to tap. */
export async function expectMenuOnScreen(page: Page, width: number): Promise<void> {
  const links = page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const box = (await links.nth(i).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.height).toBeGreaterThanOrEqual(20);
  }
}
