import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUERY_COST_LIMIT, queryCost, readCostDirectives } from '@registry/query-cost';
import { LIMITS } from '@registry/gateway';
import { SUPERGRAPH_PATH } from '../scripts/supergraph.ts';

/**
 * The registry's own operations — every GraphQL document written in the journeys and the
 * README — cost less than the limit [#15]: the limit refuses attacks, never real use.
 */
const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
const costs = readCostDirectives(parse(sdl));
const rules = [...specifiedRules, maxDepthRule({ n: LIMITS.maxDepth })];
const root = fileURLToPath(new URL('..', import.meta.url));

function documentsIn(text: string): { source: string; document: DocumentNode }[] {
  const found: { source: string; document: DocumentNode }[] = [];
  const literals = [...text.matchAll(/`([^`]*)`/g), ...text.matchAll(/'([^'\n]*)'/g)].map((m) => m[1]!);
  for (const literal of literals) {
    if (!/^\s*(query|mutation|subscription|\{)/.test(literal)) continue;
    const source = literal.replace(/\$\{[^}]*\}/g, '0');
    try {
      const document = parse(source);
      // Documents the depth limit refuses first (security.test.ts) never reach the cost limit.
      if (validate(schema, document, rules).length === 0) found.push({ source, document });
    } catch {
      // not GraphQL (or a fragment of one built at run time)
    }
  }
  return found;
}

describe('the registry\'s own queries stay within the cost limit [#15]', () => {
  const files = [path.join(root, 'README.md'), ...readdirSync(path.join(root, 'test/journey')).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(root, 'test/journey', f))];
  const documents = files.flatMap((f) => documentsIn(readFileSync(f, 'utf8')).map((d) => ({ ...d, file: path.relative(root, f) })));

  it('should find the journeys\' documents', () => {
    expect(documents.length).toBeGreaterThan(100);
  });

  // The attacks: query-limits.test.ts, and introspection.test.ts's introspection built deep
  // past its own allowance; both assert that the gateway refuses them.
  const ATTACKS = ['query-limits.test.ts', 'introspection.test.ts'];

  it('should cost every one of them at most the limit, except the attacks of query-limits and introspection', () => {
    const over = documents
      .filter((d) => !ATTACKS.some((attack) => d.file.endsWith(attack)))
      .map((d) => ({ file: d.file, source: d.source, cost: queryCost({ schema, costs, document: d.document }) }))
      .filter((d) => d.cost > QUERY_COST_LIMIT);
    expect(over).toEqual([]);
  });
});
