/**
 * De-identification throughput and peak memory (docs/performance.md): the registry's
 * streaming de-identifier against GDCM's `gdcmanon` on the same generated multi-frame XA
 * files, each run in its own process, alternating tools. The files live in a temp
 * directory that is deleted afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './deidentify-child.ts';
import { FRAME_BYTES, writeMultiFrameXa } from './deidentify-file.ts';
import { percentile } from './stats.ts';

const MiB = 1024 * 1024;
/** 400 frames = 100 MiB, 4096 frames = 1 GiB of 512×512 8-bit pixels. */
const FRAMES = (process.env['BENCH_DEIDENTIFY_FRAMES'] ?? '400,4096').split(',').map(Number);
const RUNS = Number(process.env['BENCH_DEIDENTIFY_RUNS'] ?? 3);
const CHILD = fileURLToPath(new URL('./deidentify-child.ts', import.meta.url));
const TIME = '/usr/bin/time';
const INSTALL_HINT = 'apt-get install -y libgdcm-tools time';

export interface ToolFigure {
  /** Median of the runs. */
  seconds: number;
  mibPerSecond: number;
  /** Highest of the runs. */
  peakRssMiB: number;
}

export interface SizeResult {
  frames: number;
  bytes: number;
  registry: ToolFigure & { baselineRssMiB: number };
  gdcmanon: ToolFigure | undefined;
}

export interface DeidentifyBench {
  runs: number;
  /** One-minute load average when the bench started: other work on the two cores skews it. */
  loadAverage: number;
  /** `gdcmanon --version`, or why it was skipped. */
  gdcmanon: { version: string; invocation: string } | { skipped: string };
  sizes: SizeResult[];
}

function figure(bytes: number, seconds: number[], rssKiB: number[]): ToolFigure {
  const s = percentile(seconds, 50);
  return { seconds: s, mibPerSecond: bytes / MiB / s, peakRssMiB: Math.max(...rssKiB) / 1024 };
}

function runRegistry(input: string, output: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), CHILD, input, output], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`de-identification child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

/** Why gdcmanon cannot be measured here, or undefined when it can. */
function gdcmanonMissing(): string | undefined {
  for (const [tool, args] of [['gdcmanon', ['--version']], [TIME, ['--version']], ['openssl', ['version']]] as const) {
    if (spawnSync(tool, args).error) return `${tool} is not installed (${INSTALL_HINT})`;
  }
  return undefined;
}

/**
 * gdcmanon's own PS3.15 E.1 mode (`-e`): the Basic Application Level Confidentiality
 * Profile, which needs a certificate to encrypt the originals into the Encrypted
 * Attributes Sequence; a throwaway self-signed one is made in the temp dir.
 */
function gdcmanonCommand(dir: string): (input: string, output: string) => string[] {
  const cert = path.join(dir, 'cert.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=bench', '-keyout', path.join(dir, 'key.pem'), '-out', cert]);
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  return (input, output) => ['gdcmanon', '-e', '--certificate', cert, '-i', input, '-o', output];
}

/** Wall time from here; peak RSS from GNU time, since Node cannot read a child's rusage. */
function runGdcmanon(command: string[], dir: string): { seconds: number; rssKiB: number } {
  const report = path.join(dir, 'time.txt');
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M', '-o', report, ...command], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`gdcmanon failed (${r.status}): ${r.stderr}`);
  return { seconds, rssKiB: Number(readFileSync(report, 'utf8').trim().split('\n').pop()) };
}

export function deidentifyBench(): DeidentifyBench {
  const loadAverage = os.loadavg()[0]!;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-deidentify-'));
  try {
    const largest = Math.max(...FRAMES) * FRAME_BYTES;
    const { bavail, bsize } = statfsSync(dir);
    if (bavail * bsize < 2.2 * largest) throw new Error(`${dir}: needs ${((2.2 * largest) / MiB).toFixed(0)} MiB free for input and output`);
    const missing = gdcmanonMissing();
    const gdcm = missing ? undefined : gdcmanonCommand(dir);
    const input = path.join(dir, 'in.dcm');
    const output = path.join(dir, 'out.dcm');
    const sizes: SizeResult[] = [];
    for (const frames of FRAMES) {
      process.stderr.write(`de-identify: generating ${frames} frames… `);
      const bytes = writeMultiFrameXa(input, frames);
      process.stderr.write(`${(bytes / MiB).toFixed(0)} MiB; ${RUNS} runs per tool\n`);
      const ours = { seconds: [] as number[], rss: [] as number[], baseline: [] as number[] };
      const theirs = { seconds: [] as number[], rss: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        const r = runRegistry(input, output);
        if (r.bytesIn !== bytes) throw new Error(`read ${r.bytesIn} of ${bytes} bytes`);
        ours.seconds.push(r.seconds);
        ours.rss.push(r.maxRssKiB);
        ours.baseline.push(r.baselineRssKiB);
        rmSync(output);
        if (gdcm) {
          const g = runGdcmanon(gdcm(input, output), dir);
          theirs.seconds.push(g.seconds);
          theirs.rss.push(g.rssKiB);
          rmSync(output);
        }
      }
      sizes.push({
        frames,
        bytes,
        registry: { ...figure(bytes, ours.seconds, ours.rss), baselineRssMiB: Math.max(...ours.baseline) / 1024 },
        gdcmanon: gdcm ? figure(bytes, theirs.seconds, theirs.rss) : undefined,
      });
      rmSync(input);
    }
    const gdcmanon = gdcm
      ? { version: /gdcm [\d.]+/.exec(spawnSync('gdcmanon', ['--version'], { encoding: 'utf8' }).stdout)?.[0] ?? 'gdcm', invocation: gdcm('IN', 'OUT').join(' ').replace(dir, '$TMP') }
      : { skipped: missing! };
    return { runs: RUNS, loadAverage, gdcmanon, sizes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function deidentifyReport(bench: DeidentifyBench): string {
  const mib = (n: number) => `${n.toFixed(0)} MiB`;
  const lines = [
    `De-identification: file on disk → file on disk, median of ${bench.runs} runs per tool and size; peak RSS is the highest run's. Load average at start: ${bench.loadAverage.toFixed(2)}.`,
    'skipped' in bench.gdcmanon ? `gdcmanon skipped: ${bench.gdcmanon.skipped}` : `gdcmanon (${bench.gdcmanon.version}): \`${bench.gdcmanon.invocation}\``,
    '',
    '| file | tool | time | MiB/s | peak RSS | registry / gdcmanon throughput |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of bench.sizes) {
    const file = `${mib(s.bytes / MiB)} (${s.frames} frames)`;
    const ratio = s.gdcmanon ? `${(s.registry.mibPerSecond / s.gdcmanon.mibPerSecond).toFixed(2)}×` : 'n/a';
    lines.push(`| ${file} | registry (deidentifyStream) | ${s.registry.seconds.toFixed(2)} s | ${s.registry.mibPerSecond.toFixed(0)} | ${mib(s.registry.peakRssMiB)} (${mib(s.registry.baselineRssMiB)} before the first byte) | ${ratio} |`);
    if (s.gdcmanon) lines.push(`| ${file} | gdcmanon | ${s.gdcmanon.seconds.toFixed(2)} s | ${s.gdcmanon.mibPerSecond.toFixed(0)} | ${mib(s.gdcmanon.peakRssMiB)} | |`);
  }
  return lines.join('\n');
}
