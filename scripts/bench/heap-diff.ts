/**
 * What a heap holds, by node type and constructor, from a V8 heap snapshot, and the
 * difference between two: the bench's evidence that what stays after closed
 * subscriptions is V8's compiled code and not a registry object (issue #15 item 3).
 */
import { readFileSync } from 'node:fs';

export interface HeapGroup {
  key: string;
  count: number;
  bytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Objects and bytes of a snapshot grouped by `type name` (e.g. `object Map`, `code`). */
export function heapGroups(file: string): Map<string, HeapGroup> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    // Code, strings and numbers are grouped by type alone: their names are their contents.
    const named = type === 'object' || type === 'closure' || type === 'hidden' || type === 'native';
    const key = named ? `${type} ${snap.strings[snap.nodes[i + nameAt]!]}` : type;
    const g = groups.get(key) ?? { key, count: 0, bytes: 0 };
    g.count++;
    g.bytes += snap.nodes[i + sizeAt]!;
    groups.set(key, g);
  }
  return groups;
}

/** The groups that grew from `before` to `after`, largest growth in bytes first. */
export function heapGrowth(before: Map<string, HeapGroup>, after: Map<string, HeapGroup>, top = 8): HeapGroup[] {
  const grown: HeapGroup[] = [];
  for (const [key, a] of after) {
    const b = before.get(key) ?? { count: 0, bytes: 0 };
    if (a.bytes > b.bytes) grown.push({ key, count: a.count - b.count, bytes: a.bytes - b.bytes });
  }
  return grown.sort((x, y) => y.bytes - x.bytes).slice(0, top);
}
