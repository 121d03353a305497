/**
 * Our gateway against the peer gateways over the same three subgraphs, in the same run
 * [#17.3]: the hot page (one viewer, `concurrency` in flight) and many viewers (each
 * request from one of several operators, each with their own token). Each peer runs at its
 * defaults and with its in-flight deduplication off; its answer is compared with ours
 * for every viewer before it is measured; subgraph calls are counted at the subgraphs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { type RegistryKeys, signInternalToken, signUserToken, verifyUserToken, type Viewer } from '@registry/auth';
import { type Registry, SUPERGRAPH_PATH } from '@registry/launcher';
import { subgraphSdl } from '../../supergraph.ts';
import { httpLoad, type LoadResult } from '../http-load.ts';
import { ms } from '../stats.ts';
import { compareAnswers } from './answers.ts';
import { internalHeaderFor, supergraphWithUrls } from './configs.ts';
import { ensureInstalled } from './install.ts';
import { PEERS, type PeerSetup, type PeerSpec, startPeer } from './peers.ts';

export type Workload = 'hot' | 'many';
const SUBGRAPH_NAMES = ['operators', 'cases', 'adjudication'] as const;

export interface PeerRow {
  workload: Workload;
  gateway: string;
  /** In-flight deduplication (ours: sharing) on; the floor has none. */
  deduplication: boolean | undefined;
  /** Ours only: the entity cache [#17.1] off for this row (it is off with deduplication off, as no peer has one). */
  entityCacheOff?: true;
  result?: LoadResult;
  /** Calls counted at the three subgraphs during the measured requests, per request. */
  callsPerRequest?: number;
  /** 'same' as ours, 'reference' for ours, or what differed; a skipped row says why. */
  answer: string;
  skipped?: string;
}

export interface ComparisonOptions {
  registry: Registry;
  keys: RegistryKeys;
  /** The hot page's one viewer, and the many viewers: user tokens our gateway accepts. */
  hotToken: string;
  manyTokens: string[];
  page: string;
  floorPage: string;
  requests: number;
  concurrency: number;
  warmup: number;
  /** Peer ids to run (`BENCH_PEERS`), all by default; an empty list runs none. */
  peers?: string[];
  workDir: string;
  /** The DATA_DIR of this run's token keys, for our gateway in a process of its own. */
  keysDir: string;
}

/** Counts GraphQL POSTs arriving at the subgraphs' HTTP servers. */
function subgraphCounter(servers: http.Server[]) {
  let count = 0;
  const onRequest = (req: http.IncomingMessage) => {
    if (req.method === 'POST' && req.url?.startsWith('/graphql')) count++;
  };
  // Before express: its mounted routes rewrite `req.url` while they run.
  for (const s of servers) s.prependListener('request', onRequest);
  return { count: () => count, dispose: () => servers.forEach((s) => s.off('request', onRequest)) };
}

const post = async (url: string, headers: Record<string, string>, query: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
};

