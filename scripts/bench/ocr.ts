/**
 * `npm run bench -- ocr`: the burned-in text screen [R31] (docs/performance.md). Writes each
 * clip to a temporary directory, streams it through the upload's de-identifying stream with
 * the device masks into a content store, and takes the upload's hold decision on the stored
 * file, read by byte range. Two parts: the cost per frame and per file (clean clips of 10, 60
 * and 300 frames, 640×480 8-bit), and the labelled set's held/published per category.
 * Knobs: BENCH_OCR_FRAMES (10,60,300), BENCH_OCR_CLIPS (3 per category).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { deidentifyStream, FileContentStore, findBurnedInText, holdDecision, isScreened, type MaskPlan, planMask, type RecognizedWord, registryDeviceMasks, sharedRecognizer, storedFileSource, terminateRecognizer, type TextRecognizer, textTiles } from '@registry/cases/imaging';
import { type Category, HEIGHT, labelledSet, MASKED_DEVICE, speckleFrame, ultrasoundFile, WIDTH } from '../../services/cases/test/support/ultrasound-clips.ts';

const SIZES = (process.env['BENCH_OCR_FRAMES'] ?? '10,60,300').split(',').map(Number);
const CLIPS = Number(process.env['BENCH_OCR_CLIPS'] ?? 3);

/** The shared recognizer, timed. */
function timed(): TextRecognizer & { calls: number; ms: number } {
  const r = {
    calls: 0,
    ms: 0,
    async recognize(image: Buffer): Promise<RecognizedWord[]> {
      const t = performance.now();
      try {
        return await sharedRecognizer.recognize(image);
      } finally {
        r.calls++;
        r.ms += performance.now() - t;
      }
    },
  };
  return r;
}

/** CPU time of the whole process (the OCR worker thread included) since `from`: fair on a shared machine. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

const status = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
/** Resets the process's peak RSS to its current RSS (Linux clear_refs 5), so a peak is the screen's own. */
function resetPeak(): number {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Without it the peak includes what came before; the figure says so by being larger.
  }
  return status('VmRSS');
}

/** Stores a file as an upload does (de-identifying stream, device masks) and answers its key and mask plan. */
async function stored(store: FileContentStore, file: Buffer): Promise<{ key: string; plan: MaskPlan; facts: Parameters<typeof holdDecision>[2] }> {
  const masks = registryDeviceMasks();
  let plan: MaskPlan = { kind: 'not-screened' };
  let facts: Parameters<typeof holdDecision>[2] | undefined;
  const { chunks, outcome } = deidentifyStream(Readable.from([file]), { maxBytes: 1 << 30, maxHeaderBytes: 1 << 24 }, () => undefined, (ds, f) => {
    facts = f;
    plan = planMask(ds, f, isScreened(f), masks);
    return plan.kind === 'known' ? plan.edit : undefined;
  });
  const { key } = await store.put(chunks, async () => (await outcome).outputSha256);
  return { key, plan, facts: facts! };
}

export interface OcrBench {
  perFrame: { tileScreenMs: number; tileScreenCpuMs: number; wholeFrameOcrMs: number; regionOcrMs: number | null };
  files: { frames: number; ms: number; cpuMs: number; msPerFrame: number; ocrImages: number; everyFrameOcrMs: number; rssBeforeMiB: number; peakRssMiB: number; status: string }[];
  labelled: { category: Category; clips: number; held: number; published: number; mustHold: number }[];
  recall: { found: number; of: number };
  falseHolds: { held: number; of: number };
}

