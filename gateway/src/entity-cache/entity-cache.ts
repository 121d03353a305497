/** An answer as the fetcher shares it: immutable, each caller parses its own copy of the body. */
export interface StoredAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

export interface EntityCacheStats {
  /** Following the subgraph's changes now: only then is anything served or kept. */
  live: boolean;
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  stored: number;
  /** Changes heard (and losses of the feed): each empties the cache. */
  invalidations: number;
}

export interface EntityCacheLimits {
  maxEntries: number;
  /** The bodies kept, in UTF-16 code units (about bytes for the JSON the subgraphs answer). */
  maxBytes: number;
}

export const ENTITY_CACHE_LIMITS: EntityCacheLimits = { maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 };

/** The subgraph's hint that an answer depends on the viewer's roles alone (Apollo's cache-control plugin). */
const PUBLIC_HINT = /^max-age=(\d+), public$/;

/**
 * One subgraph's entity answers, kept by the gateway until that subgraph's next committed
 * change [#17.1]. The peers' entity caches live for a time and serve what changed meanwhile;
 * this one is emptied by the subgraph itself, on every commit that changes the rows its
 * cached types are made of (`EntityChangeFeed`, `followEntityChanges`), so an answer is never
 * older than the last change the gateway heard of.
 *
 * - Only while the feed is live: from the feed's first message until it drops, when the
 *   cache is emptied and nothing is served or kept until it is back.
 * - A fetch takes a ticket (the generation) before it is sent and its answer is kept only if
 *   no change was heard meanwhile: an answer read before a change never outlives it.
 * - Only answers the subgraph marks `max-age=N, public` (the same for every viewer of the
 *   same roles), no errors, status 200, kept at most N seconds. The key holds the viewer's
 *   roles: two viewers whose roles differ never share an entry.
 * - Bounded: at most `maxEntries` and `maxBytes`; the least recently used go first.
 */
export class EntityCache {
  private readonly entries = new Map<string, { answer: StoredAnswer; expires: number }>();
  private generation = 0;
  private bytes = 0;
  private live = false;
  private readonly counts = { hits: 0, misses: 0, stored: 0, invalidations: 0 };
  /** Off: nothing served or kept (the benchmark measures the gateway both ways in one run). */
  enabled = true;

  constructor(
    private readonly limits: EntityCacheLimits = ENTITY_CACHE_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The answer kept for `key`, when the feed is live and it has not expired. */
  get(key: string): StoredAnswer | undefined {
    if (!this.live || !this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry || entry.expires <= this.now()) {
      if (entry) this.remove(key);
      this.counts.misses += 1;
      return undefined;
    }
    // Most recently used last: the map's order is the eviction order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counts.hits += 1;
    return entry.answer;
  }

  /** Taken before a fetch is sent; handed back to `offer` with its answer. */
  ticket(): number {
    return this.generation;
  }

  /** Keeps an answer fetched under `ticket`, if nothing changed since and the subgraph marked it public. */
  offer(key: string, ticket: number, answer: StoredAnswer): void {
    if (!this.live || !this.enabled || ticket !== this.generation || answer.status !== 200) return;
    const hint = answer.headers.find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
    const maxAge = hint ? PUBLIC_HINT.exec(hint)?.[1] : undefined;
    if (!maxAge || Number(maxAge) <= 0 || answer.body.length > this.limits.maxBytes) return;
    this.remove(key);
    this.entries.set(key, { answer, expires: this.now() + Number(maxAge) * 1000 });
    this.bytes += answer.body.length;
    this.counts.stored += 1;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** The subgraph committed a change (or the feed is back and may have missed some): empty, and live. */
  changed(): void {
    this.clear();
    this.live = true;
  }

  /**
   * A change this gateway made itself committed (read your own writes): empty, and live only
   * if it was (the feed alone says when the cache may be trusted).
   */
  invalidate(): void {
    this.clear();
  }

  /** The feed dropped: changes may go unheard, so nothing is served or kept until it is back. */
  offline(): void {
    this.clear();
    this.live = false;
  }

  stats(): EntityCacheStats {
    return { live: this.live, entries: this.entries.size, bytes: this.bytes, ...this.counts };
  }

  private clear(): void {
    this.generation += 1;
    this.counts.invalidations += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.answer.body.length;
  }
}
