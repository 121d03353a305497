import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKeys, signInternalToken, type RegistryKeys, type Viewer } from '@registry/auth';
import { EventBus, migrateBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import { createLogger } from '@registry/logging';
import type { GraphQLResponse } from './harness.ts';
import { createTestDatabase } from './test-database.ts';

export interface SubgraphHarness<S> {
  service: S;
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  url: string;
  /** Calls the subgraph as the gateway would, for `viewer`. */
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
    async as(viewer, query, variables = {}) {
      const token = await signInternalToken(viewer, name, keys.internalPrivate!);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) } as never;
    },
    async stop() {
      await service.stop();
      await bus.stop();
      await handle.close();
    },
  };
}
