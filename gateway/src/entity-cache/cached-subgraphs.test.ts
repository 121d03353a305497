import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphsWithEntityChanges } from './cached-subgraphs.ts';

const supergraph = () => parse(readFileSync(fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url)), 'utf8'));

describe('the subgraphs the gateway keeps an entity cache for [#17.1]', () => {
  it('should follow every subgraph that publishes its entity changes, each by its own field, and no other', () => {
    expect(subgraphsWithEntityChanges(supergraph()).sort((a, b) => a.subgraph.localeCompare(b.subgraph))).toEqual([
      { subgraph: 'adjudication', field: '_adjudicationEntityChanges' },
      { subgraph: 'operators', field: '_entityChanges' },
    ]);
  });

  it('should find none in a supergraph without an EntityChange field', () => {
    expect(subgraphsWithEntityChanges(parse('type Query { a: Int } type Subscription { b: Int }'))).toEqual([]);
  });
});
