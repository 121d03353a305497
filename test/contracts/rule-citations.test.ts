import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '@registry/errors';

/**
 * Every rule the code, the SDL and the docs cite exists [#14.9]: `ruleViolation` takes a
 * typed `RuleId`, and this test reads the citations in comments, descriptions, test names
 * and docs (`[R10]`, `[R21a–c]`, `[R43–R49]`, `[T9.6.1]`) against the same list.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['services', 'packages', 'gateway', 'scripts', 'schema', 'test', 'web/src', 'docs', 'README.md'];
const TEXT = /\.(tsx?|graphql|md|json)$/;

function* files(entry: string): Generator<string> {
  if (!statSync(entry).isDirectory()) {
    if (TEXT.test(entry)) yield entry;
    return;
  }
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name === 'dist' || name === 'migrations') continue;
    yield* files(path.join(entry, name));
  }
}

/** `[R21a–c]` → R21a, R21c; `[R43–R49]` → R43, R49; `[T9.6.1]` → T9.6.1. */
const CITATION = /\[([RT])(\d+[a-z]?(?:\.\d+)*)(?:[–-]([RT])?(\d*[a-z]?(?:\.\d+)*))?\]/g;

function citedIn(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(CITATION)) {
    const [, kind, first, endKind, end] = m;
    ids.push(`${kind}${first}`);
    if (end) ids.push(/^[a-z]$/.test(end) ? `${kind}${first!.replace(/[a-z]$/, '')}${end}` : `${endKind ?? kind}${end}`);
  }
  return ids;
}

describe('rule citations [#14.9]', () => {
  it('should cite only rules that exist, everywhere in the sources and docs', () => {
    const unknown: string[] = [];
    let cited = 0;
    for (const file of SOURCES.flatMap((s) => [...files(path.join(ROOT, s))])) {
      for (const id of citedIn(readFileSync(file, 'utf8'))) {
        cited += 1;
        if (!RULE_IDS.has(id)) unknown.push(`${path.relative(ROOT, file)}: [${id}]`);
      }
    }
    expect(cited).toBeGreaterThan(500);
    expect(unknown).toEqual([]);
  });

  it('should read ranges and items as the rules number them', () => {
    expect(citedIn('[R21a–c] [R43–R49] [T9.6.1] [R10][R15] [15.1] [#14.9]')).toEqual(['R21a', 'R21c', 'R43', 'R49', 'T9.6.1', 'R10', 'R15']);
  });
});
