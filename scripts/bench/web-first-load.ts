/**
 * The web application's first load (issue 10): the case library page of a logged-in
 * operator, with the browser's HTTP cache empty, on the embedded database with demo data.
 * Chromium (Debian's, as the browser tests use) loads `/library` RUNS times, each in a new
 * browser context whose cache is cleared after logging in, and reports per load:
 *
 * - bytes transferred: the sum of every response's encoded length (Chrome DevTools
 *   Protocol `Network.loadingFinished`), all of them and JavaScript alone;
 * - content visible: navigation start to the first row of the library's table in the DOM;
 * - time to interactive: the later of that and the end of the last long task (main thread
 *   busy over 50 ms, the Long Tasks API) seen before a quiet second — the definition of
 *   Lighthouse's TTI reduced to what one page load shows.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKeys } from '@registry/auth';
import { openDatabase } from '@registry/db';
import { migrateAll, seedDemo, startRegistry } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { launchChromium, logInThroughForm } from '../chromium.ts';
import { ensureWebBundle } from '../web-bundle.ts';
import { ms, percentile } from './stats.ts';

const RUNS = Number(process.env['BENCH_WEB_RUNS'] ?? 10);

export interface WebLoad {
  bytes: number;
  jsBytes: number;
  requests: number;
  contentMs: number;
  interactiveMs: number;
}

export interface WebBench {
  runs: number;
  loads: WebLoad[];
}

/** Installed before any script of the page: long tasks and the first library row, in page time. */
const PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.startTime + e.duration); }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('main table tbody tr')) { window.__contentAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

export async function webFirstLoadBench(): Promise<WebBench> {
  await ensureWebBundle();
  const handle = await openDatabase({});
  await migrateAll(handle);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
  const keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: dataDir });
  const registry = await startRegistry({ handle, keys, logger: createLogger('bench', 'warn'), dataDir });
  const browser = await launchChromium();
  try {
    await seedDemo(registry, 'test');
    await registry.settle();
    const origin = new URL(registry.gatewayUrl).origin;
    const loads: WebLoad[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      const page = await context.newPage();
      await logInThroughForm(page, origin, 'OP0001');
      // A new page of the same context: the session cookie is kept, the HTTP cache emptied.
      const fresh = await context.newPage();
      await page.close();
      const cdp = await context.newCDPSession(fresh);
      await cdp.send('Network.enable');
      await cdp.send('Network.clearBrowserCache');
      const types = new Map<string, string>();
      let bytes = 0;
      let jsBytes = 0;
      let requests = 0;
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        requests++;
        bytes += e.encodedDataLength;
        if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
      });
      await fresh.addInitScript(PROBE);
      await fresh.goto(`${origin}/library`);
      await fresh.locator('main table tbody tr').first().waitFor();
      // A quiet second after the content: long tasks that come later than that are not the load's.
      await fresh.waitForTimeout(1_000);
      const timing = await fresh.evaluate(() => {
        const w = globalThis as unknown as { __longTasks: number[]; __contentAt: number };
        const lastTask = w.__longTasks.filter((end) => end <= w.__contentAt + 1_000).reduce((a, b) => Math.max(a, b), 0);
        return { contentMs: w.__contentAt, interactiveMs: Math.max(w.__contentAt, lastTask) };
      });
      loads.push({ bytes, jsBytes, requests, ...timing });
      await context.close();
    }
    return { runs: RUNS, loads };
  } finally {
    await browser.close();
    await registry.stop();
    await handle.close();
  }
}

export function webFirstLoadReport(bench: WebBench): string {
  const of = (pick: (l: WebLoad) => number) => bench.loads.map(pick).sort((a, b) => a - b);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const row = (label: string, values: number[], format: (n: number) => string) => `| ${label} | ${format(percentile(values, 50))} | ${format(values.at(-1)!)} | ${format(values[0]!)} |`;
  return [
    `Web first load of /library, cold HTTP cache, logged in as OP0001, embedded database; ${bench.runs} loads.`,
    '',
    '| figure | median | max | min |',
    '|---|---|---|---|',
    row('time to interactive', of((l) => l.interactiveMs), ms),
    row('first library row visible', of((l) => l.contentMs), ms),
    row('bytes transferred, all', of((l) => l.bytes), kb),
    row('bytes transferred, JavaScript', of((l) => l.jsBytes), kb),
    row('responses', of((l) => l.requests), (n) => String(n)),
  ].join('\n');
}
