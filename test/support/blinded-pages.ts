import type { Browser, Page } from 'playwright-core';
import { DEMO_CASES } from '@registry/cases';
import { DEMO_OPERATORS, FACILITIES } from '@registry/operators';

/** What would unblind the core lab: every demo operator's ID and name, facility name, patient code and initials (from the seed) [R25][R33]. */
export const IDENTIFYING = [
  ...DEMO_OPERATORS.flatMap((o) => [o.id, o.name]),
  ...FACILITIES.map((f) => f.name),
  ...DEMO_CASES.flatMap((c) => [c.patient, c.initials]),
];

export interface Recording {
  page: Page;
  /** Every response body (and WebSocket frame) the page received. */
  received: { url: string; body: string }[];
  /** Waits for the bodies still being read. */
  settled(): Promise<unknown>;
}

/** A context (Japanese, Tokyo time, desktop) whose every response body and WebSocket frame is kept, to be searched afterwards. */
export async function recordingContext(browser: Browser): Promise<Recording> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  const received: { url: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => void received.push({ url: response.url(), body: body.toString('utf8') }))
        .catch(() => void received.push({ url: response.url(), body: '' })),
    );
  });
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => void received.push({ url: ws.url(), body: String(frame.payload) })));
  return { page, received, settled: () => Promise.all(pending) };
}

/** Every identifying value on the page as it is now or in anything it received. */
export async function leaks(recording: Recording): Promise<string[]> {
  await recording.settled();
  const { page, received } = recording;
  const text = (await page.content()) + String(await page.evaluate('document.body.innerText'));
  const found = IDENTIFYING.filter((value) => text.includes(value)).map((value) => `page: ${value}`);
  for (const r of received) for (const value of IDENTIFYING) if (r.body.includes(value)) found.push(`${r.url}: ${value}`);
  return found;
}
