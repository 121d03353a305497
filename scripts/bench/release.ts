/**
 * A data release streams [#11] (docs/performance.md, "A release of a thousand cases"): the
 * cases subgraph alone on a fresh database (embedded, or the server DATABASE_URL names)
 * with past years written as the demo's are, presented, then releases of one year and of
 * both and the download of the larger over HTTP, each twice: timed, and with a full
 * collection before each memory sample. The process's memory is sampled
 * during each; the figures are the growth over the level before, beside the package's
 * size: flat means the growth does not follow the size.
 */
import { randomUUID } from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as age from 'age-encryption';
import { Role, signInternalToken, type Viewer } from '@registry/auth';
import { fixedCalendar } from '@registry/calendar';
import { createCasesService, DATA_DICTIONARY, historyCases, migrateCases } from '@registry/cases';
import { announceDemoRoster } from '../../services/cases/test/support/roster.ts';
import { startSubgraph } from '../../test/support/subgraph-harness.ts';

const MiB = 1024 * 1024;
/** Cases a year; a year's withdrawal (one case) is never adopted. */
const YEARS = { 2024: Number(process.env['BENCH_RELEASE_SMALL'] ?? 250), 2025: Number(process.env['BENCH_RELEASE_LARGE'] ?? 1000) - Number(process.env['BENCH_RELEASE_SMALL'] ?? 250) };
/** Every item of the data dictionary: the largest package a request can ask for. */
const ITEMS = DATA_DICTIONARY.map((i) => i.id);
const accounts = new Map(['secretariat', 'datacenter', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006'].map((l) => [l, randomUUID()]));
const RESEARCHER: Viewer = { roles: [Role.Researcher], accountId: randomUUID() };
const STEERING: Viewer = { roles: [Role.Operator, Role.Steering], accountId: randomUUID(), operatorId: 'OP0002', facilityId: 'F002' };
const DATA_CENTER: Viewer = { roles: [Role.DataCenter], accountId: accounts.get('datacenter') };

export interface ReleaseFigure {
  what: 'release' | 'download';
  cases: number;
  packageMiB: number;
  seconds: number;
  /** Peak heap growth as the work runs: what it holds and the garbage not yet collected. */
  peakHeapMiB: number;
  /** Peak heap growth with a full collection before each sample: what the work holds. */
  liveHeapMiB: number;
  rssGrowthMiB: number;
}

export interface ReleaseBench {
  database: string;
  figures: ReleaseFigure[];
}

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

interface Sampled<T> {
  result: T;
  seconds: number;
  heapGrowthMiB: number;
  rssGrowthMiB: number;
}

/**
 * Runs `f`, sampling the heap and the RSS every 20 ms; answers the time and the peaks'
 * growth over the level before (after a full collection). With `collect`, each sample
 * follows a full collection, so the heap figure is what the work holds, not the garbage
 * a collection would take; the collections slow the run, so its time is not reported.
 */
async function sampled<T>(f: () => Promise<T>, collect: boolean): Promise<Sampled<T>> {
  gc();
  const before = process.memoryUsage();
  let heap = before.heapUsed;
  let rss = before.rss;
  const sample = () => {
    if (collect) gc();
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const start = performance.now();
  try {
    const result = await f();
    const seconds = (performance.now() - start) / 1000;
    sample();
    return { result, seconds, heapGrowthMiB: (heap - before.heapUsed) / MiB, rssGrowthMiB: (rss - before.rss) / MiB };
  } finally {
    clearInterval(timer);
  }
}

/** Once as it runs (time, peak heap with its garbage, RSS), once with a collection at each sample (live heap). */
async function measured<T>(f: () => Promise<T>): Promise<{ result: T; seconds: number; peakHeapMiB: number; liveHeapMiB: number; rssGrowthMiB: number }> {
  const timed = await sampled(f, false);
  const live = await sampled(f, true);
  return { result: live.result, seconds: timed.seconds, peakHeapMiB: timed.heapGrowthMiB, liveHeapMiB: live.heapGrowthMiB, rssGrowthMiB: Math.max(timed.rssGrowthMiB, live.rssGrowthMiB) };
}

export async function releaseBench(): Promise<ReleaseBench> {
  const h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: fixedCalendar('2026-12-03T03:00:00Z') }));
  try {
    await announceDemoRoster(h.handle, h.service);
    await h.service.writeDemoHistory(accounts, historyCases(YEARS));
    for (const year of Object.keys(YEARS).map(Number)) {
      await h.service.contextFor({ roles: [Role.Secretariat], accountId: accounts.get('secretariat') }, { now: () => new Date(`${year + 1}-01-20T03:00:00Z`) }).annualReports.present(year);
    }
    const recipient = await age.identityToRecipient(await age.generateX25519Identity());
    const figures: ReleaseFigure[] = [];
    let largest = '';
    const release = async (years: number[]) => {
      const input = { recipientName: 'Bench', purpose: 'RESEARCH', title: `Bench ${years.join('+')}`, plan: 'Every listed item.', items: ITEMS, years, fullDates: false, pledgeAccepted: true, recipientPublicKey: recipient };
      const id = (await h.as<any>(RESEARCHER, 'mutation($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }', { input })).data.fileDataRequest.id;
      await h.as<any>(STEERING, 'mutation($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }', { id });
      await h.service.contextFor(DATA_CENTER).releases.release(id);
      return (await h.service.contextFor(DATA_CENTER).releases.releaseOf(id))!;
    };
    for (const years of [[2024], [2024, 2025]]) {
      const run = await measured(() => release(years));
      const r = run.result;
      figures.push({ what: 'release', cases: r.provision.casesIncluded, packageMiB: r.packageBytes / MiB, seconds: run.seconds, peakHeapMiB: run.peakHeapMiB, liveHeapMiB: run.liveHeapMiB, rssGrowthMiB: run.rssGrowthMiB });
      largest = r.id;
    }
    const token = await signInternalToken(RESEARCHER, 'cases', h.keys.internalPrivate!);
    const download = await measured(async () => {
      const res = await fetch(new URL(`/reports/releases/${largest}.age`, h.url), { headers: { authorization: `Bearer ${token}` } });
      let bytes = 0;
      for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
      return bytes;
    });
    const last = figures[figures.length - 1]!;
    figures.push({ what: 'download', cases: last.cases, packageMiB: download.result / MiB, seconds: download.seconds, peakHeapMiB: download.peakHeapMiB, liveHeapMiB: download.liveHeapMiB, rssGrowthMiB: download.rssGrowthMiB });
    return { database: h.handle.kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL server', figures };
  } finally {
    await h.stop();
  }
}

const f1 = (n: number) => n.toFixed(1);
export function releaseReport(b: ReleaseBench): string {
  return [
    `### A data release streams (${b.database}) [#11]`,
    '',
    '| step | cases | package (MiB) | time (s) | peak heap growth (MiB) | peak live heap growth (MiB) | peak RSS growth (MiB) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...b.figures.map((f) => `| ${f.what} | ${f.cases} | ${f1(f.packageMiB)} | ${f1(f.seconds)} | ${f1(f.peakHeapMiB)} | ${f1(f.liveHeapMiB)} | ${f1(f.rssGrowthMiB)} |`),
  ].join('\n');
}
