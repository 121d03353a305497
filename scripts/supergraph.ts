import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

const schemaRoot = fileURLToPath(new URL('../schema', import.meta.url));
export const SUPERGRAPH_PATH = path.join(schemaRoot, 'supergraph.graphql');

/** The subgraphs and the URLs written into the committed supergraph (the gateway overrides them from config). */
export const SUBGRAPHS = [
  { name: 'operators', url: 'http://localhost:4001/graphql' },
  { name: 'cases', url: 'http://localhost:4002/graphql' },
  { name: 'adjudication', url: 'http://localhost:4003/graphql' },
] as const;

/** A subgraph's SDL: its `schema/<name>/*.graphql` files, in name order. */
export function subgraphSdl(name: string): string {
  const dir = path.join(schemaRoot, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** Composes `schema/<subgraph>/*.graphql` into the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(SUBGRAPHS.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(subgraphSdl(s.name)) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