export async function ocrBench(): Promise<OcrBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-ocr-'));
  const store = new FileContentStore(dir);
  try {
    // Warm the engine (models load once per process), then time the screen's parts on single frames.
    await sharedRecognizer.recognize(Buffer.concat([Buffer.from('P5\n8 8\n255\n', 'latin1'), Buffer.alloc(64, 255)]));
    const frames = Array.from({ length: 20 }, (_, i) => speckleFrame(i + 1));
    let t = performance.now();
    let cpu = process.cpuUsage();
    for (const f of frames) textTiles(f, WIDTH, HEIGHT);
    const tileScreenMs = (performance.now() - t) / frames.length;
    const tileScreenCpuMs = cpuMs(cpu) / frames.length;
    const rec = timed();
    const one = ultrasoundFile(frames.slice(0, 3), MASKED_DEVICE);
    const oneKey = (await stored(store, one)).key;
    // maxFrames 1: the first frame is read whole (two looks).
    await findBurnedInText(await storedFileSource(store, oneKey), { recognizer: rec, maxFrames: 1 });
    const wholeFrameOcrMs = rec.ms / Math.max(1, rec.calls) * 2;

    const files: OcrBench['files'] = [];
    for (const n of SIZES) {
      // The clip is made and stored first; its buffers are the bench's, not the screen's.
      const { key } = await stored(store, ultrasoundFile(Array.from({ length: n }, (_, i) => speckleFrame(10_000 + i)), MASKED_DEVICE));
      (globalThis as { gc?: () => void }).gc?.();
      const before = resetPeak();
      const r = timed();
      t = performance.now();
      cpu = process.cpuUsage();
      const result = await findBurnedInText(await storedFileSource(store, key), { recognizer: r });
      const ms = performance.now() - t;
      files.push({ frames: n, ms, cpuMs: cpuMs(cpu), msPerFrame: ms / n, ocrImages: result.ocrImages, everyFrameOcrMs: n * wholeFrameOcrMs, rssBeforeMiB: before, peakRssMiB: status('VmHWM'), status: result.status });
    }

    const labelled = new Map<Category, OcrBench['labelled'][number]>();
    const regionTimer = timed();
    let found = 0;
    let mustHold = 0;
    let falseHeld = 0;
    let clean = 0;
    for (const clip of labelledSet(CLIPS, 10)) {
      const s = await stored(store, ultrasoundFile(clip.frames, clip.device));
      const check = async (key: string) => {
        const r = await findBurnedInText(await storedFileSource(store, key), { recognizer: regionTimer });
        return r.status === 'NO_TEXT' ? null : r.reason;
      };
      const held = (await holdDecision(check, s.key, s.facts, s.plan)) !== null;
      const row = labelled.get(clip.category) ?? { category: clip.category, clips: 0, held: 0, published: 0, mustHold: 0 };
      row.clips++;
      row[held ? 'held' : 'published']++;
      if (clip.mustHold) row.mustHold++;
      labelled.set(clip.category, row);
      if (clip.mustHold) {
        mustHold++;
        if (held) found++;
      } else {
        clean++;
        if (held) falseHeld++;
      }
    }
    const regionOcrMs = regionTimer.calls ? regionTimer.ms / regionTimer.calls : null;
    return {
      perFrame: { tileScreenMs, tileScreenCpuMs, wholeFrameOcrMs, regionOcrMs },
      files,
      labelled: [...labelled.values()],
      recall: { found, of: mustHold },
      falseHolds: { held: falseHeld, of: clean },
    };
  } finally {
    await terminateRecognizer();
    rmSync(dir, { recursive: true, force: true });
  }
}

const f1 = (n: number) => n.toFixed(1);

export function ocrReport(b: OcrBench): string {
  const lines = [
    `Per frame (640×480 8-bit): tile screen ${f1(b.perFrame.tileScreenMs)} ms (CPU ${f1(b.perFrame.tileScreenCpuMs)} ms); OCR of a whole frame (two looks) ${f1(b.perFrame.wholeFrameOcrMs)} ms; OCR of one enlarged region ${b.perFrame.regionOcrMs === null ? '–' : f1(b.perFrame.regionOcrMs)} ms (mean over the labelled set).`,
    '',
    '| clean clip | screen (every frame) | CPU | per frame | OCR images | OCR of every frame whole (estimate) | RSS before → peak during the screen | result |',
    '|---|---|---|---|---|---|---|---|',
    ...b.files.map((f) => `| ${f.frames} frames (${f1((f.frames * WIDTH * HEIGHT) / 2 ** 20)} MiB) | ${(f.ms / 1000).toFixed(2)} s | ${(f.cpuMs / 1000).toFixed(2)} s | ${f1(f.msPerFrame)} ms | ${f.ocrImages} | ${(f.everyFrameOcrMs / 1000).toFixed(1)} s | ${f1(f.rssBeforeMiB)} → ${f1(f.peakRssMiB)} MiB | ${f.status} |`),
    '',
    '| category | clips | must be held | held | published |',
    '|---|---|---|---|---|',
    ...b.labelled.map((r) => `| ${r.category} | ${r.clips} | ${r.mustHold} | ${r.held} | ${r.published} |`),
    '',
    `Recall (held of those that must be): ${b.recall.found}/${b.recall.of}; false holds (held of those that may be published): ${b.falseHolds.held}/${b.falseHolds.of}.`,
  ];
  return lines.join('\n');
}
