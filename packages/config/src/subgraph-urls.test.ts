import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './index.ts';

describe("the gateway's subgraph URLs (#17, replicas)", () => {
  it('should take one URL or a comma-separated list of a subgraph’s processes', () => {
    const config = loadGatewayConfig({ ADJUDICATION_URL: 'http://adjudication-a:4003/graphql, http://adjudication-b:4003/graphql', CASES_URL: 'http://cases:4002/graphql' });
    expect(config.ADJUDICATION_URL).toEqual(['http://adjudication-a:4003/graphql', 'http://adjudication-b:4003/graphql']);
    expect(config.CASES_URL).toEqual(['http://cases:4002/graphql']);
    expect(config.OPERATORS_URL).toEqual(['http://localhost:4001/graphql']);
  });

  it('should refuse a list with a URL that is not http(s), naming the variable', () => {
    expect(() => loadGatewayConfig({ ADJUDICATION_URL: 'http://a:4003/graphql,ftp://b/graphql' })).toThrow(/ADJUDICATION_URL/);
    expect(() => loadGatewayConfig({ CASES_URL: ' , ' })).toThrow(/CASES_URL/);
  });
});
