/**
 * `npm run screenshots`: the README's pictures of the main pages (docs/screenshots/*.png),
 * taken from the real registry on the embedded database with demo data, in Japanese at
 * 1280×800, by Debian's Chromium (CHROMIUM_PATH). Run it after a screen changes and commit
 * the pictures with the change.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { loadKeys } from '@registry/auth';
import { openDatabase } from '@registry/db';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { launchChromium, logInThroughForm } from './chromium.ts';
import { ensureWebBundle } from './web-bundle.ts';

const OUT = path.resolve('docs/screenshots');

interface Shot {
  file: string;
  /** A demo login ID (password demo-password), or none for the public pages. */
  login?: string;
  path: string;
  /** What must be on the page before the picture is taken. */
  ready: string;
  /** Scrolled to the top of the picture, when the page's subject is below its header. */
  scrollTo?: string;
}

export const SHOTS: readonly Shot[] = [
  { file: 'public-operators.png', path: '/', ready: 'main table tbody tr' },
  { file: 'operator-home.png', login: 'OP0001', path: '/home', ready: 'main h1' },
  { file: 'case-library.png', login: 'OP0001', path: '/library', ready: 'main table tbody tr' },
  { file: 'case-page.png', login: 'OP0001', path: '/library/CTO-2026-00001', ready: 'main canvas', scrollTo: 'main canvas' },
  { file: 'site-register.png', login: 'site-f001', path: '/site/register', ready: 'main form' },
  { file: 'core-lab-worklist.png', login: 'corelab-reader-1', path: '/core-lab', ready: 'main h1' },
  { file: 'committee-matters.png', login: 'OP0002', path: '/committee', ready: 'main h1' },
  { file: 'data-center-held-images.png', login: 'datacenter', path: '/data-center/images', ready: 'main h1' },
  { file: 'secretariat-renewal.png', login: 'secretariat', path: '/secretariat/renewal', ready: 'main h1' },
  { file: 'annual-report.png', login: 'secretariat', path: '/annual-report', ready: 'main h1' },
  { file: 'staff-accounts.png', login: 'secretariat', path: '/secretariat/accounts', ready: 'main table tbody tr' },
  { file: 'data-requests.png', login: 'OP0002', path: '/data-requests', ready: 'main table tbody tr' },
  { file: 'data-recipients.png', path: '/data-recipients', ready: 'main table tbody tr' },
];

/**
 * [R11] An application asking OP0001 and OP0002 for their letters, filed as the public form
 * does, so OP0001's home shows it waiting; its page, with the letter form, is a picture too.
 */
async function fileApplication(gatewayUrl: string): Promise<string> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: ApplicationInput!) { fileApplication(input: $i) { id } }',
      variables: { i: { applicantName: 'Shota Fujii', facilityId: 'F004', ctoExperience: 320, recommenderIds: ['OP0001', 'OP0002'] } },
    }),
  });
  const body = (await res.json()) as { data?: { fileApplication: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`fileApplication: ${JSON.stringify(body.errors)}`);
  return body.data.fileApplication.id;
}


async function shoot(browser: Browser, origin: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  if (shot.login) await logInThroughForm(page, origin, shot.login);
  await page.goto(`${origin}${shot.path}`);
  await page.locator(shot.ready).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  if (shot.scrollTo) await page.locator(shot.scrollTo).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(OUT, shot.file) });
  await context.close();
  process.stdout.write(`docs/screenshots/${shot.file}\n`);
}

await ensureWebBundle();
mkdirSync(OUT, { recursive: true });
const handle = await openDatabase({});
await migrateAll(handle);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'screenshots-'));
const registry = await startRegistry({ handle, keys: await loadKeys({ NODE_ENV: 'test', DATA_DIR: dataDir }), logger: createLogger('screenshots', 'warn'), dataDir });
const browser = await launchChromium();
try {
  await seedDemo(registry, 'development', { sampleImages: true });
  await registry.settle();
  const origin = new URL(registry.gatewayUrl).origin;
  const applicationId = await fileApplication(registry.gatewayUrl);
  const letter: Shot = { file: 'recommendation-letter.png', login: 'OP0001', path: `/applications/${applicationId}`, ready: 'main textarea' };
  for (const shot of [...SHOTS, letter]) await shoot(browser, origin, shot);
} finally {
  await browser.close();
  await registry.stop();
  await handle.close();
}
process.exit(0);
