import { mayHaveChangedEntities } from '@registry/http-host';
import type { EntityCache, StoredAnswer } from './entity-cache/entity-cache.ts';
import { InFlight } from './in-flight.ts';

/**
 * The header by which the data source marks a fetch that may be shared: set on the fetches
 * of an incoming query, never on a mutation's. The fetcher removes it before sending.
 */
export const SHAREABLE_HEADER = 'x-registry-shareable';
/**
 * The header by which the data source marks an `_entities` fetch of a query with the
 * viewer's roles: the entity cache's scope [#17.1]. Removed before sending.
 */
export const CACHE_SCOPE_HEADER = 'x-registry-cache-scope';
/**
 * The header by which the data source marks a mutation's fetch: once answered, it empties
 * that subgraph's entity cache unless the answer says it changed no cached entity
 * (ENTITIES_CHANGED_HEADER `0`).
 */
export const WRITE_HEADER = 'x-registry-write';

/** What two identical fetches share: immutable, each caller parses its own copy of the body. */
type SharedAnswer = StoredAnswer;

type Init = RequestInit & { headers?: Record<string, string> };

export interface SharingFetcher {
  (url: string, init?: Init): Promise<Response>;
  readonly inFlight: InFlight<SharedAnswer>;
  /** On unless turned off (the benchmark measures the gateway both ways in one run). */
  share: boolean;
}

const responseOf = (answer: SharedAnswer) => new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });

/**
 * The gateway's fetcher to its subgraphs: identical fetches of queries in flight at once
 * are sent once [#17.1]. Identical means the same subgraph URL, the same body (query and
 * variables, `_entities` representations included) and the same internal token, which the
 * gateway signs per viewer scope (account, roles, operator, facility): two viewers with
 * different rights never share an answer. A mutation's fetch is never shared and, once it
 * has answered, seals what is in flight, so a read sent after a write never joins a fetch
 * that started before it.
 *
 * Below the sharing, the `_entities` fetches of a subgraph that has an entity cache are
 * answered from it when it holds the same body for the same roles (see EntityCache).
 */
export function sharingFetcher(
  onSend: (url: string) => void = () => {},
  send: typeof fetch = fetch,
  caches: ReadonlyMap<string, EntityCache> = new Map(),
): SharingFetcher {
  const inFlight = new InFlight<SharedAnswer>();
  const fetcher: SharingFetcher = Object.assign(async (url: string, init: Init = {}): Promise<Response> => {
    const { [SHAREABLE_HEADER]: shareable, [CACHE_SCOPE_HEADER]: scope, [WRITE_HEADER]: write, ...headers } = init.headers ?? {};
    const request: Init = { ...init, headers };
    const body = init.body;
    if (shareable !== '1' || typeof body !== 'string') {
      onSend(url);
      let response: Response | undefined;
      try {
        response = await send(url, request);
        return response;
      } finally {
        inFlight.seal();
        // Read your own writes: a mutation whose answer says it changed a cached entity has
        // committed that change, and the subgraph's entity answers kept here may be older
        // (the change feed says so too, a moment later). One whose answer says it changed
        // none (a login) empties nothing; one never answered, or whose answer says nothing,
        // may have committed anything [#17.1].
        if (write === '1' && (!response || mayHaveChangedEntities(response.headers))) caches.get(url)?.invalidate();
      }
    }
    // [#17.1] An `_entities` fetch of a cached subgraph, kept by the viewer's roles.
    const cache = scope !== undefined ? caches.get(url) : undefined;
    const cacheKey = `${scope}\n${body}`;
    const kept = cache?.get(cacheKey);
    if (kept) return responseOf(kept);
    const ticket = cache?.ticket();
    const fetchOnce = async (): Promise<SharedAnswer> => {
      onSend(url);
      const response = await send(url, request);
      return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text() };
    };
    const answer = fetcher.share ? await inFlight.run(`${url}\n${headers['authorization'] ?? ''}\n${body}`, fetchOnce) : await fetchOnce();
    if (cache && ticket !== undefined) cache.offer(cacheKey, ticket, answer);
    return responseOf(answer);
  }, { inFlight, share: true });
  return fetcher;
}
