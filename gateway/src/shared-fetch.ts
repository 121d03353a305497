import { InFlight } from './in-flight.ts';

/**
 * The header by which the data source marks a fetch that may be shared: set on the fetches
 * of an incoming query, never on a mutation's. The fetcher removes it before sending.
 */
export const SHAREABLE_HEADER = 'x-registry-shareable';

/** What two identical fetches share: immutable, each caller parses its own copy of the body. */
interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

type Init = RequestInit & { headers?: Record<string, string> };

export interface SharingFetcher {
  (url: string, init?: Init): Promise<Response>;
  readonly inFlight: InFlight<SharedAnswer>;
}

/**
 * The gateway's fetcher to its subgraphs: identical fetches of queries in flight at once
 * are sent once [#17.1]. Identical means the same subgraph URL, the same body (query and
 * variables, `_entities` representations included) and the same internal token, which the
 * gateway signs per viewer scope (account, roles, operator, facility): two viewers with
 * different rights never share an answer. A mutation's fetch is never shared and, once it
 * has answered, seals what is in flight, so a read sent after a write never joins a fetch
 * that started before it.
 */
export function sharingFetcher(onSend: (url: string) => void = () => {}, send: typeof fetch = fetch): SharingFetcher {
  const inFlight = new InFlight<SharedAnswer>();
  const fetcher = async (url: string, init: Init = {}): Promise<Response> => {
    const { [SHAREABLE_HEADER]: shareable, ...headers } = init.headers ?? {};
    const request: Init = { ...init, headers };
    if (shareable !== '1' || typeof init.body !== 'string') {
      onSend(url);
      try {
        return await send(url, request);
      } finally {
        inFlight.seal();
      }
    }
    const key = `${url}\n${headers['authorization'] ?? ''}\n${init.body}`;
    const answer = await inFlight.run(key, async () => {
      onSend(url);
      const response = await send(url, request);
      return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text() };
    });
    return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  };
  return Object.assign(fetcher, { inFlight });
}
