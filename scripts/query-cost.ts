/**
 * Prints the cost the gateway computes for the registry's own queries and for the attack
 * shapes of issue 15, against the committed supergraph and the limit (docs/performance.md).
 * `npx tsx scripts/query-cost.ts`
 */
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { QUERY_COST_LIMIT, queryCost, readCostDirectives } from '@registry/query-cost';
import { SUPERGRAPH_PATH } from './supergraph.ts';

const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
const costs = readCostDirectives(parse(sdl));

/** `thread(id:)` then `depth - 1` levels alternating posts and thread, ending in `id`. */
const nest = (depth: number) => {
  const levels = Array.from({ length: depth - 1 }, (_, i) => (i % 2 === 0 ? 'posts' : 'thread'));
  return `{ thread(id: "t") { ${levels.map((l) => `${l} { `).join('')}id${' }'.repeat(levels.length)} } }`;
};

const queries: [string, string][] = [
  ['README: case library page of 5 with discussion', '{ caseLibrary(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { registrationNumber operator { name facility { name } } discussion { id posts { body createdAt author { name } } } } } }'],
  ['README: public list of operators', '{ certifiedOperators { name facility { name location } } }'],
  ['bench: federated page of 50', '{ caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name facility { name } } discussion { id posts { body author { name } } } } } }'],
  ['thread → posts → thread → posts (depth 4)', nest(4)],
  ['thread → posts → … depth 7', nest(7)],
  ['thread → posts → … depth 11 (issue 15)', nest(11)],
  ['15 aliases × caseLibrary(100) with posts', `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: caseLibrary(first: 100) { nodes { discussion { posts { id author { name } } } } }`).join(' ')} }`],
  ['4 spreads of a nested fragment', `{ ${Array.from({ length: 4 }, (_, i) => `t${i}: thread(id: "t") { ...N }`).join(' ')} } fragment N on Thread { posts { id thread { posts { id author { name } } } } }`],
  ['deep pages: caseLibrary(100) › posts(100) › revisions', '{ caseLibrary(first: 100) { nodes { discussion { posts(first: 100) { revisions { body } author { name } } } } } }'],
];

process.stdout.write(`limit ${QUERY_COST_LIMIT}\n\n| query | cost | answer |\n|---|---|---|\n`);
for (const [name, query] of queries) {
  const cost = queryCost({ schema, costs, document: parse(query) });
  const shown = Number.isFinite(cost) ? cost.toLocaleString('en') : 'too large to estimate';
  process.stdout.write(`| ${name} | ${shown} | ${cost > QUERY_COST_LIMIT ? '400 QUERY_TOO_COSTLY' : 'runs'} |\n`);
}
