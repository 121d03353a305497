/**
 * One de-identification run in its own process, so its peak RSS is the run's own:
 * `node --import tsx deidentify-child.ts IN OUT` streams IN through the service's
 * de-identifier into OUT exactly as an upload does (read stream → deidentifyStream →
 * write stream) and prints one JSON line (see ChildResult).
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { caseKeys, deidentifyDataset, deidentifyStream } from '@registry/cases/imaging';

export interface ChildResult {
  seconds: number;
  bytesIn: number;
  bytesOut: number;
  /** Peak resident set of the whole process, in KiB. */
  maxRssKiB: number;
  /** The same high-water mark before the first byte: Node, tsx and the modules. */
  baselineRssKiB: number;
}

/**
 * The peak resident set of this process's own memory, in KiB. Not
 * process.resourceUsage().maxRSS: on Linux that keeps the high-water mark of the parent's
 * memory copied by fork across exec, so a child of the bench (hundreds of MiB after the
 * federation section) would report the bench's size, not its own.
 */
function peakRssKiB(): number {
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!hwm) throw new Error('no VmHWM in /proc/self/status: the bench measures memory on Linux only');
  return Number(hwm[1]);
}

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: deidentify-child.ts IN OUT');
const CASE = 'CTO-2026-00001';
const keys = caseKeys(Buffer.from('bench-secret-0123456789abcdef0123'), CASE);
const limits = { maxBytes: 4 * 1024 ** 3, maxHeaderBytes: 8 * 1024 * 1024 };

const baselineRssKiB = peakRssKiB();
const start = process.hrtime.bigint();
const { chunks, outcome } = deidentifyStream(createReadStream(input), limits, () => undefined, (ds) => {
  deidentifyDataset(ds, { registrationNumber: CASE, operatorId: 'OP-BENCH', keys });
});
await pipeline(chunks, createWriteStream(output));
const { bytesIn, bytesOut } = await outcome;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const result: ChildResult = { seconds, bytesIn, bytesOut, maxRssKiB: peakRssKiB(), baselineRssKiB };
process.stdout.write(`${JSON.stringify(result)}\n`);