export async function comparePeers(o: ComparisonOptions): Promise<PeerRow[]> {
  const { registry, keys } = o;
  const internalKey = keys.internalPrivate!;
  const counter = subgraphCounter([registry.operators.server.httpServer, registry.cases.server.httpServer, registry.adjudication.server.httpServer]);
  const viewersOf = async (tokens: string[]) => Promise.all(tokens.map(async (t) => ({ viewer: (await verifyUserToken(t, keys.userPublic)).viewer })));
  // Their tokens are signed again for each measurement from the viewer the login gave
  // (the claims the gateway verifies), so a long run outlives no token.
  const workloads: Record<Workload, { viewer: Viewer }[]> = { hot: await viewersOf([o.hotToken]), many: await viewersOf(o.manyTokens) };
  type Viewers = { viewer: Viewer }[];
  // What our gateway signs for a viewer, handed to the peer one header per subgraph.
  const peerHeaders = (viewers: Viewers) =>
    Promise.all(viewers.map(async ({ viewer }) => Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (s) => [internalHeaderFor(s), `Bearer ${await signInternalToken(viewer, s, internalKey)}`])))));
  const userHeaders = (viewers: Viewers) => Promise.all(viewers.map(async ({ viewer }) => ({ authorization: `Bearer ${await signUserToken({ ...viewer, accountId: viewer.accountId! }, keys.userPrivate!)}` })));
  const floorHeaders = (viewers: Viewers) => Promise.all(viewers.map(async ({ viewer }) => ({ authorization: `Bearer ${await signInternalToken(viewer, 'cases', internalKey)}` })));

  /**
   * Measures with headers minted afresh, and again every two minutes while it runs: an
   * internal token lives five minutes (INTERNAL_TOKEN_TTL_SECONDS), a user token fifteen,
   * and a slow gateway at many requests takes longer than that.
   */
  const measure = async (url: string, mint: () => Promise<Record<string, string>[]>, query: string) => {
    let headers = await mint();
    const refresh = setInterval(() => void mint().then((h) => (headers = h)), 120_000);
    let mark = 0;
    try {
      const result = await httpLoad({ url, headers: (i) => headers[i % headers.length]!, body: JSON.stringify({ query }), requests: o.requests, concurrency: o.concurrency, warmup: o.warmup, onMeasured: () => (mark = counter.count()) });
      return { result, callsPerRequest: (counter.count() - mark) / result.requests };
    } finally {
      clearInterval(refresh);
    }
  };

  const entityCaches = (on: boolean) => {
    for (const cache of registry.gateway.entityCaches.values()) cache.enabled = on;
  };
  const rows: PeerRow[] = [];
  const reference: Record<Workload, { data?: unknown }[]> = { hot: [], many: [] };
  try {
    for (const workload of ['hot', 'many'] as const) {
      const viewers = workloads[workload];
      for (const b of await userHeaders(viewers)) {
        const answer = await post(registry.gatewayUrl, b, o.page);
        if (answer.errors) throw new Error(`our gateway answered the page with errors: ${JSON.stringify(answer.errors)}`);
        reference[workload].push(answer);
      }
      rows.push({ workload, gateway: 'ours', deduplication: true, answer: 'reference', ...(await measure(registry.gatewayUrl, () => userHeaders(viewers), o.page)) });
      entityCaches(false);
      try {
        rows.push({ workload, gateway: 'ours', deduplication: true, entityCacheOff: true, answer: 'reference', ...(await measure(registry.gatewayUrl, () => userHeaders(viewers), o.page)) });
        registry.gateway.subgraphFetcher.share = false;
        rows.push({ workload, gateway: 'ours', deduplication: false, entityCacheOff: true, answer: 'reference', ...(await measure(registry.gatewayUrl, () => userHeaders(viewers), o.page)) });
      } finally {
        registry.gateway.subgraphFetcher.share = true;
        entityCaches(true);
      }
      rows.push({ workload, gateway: 'floor', deduplication: undefined, answer: 'its part of the page', ...(await measure(registry.subgraphUrls.cases, () => floorHeaders(viewers), o.floorPage)) });
    }

    const selected = PEERS.filter((p) => !o.peers || o.peers.includes(p.id));
    if (selected.length === 0) return rows;
    const setup = writeSetup(registry, o.workDir, o.keysDir);
    for (const spec of selected) {
      const notInstalled = await ensureInstalled(spec.packages);
      if (notInstalled) {
        process.stderr.write(`bench: skipping ${spec.label}: ${notInstalled}\n`);
        for (const workload of ['hot', 'many'] as const) rows.push({ workload, gateway: spec.label, deduplication: undefined, answer: '', skipped: `not installed (${notInstalled})` });
        continue;
      }
      for (const deduplication of [true, false]) rows.push(...(await runPeer(spec, setup, deduplication)));
    }
  } finally {
    counter.dispose();
  }
  return rows;

  async function runPeer(spec: PeerSpec, setup: PeerSetup, deduplication: boolean): Promise<PeerRow[]> {
    const out: PeerRow[] = [];
    let peer;
    try {
      peer = await startPeer(spec, setup, deduplication);
    } catch (error) {
      process.stderr.write(`bench: skipping ${spec.label}: ${(error as Error).message}\n`);
      return (['hot', 'many'] as const).map((workload) => ({ workload, gateway: spec.label, deduplication, answer: '', skipped: `did not start (see ${setup.workDir})` }));
    }
    try {
      const mint = spec.auth === 'user' ? userHeaders : peerHeaders;
      // Ours with deduplication off runs without its entity cache too, as the in-process row does.
      const cacheOff = spec.auth === 'user' && !deduplication ? { entityCacheOff: true as const } : {};
      for (const workload of ['hot', 'many'] as const) {
        const headers = await mint(workloads[workload]);
        const answers = await Promise.all(headers.map((h) => post(peer.url, h, o.page)));
        const verdicts = answers.map((a, i) => compareAnswers(reference[workload][i]!, a));
        const answer = verdicts.find((v) => v !== 'same') ?? 'same';
        if (answer !== 'same') {
          out.push({ workload, gateway: spec.label, deduplication, ...cacheOff, answer, skipped: 'answer differs from ours' });
          continue;
        }
        try {
          out.push({ workload, gateway: spec.label, deduplication, ...cacheOff, answer, ...(await measure(peer.url, () => mint(workloads[workload]), o.page)) });
        } catch (error) {
          out.push({ workload, gateway: spec.label, deduplication, ...cacheOff, answer, skipped: (error as Error).message.slice(0, 200) });
        }
      }
    } finally {
      await peer.stop();
    }
    return out;
  }
}

