import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeMessages } from '../../web/src/i18n/merge.ts';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/** The message files of one language, by file name, as the application loads them (`web/src/i18n/<lang>/*.json`). */
function messageFiles(language: 'ja' | 'en'): Record<string, Record<string, unknown>> {
  const dir = path.join(WEB, 'src/i18n', language);
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>]));
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the web application sources', () => {
  it('should have every message in both Japanese and English, and every key the pages use', () => {
    expect(Object.keys(messageFiles('ja')).sort(), 'the same message files in ja/ and en/').toEqual(Object.keys(messageFiles('en')).sort());
    const ja = mergeMessages(messageFiles('ja'));
    const en = mergeMessages(messageFiles('en'));
    const jaKeys = keys(ja).sort();
    const enKeys = keys(en).sort();
    expect(jaKeys.filter((k) => !enKeys.includes(k)), 'in ja/ only').toEqual([]);
    expect(enKeys.filter((k) => !jaKeys.includes(k)), 'in en/ only').toEqual([]);
    const empty = [...keys(ja).filter((k) => !String(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ja)).trim())];
    expect(empty, 'empty messages').toEqual([]);

    const used = sources(path.join(WEB, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect([...new Set(used)].filter((k) => !jaKeys.includes(k)), 'used but missing').toEqual([]);
  });

  it('should have the committed typed documents exactly as GraphQL Code Generator makes them from the committed supergraph', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const config = (await import('../../web/codegen.ts')).default;
    const cwd = process.cwd();
    process.chdir(WEB);
    try {
      const files = (await generate({ ...config, cwd: WEB, silent: true }, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(readFileSync(path.resolve(WEB, file.filename), 'utf8'), `${file.filename}: run npm run codegen -w web`).toBe(file.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
