import { describe, expect, it } from 'vitest';
import { compareAnswers, firstDifference } from '../../scripts/bench/peers/answers.ts';
import { grafbaseToml, hiveGatewayConfig, internalHeaderFor, supergraphWithUrls } from '../../scripts/bench/peers/configs.ts';
import { PEERS } from '../../scripts/bench/peers/peers.ts';

const subgraphs = [
  { name: 'operators', url: 'http://127.0.0.1:5001/graphql', schemaPath: '/tmp/run/operators.graphql' },
  { name: 'cases', url: 'http://127.0.0.1:5002/graphql', schemaPath: '/tmp/run/cases.graphql' },
];

describe("the peer gateways' config files [#17.3]", () => {
  it('should give Grafbase each subgraph its URL, its SDL file and a rule forwarding its internal token as authorization', () => {
    const toml = grafbaseToml({ subgraphs, deduplication: true });
    expect(toml).toContain('[subgraphs.cases]\nurl = "http://127.0.0.1:5002/graphql"\nschema_path = "/tmp/run/cases.graphql"');
    expect(toml).toContain('[[subgraphs.cases.headers]]\nrule = "forward"\nname = "x-registry-internal-cases"\nrename = "authorization"');
    expect(toml).toContain('[[subgraphs.operators.headers]]\nrule = "forward"\nname = "x-registry-internal-operators"');
    expect(toml).not.toContain('inflight_deduplication');
  });

  it("should turn Grafbase's in-flight deduplication off only when asked", () => {
    expect(grafbaseToml({ subgraphs, deduplication: false })).toMatch(/^\[traffic_shaping\]\ninflight_deduplication = false\n/);
  });

  it("should have Hive Gateway move each subgraph's internal token onto its authorization, and turn its deduplication off only when asked", async () => {
    const load = async (source: string) => ((await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { gatewayConfig: any }).gatewayConfig;
    const on = await load(hiveGatewayConfig({ deduplication: true }));
    const request = new Request('http://peer/graphql', { headers: { [internalHeaderFor('cases')]: 'Bearer c', [internalHeaderFor('operators')]: 'Bearer o' } });
    expect(on.propagateHeaders.fromClientToSubgraphs({ request, subgraphName: 'cases' })).toEqual({ authorization: 'Bearer c' });
    expect(on.propagateHeaders.fromClientToSubgraphs({ request, subgraphName: 'adjudication' })).toEqual({ authorization: undefined });
    expect(on.transportEntries).toBeUndefined();
    const off = await load(hiveGatewayConfig({ deduplication: false }));
    expect(off.transportEntries).toEqual({ '*.http': { options: { deduplicateInflightRequests: false } } });
  });

  it("should point the supergraph's subgraphs at this run's URLs, and refuse a subgraph it does not name", () => {
    const sdl = 'enum join__Graph {\n  CASES @join__graph(name: "cases", url: "http://localhost:4002/graphql")\n  OPERATORS @join__graph(name: "operators", url: "http://localhost:4001/graphql")\n}';
    const out = supergraphWithUrls(sdl, { cases: 'http://127.0.0.1:5002/graphql', operators: 'http://127.0.0.1:5001/graphql' });
    expect(out).toContain('CASES @join__graph(name: "cases", url: "http://127.0.0.1:5002/graphql")');
    expect(out).toContain('OPERATORS @join__graph(name: "operators", url: "http://127.0.0.1:5001/graphql")');
    expect(() => supergraphWithUrls(sdl, { adjudication: 'http://x' })).toThrow('the supergraph names no subgraph adjudication');
  });
});

describe('our gateway in a process of its own, run as a peer is [#17.3]', () => {
  const ours = PEERS.find((p) => p.id === 'ours-process')!;
  const setup = { subgraphs: [...subgraphs, { name: 'adjudication', url: 'http://127.0.0.1:5003/graphql', schemaPath: '/tmp/run/adjudication.graphql' }], supergraphPath: '/tmp/run/supergraph.graphql', workDir: '/tmp/run', keysDir: '/tmp/keys' };

  it("should run the gateway's own entry over this run's subgraphs and keys, sent the viewer's own token", () => {
    const { args, env } = ours.command(setup, 5000, true);
    expect(ours.auth).toBe('user');
    expect(args.at(-1)).toBe('gateway/src/main.ts');
    expect(env).toMatchObject({ PORT: '5000', DATA_DIR: '/tmp/keys', SUPERGRAPH_PATH: '/tmp/run/supergraph.graphql', CASES_URL: 'http://127.0.0.1:5002/graphql', ADJUDICATION_URL: 'http://127.0.0.1:5003/graphql', ENTITY_CACHE: 'true', SUBGRAPH_FETCH_SHARING: 'true' });
  });

  it('should turn its entity cache and its sharing off together for the deduplication-off rows', () => {
    expect(ours.command(setup, 5000, false).env).toMatchObject({ ENTITY_CACHE: 'false', SUBGRAPH_FETCH_SHARING: 'false' });
  });
});

describe("the check of a peer's answer against ours [#17.3]", () => {
  it('should find the same data whatever the order of keys', () => {
    expect(compareAnswers({ data: { a: 1, b: [{ c: 'x', d: null }] } }, { data: { b: [{ d: null, c: 'x' }], a: 1 } })).toBe('same');
  });

  it('should name the first path that differs, a missing key or a list of another length', () => {
    expect(firstDifference({ a: [{ b: 1 }, { b: 2 }] }, { a: [{ b: 1 }, { b: 3 }] })).toBe('$.a[1].b');
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 })).toBe('$.b');
    expect(firstDifference([1, 2], [1])).toBe('$.length');
    expect(firstDifference({ a: [] }, { a: {} })).toBe('$.a');
  });

  it("should report a peer's errors even beside equal data", () => {
    expect(compareAnswers({ data: { a: 1 } }, { data: { a: 1 }, errors: [{ message: 'boom' }] })).toBe('errors (1): boom');
  });
});