/** This run's subgraph SDL files and supergraph, in the work directory. */
function writeSetup(registry: Registry, workDir: string, keysDir: string): PeerSetup {
  mkdirSync(workDir, { recursive: true });
  const subgraphs = SUBGRAPH_NAMES.map((name) => {
    const schemaPath = path.join(workDir, `${name}.graphql`);
    writeFileSync(schemaPath, subgraphSdl(name));
    return { name, url: registry.subgraphUrls[name], schemaPath };
  });
  const supergraphPath = path.join(workDir, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraphWithUrls(readFileSync(SUPERGRAPH_PATH, 'utf8'), registry.subgraphUrls));
  return { subgraphs, supergraphPath, workDir, keysDir };
}

const WORKLOAD_LABEL: Record<Workload, string> = { hot: 'hot page, one viewer', many: 'many viewers' };
const GATEWAY_LABEL: Record<string, string> = { ours: "the registry's gateway", floor: 'the cases subgraph alone, its part (the floor)' };

/** The Markdown table: per workload, each gateway's req/s and its ratio to ours in the same mode. */
export function peersReport(rows: PeerRow[], viewers: number): string {
  const lines = [
    `Workloads: the federated page; "hot" is one viewer, "many" ${viewers} operators each with their own token. Ratio: req/s over ours with the same deduplication (the floor: over ours with sharing on).`,
    '',
    '| workload | gateway | in-flight dedup | req/s | × ours | p50 | p99 | subgraph calls / request | answer |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const dedup = (r.deduplication === undefined ? '—' : r.deduplication ? 'on (default)' : 'off') + (r.entityCacheOff ? ', entity cache off' : '');
    if (!r.result) {
      lines.push(`| ${WORKLOAD_LABEL[r.workload]} | ${GATEWAY_LABEL[r.gateway] ?? r.gateway} | ${dedup} | skipped: ${r.skipped ?? ''} | | | | | ${r.answer} |`);
      continue;
    }
    // The peers have no entity cache: with deduplication off they are compared with ours without it too.
    const ours = rows.find((x) => x.workload === r.workload && x.gateway === 'ours' && x.deduplication === (r.deduplication ?? true) && (r.deduplication !== false || x.entityCacheOff));
    const ratio = ours?.result ? `${(r.result.throughput / ours.result.throughput).toFixed(2)}×` : '';
    lines.push(`| ${WORKLOAD_LABEL[r.workload]} | ${GATEWAY_LABEL[r.gateway] ?? r.gateway} | ${dedup} | ${r.result.throughput.toFixed(0)} | ${ratio} | ${ms(r.result.p50)} | ${ms(r.result.p99)} | ${r.callsPerRequest?.toFixed(2) ?? ''} | ${r.answer} |`);
  }
  return lines.join('\n');
}
