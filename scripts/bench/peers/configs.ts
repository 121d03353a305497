/**
 * The files the peer gateways read, as text [#17.3]: a supergraph pointing at this run's
 * subgraphs (Hive Gateway), a `grafbase.toml` (Grafbase), a Hive Gateway config module.
 * Pure, so they are tested without installing a peer (test/bench/peer-configs.test.ts).
 */

/**
 * The bench hands each peer the internal tokens our gateway would have signed for the
 * viewer (`Bearer …`), one header per subgraph; the peer moves it onto `authorization` for that
 * subgraph alone (a subgraph accepts only a token signed for its own name).
 */
export const INTERNAL_HEADER_PREFIX = 'x-registry-internal-';
export const internalHeaderFor = (subgraph: string) => `${INTERNAL_HEADER_PREFIX}${subgraph}`;

export interface PeerSubgraph {
  name: string;
  url: string;
  /** The subgraph's SDL on disk (Grafbase composes from it). */
  schemaPath: string;
}

/** The committed supergraph with every `@join__graph(name: …, url: …)` pointing at this run's subgraphs. */
export function supergraphWithUrls(supergraphSdl: string, urls: Record<string, string>): string {
  const replaced = new Set<string>();
  const sdl = supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls[name];
    if (!url) return whole;
    replaced.add(name);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
  const missing = Object.keys(urls).filter((n) => !replaced.has(n));
  if (missing.length > 0) throw new Error(`the supergraph names no subgraph ${missing.join(', ')}`);
  return sdl;
}

const tomlString = (s: string) => JSON.stringify(s);

/**
 * `grafbase dev -c grafbase.toml`: each subgraph's URL and SDL file, and a header rule
 * that forwards the bench's internal token for that subgraph as its `authorization`.
 * Entity caching is off by default in Grafbase and stays off; `deduplication: false`
 * turns off its in-flight deduplication of identical subgraph requests.
 */
export function grafbaseToml(o: { subgraphs: PeerSubgraph[]; deduplication: boolean }): string {
  const lines: string[] = [];
  if (!o.deduplication) lines.push('[traffic_shaping]', 'inflight_deduplication = false', '');
  for (const s of o.subgraphs) {
    lines.push(
      `[subgraphs.${s.name}]`,
      `url = ${tomlString(s.url)}`,
      `schema_path = ${tomlString(s.schemaPath)}`,
      '',
      `[[subgraphs.${s.name}.headers]]`,
      'rule = "forward"',
      `name = ${tomlString(internalHeaderFor(s.name))}`,
      'rename = "authorization"',
      '',
    );
  }
  return lines.join('\n');
}

/**
 * Hive Gateway's config module (`hive-gateway supergraph FILE -c gateway.config.mjs`):
 * the header propagation above, and with `deduplication: false` the HTTP transport's
 * `deduplicateInflightRequests: false` for every subgraph (Hive Gateway's documented way
 * to turn off its in-flight deduplication, on by default).
 */
export function hiveGatewayConfig(o: { deduplication: boolean }): string {
  const transport = o.deduplication ? '' : `\n  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },`;
  return `export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => ({ authorization: request.headers.get(${tomlString(INTERNAL_HEADER_PREFIX)} + subgraphName.toLowerCase()) ?? undefined }),
  },${transport}
};
`;
}
