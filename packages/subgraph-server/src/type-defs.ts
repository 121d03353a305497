import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** A subgraph's SDL is the set of `schema/<subgraph>/*.graphql` files, one per module. */
export function loadTypeDefs(schemaDir: string): DocumentNode {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).sort();
  return parse(files.map((f) => readFileSync(path.join(schemaDir, f), 'utf8')).join('\n'));
}
