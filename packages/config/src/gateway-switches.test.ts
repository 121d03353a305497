import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './index.ts';

describe("the gateway's entity cache and in-flight sharing switches [#17.1]", () => {
  it('should keep both on unless set to false', () => {
    expect(loadGatewayConfig({})).toMatchObject({ ENTITY_CACHE: true, SUBGRAPH_FETCH_SHARING: true });
    expect(loadGatewayConfig({ ENTITY_CACHE: 'false', SUBGRAPH_FETCH_SHARING: 'false' })).toMatchObject({ ENTITY_CACHE: false, SUBGRAPH_FETCH_SHARING: false });
  });

  it('should refuse a value other than true or false, naming the variable', () => {
    expect(() => loadGatewayConfig({ ENTITY_CACHE: 'off' })).toThrow(/ENTITY_CACHE/);
    expect(() => loadGatewayConfig({ SUBGRAPH_FETCH_SHARING: '0' })).toThrow(/SUBGRAPH_FETCH_SHARING/);
  });
});
