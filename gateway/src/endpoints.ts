/**
 * The processes of each subgraph the gateway may call (#17, replicas): `OPERATORS_URL`
 * and the others take a comma-separated list, or one URL behind a load balancer. Calls
 * go round the healthy ones in turn; one that refuses a connection is left out for a
 * second and the call goes to the next, so a killed replica costs no request.
 */
export type SubgraphUrls = Record<string, string | readonly string[]>;

/** How long an endpoint that refused a connection is tried only after the others. */
export const DOWN_MS = 1_000;

/**
 * Errors of establishing a connection: the request never reached the subgraph, so it is
 * sent to another process whatever it is, a mutation included. Anything later (a reset
 * mid-answer, a timeout) may have been executed and is never sent twice.
 */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export function neverConnected(err: unknown): boolean {
  const cause = (err as { cause?: { code?: string; errors?: { code?: string }[] } } | undefined)?.cause;
  const codes = [cause?.code, ...(cause?.errors ?? []).map((e) => e.code)];
  return codes.some((code) => code !== undefined && NOT_CONNECTED.has(code));
}

export class SubgraphEndpoints {
  private readonly lists = new Map<string, readonly string[]>();
  /** Each subgraph's list, by its first URL: the data sources and metrics name a subgraph by it. */
  private readonly byPrimary = new Map<string, readonly string[]>();
  private readonly downUntil = new Map<string, number>();
  private readonly turn = new Map<string, number>();

  constructor(
    urls: SubgraphUrls,
    private readonly now: () => number = () => performance.now(),
  ) {
    for (const [name, value] of Object.entries(urls)) {
      const list = typeof value === 'string' ? [value] : [...value];
      if (list.length === 0) throw new Error(`no URL configured for subgraph ${name}`);
      this.lists.set(name, list);
      this.byPrimary.set(list[0]!, list);
    }
  }

  names(): string[] {
    return [...this.lists.keys()];
  }

  /** The URL that stands for the subgraph (its first). */
  primary(name: string): string | undefined {
    return this.lists.get(name)?.[0];
  }

  all(name: string): readonly string[] {
    return this.lists.get(name) ?? [];
  }

  /**
   * Where to send a call addressed to `url` (a subgraph's primary, or any other URL, which
   * is used as it is): the healthy endpoints starting at the next in turn, then those
   * that refused a connection, longest down first.
   */
  order(url: string): string[] {
    const list = this.byPrimary.get(url);
    if (!list || list.length === 1) return [url];
    const start = this.turn.get(url) ?? 0;
    this.turn.set(url, (start + 1) % list.length);
    const rotated = [...list.slice(start), ...list.slice(0, start)];
    const now = this.now();
    const healthy = rotated.filter((u) => (this.downUntil.get(u) ?? 0) <= now);
    const down = rotated.filter((u) => (this.downUntil.get(u) ?? 0) > now).sort((a, b) => this.downUntil.get(a)! - this.downUntil.get(b)!);
    return [...healthy, ...down];
  }

  /** The endpoint for a new subscription connection to the subgraph. */
  next(name: string): string {
    const primary = this.primary(name);
    if (!primary) throw new Error(`no URL for subgraph ${name}`);
    return this.order(primary)[0]!;
  }

  down(url: string): void {
    this.downUntil.set(url, this.now() + DOWN_MS);
  }

  up(url: string): void {
    this.downUntil.delete(url);
  }
}

/**
 * A fetch to the subgraphs that sends a call to the next process of the subgraph when one
 * refuses the connection. Below the in-flight sharing, which keys by the subgraph's primary URL.
 */
export function failoverFetch(endpoints: SubgraphEndpoints, send: typeof fetch = fetch): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    let last: unknown;
    for (const candidate of endpoints.order(url)) {
      try {
        const response = await send(candidate, init);
        endpoints.up(candidate);
        return response;
      } catch (err) {
        if (!neverConnected(err)) throw err;
        endpoints.down(candidate);
        last = err;
      }
    }
    throw last;
  }) as typeof fetch;
}
