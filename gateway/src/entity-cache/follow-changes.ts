import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Logger } from '@registry/logging';
import type { InternalTokenIssuer } from '../auth/internal-tokens.ts';
import type { SubgraphEndpoints } from '../endpoints.ts';
import type { EntityCache } from './entity-cache.ts';

/** The subscription each cached subgraph serves to the gateway alone (`@inaccessible`), by the field it serves it as. */
export const entityChangesSubscription = (field: string): string => `subscription EntityChanges { ${field} { tables } }`;

const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 2_000;
const CONNECT_BOUND_MS = 10_000;

export interface FollowOptions {
  subgraph: string;
  /** The subgraph's `EntityChange` subscription field (cached-subgraphs.ts). */
  field: string;
  cache: EntityCache;
  endpoints: SubgraphEndpoints;
  issuer: InternalTokenIssuer;
  logger: Logger;
}

export interface Following {
  stop(): Promise<void>;
}

/**
 * Keeps `cache` in step with the subgraph's committed changes [#17.1]: one graphql-ws
 * subscription to its `EntityChange` field (`_entityChanges`, `_adjudicationEntityChanges`) on one of the subgraph's processes (each hears every
 * commit, through PostgreSQL). Every message empties the cache, the first one included, so
 * the cache starts empty each time the feed is in place. When the feed ends or its socket
 * drops (the process stopped, its token expired), the cache goes offline at once and the
 * gateway subscribes again, on the next process, 100 ms later and up to every 2 s.
 */
export function followEntityChanges(options: FollowOptions): Following {
  const { subgraph, field, cache, endpoints, issuer, logger } = options;
  let client: Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let attempts = 0;
  let stopped = false;
  let heard = false;

  const start = () => {
    if (stopped) return;
    const url = endpoints.next(subgraph).replace(/^http/, 'ws');
    const current = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionAckWaitTimeout: CONNECT_BOUND_MS,
      // The gateway's own subscription, of no viewer: the subgraph asks no capability of it.
      connectionParams: async () => ({ authorization: `Bearer ${await issuer.tokenFor({ roles: [] }, subgraph)}` }),
    });
    client = current;
    current.subscribe(
      { query: entityChangesSubscription(field) },
      {
        next: () => {
          if (!heard) logger.info({ subgraph, url }, 'entity cache following changes');
          heard = true;
          attempts = 0;
          cache.changed();
        },
        error: (err) => lost(current, err),
        complete: () => lost(current, undefined),
      },
    );
  };

  const lost = (ended: Client, err: unknown) => {
    cache.offline();
    void ended.dispose();
    if (stopped || client !== ended) return;
    if (heard) logger.warn({ subgraph, err: describe(err) }, 'entity cache offline: its change feed dropped; resubscribing');
    heard = false;
    const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** attempts++);
    retry = setTimeout(start, wait);
    retry.unref();
  };

  start();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      cache.offline();
      await client?.dispose();
    },
  };
}

function describe(err: unknown): string | undefined {
  if (err === undefined) return 'completed';
  if (Array.isArray(err)) return err.map((e: { message?: string }) => e.message).join('; ');
  if (typeof err === 'object' && err !== null && 'code' in err) return `closed ${(err as { code: unknown }).code}`;
  return err instanceof Error ? err.message : String(err);
}
