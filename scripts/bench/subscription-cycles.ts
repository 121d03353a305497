/**
 * Subscriptions opened and closed cycle after cycle (issue #15 item 3): what the heap keeps
 * after each close, how much of that is V8's compiled code, and, from heap snapshots after
 * the first and the last cycle, which kinds of objects grew. Part of `npm run bench --
 * lifecycle`; BENCH_CYCLES (10) cycles of 180 distinct subscriptions over two sockets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { Client } from 'graphql-ws';
import type { Registry } from '@registry/launcher';
import { heapGroups, heapGrowth, type HeapGroup } from './heap-diff.ts';

const CYCLES = Number(process.env['BENCH_CYCLES'] ?? 10);
const SOCKETS = 2;
const PER_SOCKET = 90;

export interface CyclesResult {
  subscriptionsPerCycle: number;
  /** Per cycle: heap kept after the close, relative to before the first cycle, and V8's code within it. */
  cycles: Array<{ cycle: number; keptMb: number; codeMb: number }>;
  /** From the snapshot after cycle 1 to the one after the last cycle. */
  growth: HeapGroup[];
}

export interface CycleTools {
  registry: Registry;
  threadId: string;
  heapMb(): number;
  client(): Client;
  until(predicate: () => boolean): Promise<void>;
  query: string;
}

const codeMb = () => {
  const c = v8.getHeapCodeStatistics();
  return (c.code_and_metadata_size + c.bytecode_and_metadata_size) / 2 ** 20;
};

export async function subscriptionCycles(t: CycleTools): Promise<CyclesResult> {
  const { registry } = t;
  const open = () => registry.bus.stats().streams + registry.gateway.metrics.upstream().subscriptions + registry.gateway.metrics.subscriptions().sharedSubscriptions;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-heap-'));
  const baseHeap = t.heapMb();
  const baseCode = codeMb();
  const cycles: CyclesResult['cycles'] = [];
  // Snapshots are parsed after the last cycle: their groups held during the cycles would be
  // counted as kept.
  const snapshots: string[] = [];
  try {
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const clients = Array.from({ length: SOCKETS }, () => t.client());
      clients.forEach((c, s) => {
        for (let i = 0; i < PER_SOCKET; i++) {
          c.subscribe({ query: t.query, variables: { t: t.threadId, after: String(cycle * 1_000 + s * PER_SOCKET + i) } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
        }
      });
      await t.until(() => registry.bus.stats().streams >= SOCKETS * PER_SOCKET);
      await Promise.all(clients.map((c) => c.dispose()));
      await t.until(() => open() === 0);
      cycles.push({ cycle, keptMb: t.heapMb() - baseHeap, codeMb: codeMb() - baseCode });
      if (cycle === 1 || cycle === CYCLES) snapshots.push(v8.writeHeapSnapshot(path.join(dir, `cycle-${cycle}.heapsnapshot`)));
    }
    const [first, last] = snapshots;
    const growth = first && last && first !== last ? heapGrowth(heapGroups(first), heapGroups(last)) : [];
    return { subscriptionsPerCycle: SOCKETS * PER_SOCKET, cycles, growth };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cyclesReport(database: string, r: CyclesResult): string[] {
  const lines = [
    '',
    `${database}: ${r.subscriptionsPerCycle} distinct subscriptions opened and closed per cycle; heap after two full GCs, relative to before the first cycle`,
    '| cycle | kept after close | of which V8 code | kept less code |',
    '|---|---|---|---|',
  ];
  for (const c of r.cycles) lines.push(`| ${c.cycle} | ${c.keptMb.toFixed(2)} MB | ${c.codeMb.toFixed(2)} MB | ${(c.keptMb - c.codeMb).toFixed(2)} MB |`);
  if (r.growth.length) {
    lines.push('', `${database}: what grew from cycle 1 to cycle ${r.cycles.length} (heap snapshots, by type and constructor)`, '| kind | objects | bytes |', '|---|---|---|');
    for (const g of r.growth) lines.push(`| \`${g.key}\` | ${g.count >= 0 ? '+' : ''}${g.count} | +${(g.bytes / 1024).toFixed(1)} KB |`);
  }
  return lines;
}
