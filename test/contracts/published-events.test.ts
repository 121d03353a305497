import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contracts from '@registry/contracts';
import type { EventSchemas } from '@registry/contracts';

/**
 * Every event the code publishes has a contract: the typed `publish` makes tsc refuse an
 * unknown name; this test also reads the code, so a publish that escaped the types (a cast,
 * a string topic) or a contract nobody publishes any more is named here. [#14.2]
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['services', 'packages', 'scripts', 'gateway/src'];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'migrations' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.tsx?$/.test(name)) yield full;
  }
}

const sources = SOURCES.flatMap((d) => [...files(path.join(ROOT, d))]).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));
/** The bus's own tests publish to test topics of their own. */
// The bus and the unit of work forward a caller's (topic, type, payload) without naming one:
// the calls checked are the callers'.
const FORWARDERS = ['packages/bus/', 'packages/contracts/', 'packages/unit-of-work/'];
const code = sources.filter((s) => !FORWARDERS.some((dir) => s.file.startsWith(dir)));

/** The bus's `publish(tx, <topic>, '<Name.vN>', …)`, not a service's method of that name. */
const ANY_PUBLISH = /(?<![.\w])publish\(\s*[\w.]+\s*,/g;
const PUBLISH = /(?<![.\w])publish\(\s*[\w.]+\s*,\s*(\w+)(?:\.of\([^)]*\))?\s*,\s*'([^']+)'/g;

const exported = contracts as unknown as Record<string, { events?: EventSchemas } | undefined>;

describe('the events published in the code', () => {
  const calls = code.flatMap(({ file, text }) => [...text.matchAll(PUBLISH)].map((m) => ({ file, topic: m[1]!, type: m[2]! })));

  it('should publish through a declared topic and a versioned name, every call', () => {
    const all = code.flatMap(({ file, text }) => [...text.matchAll(ANY_PUBLISH)].map(() => file));
    expect(calls.length).toBeGreaterThan(15);
    expect(calls.map((c) => c.file).sort()).toEqual(all.sort());
  });

  it('should have a contract for every (topic, event) published anywhere', () => {
    const unknown = calls.filter((c) => !exported[c.topic]?.events || !Object.hasOwn(exported[c.topic]!.events!, c.type));
    expect(unknown).toEqual([]);
  });

  it('should publish every event of every contract somewhere in the services', () => {
    const published = new Set(calls.filter((c) => c.file.startsWith('services/') && c.file.includes('/src/')).map((c) => `${c.topic} ${c.type}`));
    const declared = Object.entries(exported).flatMap(([name, value]) => (value?.events ? Object.keys(value.events).map((type) => `${name} ${type}`) : []));
    expect(declared.filter((d) => !published.has(d))).toEqual([]);
  });

  it('should declare no topic name outside the contracts', () => {
    const declarations = code.filter(({ text }) => /_TOPIC\s*=|Topic\s*=\s*\(\w+: string\)\s*=>/.test(text)).map((s) => s.file);
    expect(declarations).toEqual([]);
  });
});
