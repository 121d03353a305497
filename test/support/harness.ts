import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { loadKeys, type RegistryKeys } from '@registry/auth';
import type { DatabaseHandle } from '@registry/db';
import { startRegistry, type Registry, type RegistryOptions } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { registryTemplate } from './registry-template.ts';
import { createTestDatabase } from './test-database.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GqlOptions<V> {
  variables?: V;
  token?: string;
  url?: string;
  headers?: Record<string, string>;
}

export interface TestRegistry {
  registry: Registry;
  handle: DatabaseHandle;
  keys: RegistryKeys;
  url: string;
  /** A typed document (`graphql(`…`)` from test/gql): the answer and the variables are typed by the schema. */
  gql<T, V>(query: TypedDocumentString<T, V>, options?: GqlOptions<V>): Promise<GraphQLResponse<T>>;
  gql<T = Record<string, unknown>>(query: string, options?: GqlOptions<Record<string, unknown>>): Promise<GraphQLResponse<T>>;
  login(loginId: string): Promise<string>;
  ws(token?: string, onClose?: (code: number) => void): Client;
  /** Closes every WebSocket `ws` opened so far (and so every subscription on them), for an `afterEach`. */
  closeSockets(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole federation on its own database (embedded PGlite, or a new database on the
 * server of DATABASE_URL), every server on port 0, with the demo data: a copy of the
 * registry the run migrated and seeded through the services once
 * (`registry-template.setup.ts`), database and data directory (keys, images) alike.
 */
export async function startTestRegistry(
  options: Partial<Pick<RegistryOptions, 'subscriberQueueLimit' | 'internalTokenTtlSeconds' | 'gatewayHttp' | 'subscriptionLimits'>> & { databaseUrl?: string } = {},
): Promise<TestRegistry> {
  const { databaseUrl, ...registryOptions } = options;
  const template = await registryTemplate(inject('registryTemplate'), process.env['DATABASE_URL']);
  const handle = await createTestDatabase(databaseUrl, template.database);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registry-test-'));
  cpSync(template.dataDir, dataDir, { recursive: true });
  const keys = await loadKeys({ NODE_ENV: 'test', DATA_DIR: dataDir });
  const registry = await startRegistry({ handle, keys, logger: createLogger('test', process.env['TEST_LOG_LEVEL'] ?? 'silent'), dataDir, ...registryOptions });
  const clients: Client[] = [];
  const url = registry.gatewayUrl;

  const gql: TestRegistry['gql'] = async (query: string | TypedDocumentString<unknown, unknown>, o: GqlOptions<unknown> = {}) => {
    const response = await fetch(o.url ?? url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers },
      body: JSON.stringify({ query: String(query), variables: o.variables ?? {} }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, ...body } as never;
  };

  return {
    registry,
    handle,
    keys,
    url,
    gql,
    async login(loginId) {
      const res = await gql<{ login: { token: string } }>(
        'mutation($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }',
        { variables: { id: loginId, pw: 'demo-password' } },
      );
      if (!res.data?.login) throw new Error(`login failed for ${loginId}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    ws(token, onClose) {
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        // Closes are asserted through `onClose`; the default would print them as errors.
        onNonLazyError: () => undefined,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        on: { closed: (event) => onClose?.((event as { code: number }).code) },
      });
      clients.push(client);
      return client;
    },
    async closeSockets() {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    },
    async stop() {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
      await registry.stop();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A subscription's events as they arrive. */
export interface Collected<T> {
  readonly events: ExecutionResult<T>[];
  readonly error: unknown;
  readonly completed: boolean;
  take(n: number, timeoutMs?: number): Promise<ExecutionResult<T>[]>;
  dispose(): void;
}

/**
 * Collects a subscription's events; `take(n)` waits until n have arrived. A typed document
 * (`graphql(\`subscription …\`)`) types the events and the variables.
 */
export function collect<T, V>(client: Client, document: TypedDocumentString<T, V>, ...variables: Record<string, never> extends V ? [V?] : [V]): Collected<T>;
export function collect<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T>;
export function collect<T>(client: Client, document: string | TypedDocumentString<T, unknown>, given?: unknown): Collected<T> {
  const query = document.toString();
  const variables = (given ?? {}) as Record<string, unknown>;
  const events: ExecutionResult<T>[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let error: unknown;
  let completed = false;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        events.push(value as ExecutionResult<T>);
        for (const w of [...waiters]) if (events.length >= w.n) w.resolve();
      },
      error: (err) => {
        error = err;
        for (const w of waiters) w.resolve();
      },
      complete: () => {
        completed = true;
        for (const w of waiters) w.resolve();
      },
    },
  );
  return {
    events,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    take(n: number, timeoutMs = 10_000): Promise<ExecutionResult<T>[]> {
      if (events.length >= n || error || completed) return Promise.resolve(events.slice(0, n));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${n} events, got ${events.length}`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(events.slice(0, n));
          },
        });
      });
    },
    dispose,
  };
}

/**
 * Waits until the gateway holds `subscribers` live clients and every shared subscription's
 * upstream has answered (its subgraph announces its start position at once): an event
 * committed after this reaches each of them. A subscription without `after` is live only
 * from then; nothing in graphql-ws acknowledges it.
 */
export async function untilLive(t: TestRegistry, subscribers: number): Promise<void> {
  await eventually(() => {
    const hub = t.registry.gateway.metrics.subscriptions();
    return hub.subscribers >= subscribers && hub.liveUpstreams === hub.sharedSubscriptions;
  });
}

/** Waits until `predicate` holds, polling; for effects that arrive through durable events. */
export async function eventually(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
