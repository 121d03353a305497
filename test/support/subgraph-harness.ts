import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKeys, signInternalToken, type RegistryKeys, type Viewer } from '@registry/auth';
import { EventBus, migrateBus } from '@registry/bus';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { DatabaseHandle } from '@registry/db';
import { createLogger } from '@registry/logging';
import type { GraphQLResponse } from './harness.ts';
import { createTestDatabase } from './test-database.ts';

/** What the client preset's `graphql()` returns in string mode: the text, typed by its answer and variables. */
export type TypedDocument<T, V> = { toString(): string } & DocumentTypeDecoration<T, V>;

export interface SubgraphHarness<S> {
  service: S;
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  url: string;
  /**
   * Calls the subgraph as the gateway would, for `viewer`: a typed document (`graphql(`…`)`
   * from services/<subgraph>/test/gql, test/codegen.ts) types the answer and the variables.
   */
  as<T, V>(viewer: Viewer, query: TypedDocument<T, V>, ...variables: Record<string, never> extends V ? [V?] : [V]): Promise<GraphQLResponse<T>>;
  as<T = Record<string, unknown>>(viewer: Viewer, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** One subgraph alone on a fresh database, listening on port 0: its API as the gateway sees it. */
export async function startSubgraph<S extends { server: { listen(port: number): Promise<string> }; stop(): Promise<void> }>(
  name: string,
  migrate: (handle: DatabaseHandle) => Promise<void>,
  create: (deps: { handle: DatabaseHandle; bus: EventBus; keys: RegistryKeys; logger: ReturnType<typeof createLogger> }) => Promise<S>,
): Promise<SubgraphHarness<S>> {
  const handle = await createTestDatabase();
  await migrateBus(handle);
  await migrate(handle);
  const keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'keys-')) });
  const bus = new EventBus(handle);
  await bus.start();
  const service = await create({ handle, bus, keys, logger: createLogger(name, process.env['TEST_LOG_LEVEL'] ?? 'silent') });
  const url = await service.server.listen(0);
  return {
    service,
    handle,
    bus,
    keys,
    url,
    as: (async (viewer: Viewer, query: string | TypedDocument<unknown, unknown>, ...variables: unknown[]) => {
      const token = await signInternalToken(viewer, name, keys.internalPrivate!);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: query.toString(), variables: variables[0] ?? {} }),
      });
      return { status: res.status, ...((await res.json()) as object) } as never;
    }) as SubgraphHarness<S>['as'],
    async stop() {
      await service.stop();
      await bus.stop();
      await handle.close();
    },
  };
}
