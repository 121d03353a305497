import { access, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Tesseract from 'tesseract.js';

/** A word as OCR read it. Its text may be a patient's name: it is weighed, never logged or stored. */
export interface RecognizedWord {
  text: string;
  /** 0–100, tesseract's own. */
  confidence: number;
}

export interface TextRecognizer {
  /** The words in a PGM/PPM, BMP, PNG or JPEG image. */
  recognize(image: Buffer): Promise<RecognizedWord[]>;
}

/**
 * English and Japanese: Latin names, IDs and dates are what scanners usually burn in, but a
 * Japanese console may show the patient's or hospital's name in kanji or kana, which the
 * English model does not see at all.
 */
const LANGUAGES = ['eng', 'jpn'];
/** Bounds on the worker: a dead or stuck wasm thread must not hold every later upload. */
const STARTUP_TIMEOUT_MS = 60_000;
const IMAGE_TIMEOUT_MS = 60_000;
const require = createRequire(import.meta.url);

/** The LSTM-only ("best_int") models the npm data packages carry: nothing is fetched at run time. */
function languageFile(code: string): string {
  return path.join(path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`);
}

/**
 * Starts one tesseract worker (a worker thread running the wasm build). tesseract.js reads
 * every language from one `langPath`, but each npm package has its own directory, so a
 * private temporary directory links them for the start and is removed once they are loaded.
 * `cacheMethod: 'none'` keeps it from reading or writing `<cwd>/<lang>.traineddata`.
 */
async function startWorker(): Promise<Tesseract.Worker> {
  const files = LANGUAGES.map(languageFile);
  // A missing file would leave tesseract.js's start pending for ever: fail here instead.
  await Promise.all(files.map((f) => access(f)));
  const dir = await mkdtemp(path.join(tmpdir(), 'registry-ocr-'));
  try {
    await Promise.all(files.map((f) => symlink(f, path.join(dir, path.basename(f)))));
    const starting = Tesseract.createWorker(LANGUAGES, Tesseract.OEM.LSTM_ONLY, {
      langPath: dir,
      cacheMethod: 'none',
      gzip: true,
      // Without a handler a failed job is thrown on the main thread, out of any caller's reach.
      errorHandler: () => undefined,
    });
    const worker = await within(starting, STARTUP_TIMEOUT_MS, 'The OCR engine did not start');
    await worker.setParameters({
      // Overlays are scattered words around the image, not a page of paragraphs.
      tessedit_pageseg_mode: Tesseract.PSM.SPARSE_TEXT,
      // A fixed resolution: no estimate (and no message about it) per image.
      user_defined_dpi: '96',
      // tesseract's diagnostics go nowhere, so nothing it read can reach a log.
      debug_file: '/dev/null',
    });
    return worker;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

let worker: Promise<Tesseract.Worker> | undefined;

function started(): Promise<Tesseract.Worker> {
  if (!worker) {
    const starting = startWorker();
    worker = starting;
    // A failed start is tried again by the next check, not remembered.
    starting.catch(() => {
      if (worker === starting) worker = undefined;
    });
  }
  return worker;
}

/** One image at a time: the worker holds one core, and queued frames would only hold memory. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The process's recognizer: the worker starts on first use (a second or two, the models
 * are read once) and is reused; `terminateRecognizer` ends it (shutdown, tests).
 */
export const sharedRecognizer: TextRecognizer = {
  recognize(image) {
    const job = queue.then(async () => {
      const current = started();
      try {
        const result = await within((await current).recognize(image, {}, { blocks: true, text: false }), IMAGE_TIMEOUT_MS, 'OCR took too long');
        return (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => ({ text: w.text, confidence: w.confidence })))));
      } catch (err) {
        // The next image gets a fresh worker rather than one that failed or hangs.
        if (worker === current) worker = undefined;
        void current.then((w) => w.terminate()).catch(() => undefined);
        throw err;
      }
    });
    queue = job.catch(() => undefined);
    return job;
  },
};

export async function terminateRecognizer(): Promise<void> {
  const running = worker;
  worker = undefined;
  await queue;
  if (running) await (await running.catch(() => undefined))?.terminate();
}
