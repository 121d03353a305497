import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as gatewayExports from '@apollo/gateway';
import { parse } from 'graphql';
import { SubscriptionPlanner } from '@registry/gateway';
import { composeSupergraph, SUPERGRAPH_PATH } from '../scripts/supergraph.ts';

const require = createRequire(import.meta.url);

describe('the committed supergraph', () => {
  it('should match the composition of the subgraphs\' SDL (run `npm run compose` when it drifts)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });
});

describe('the subscription bridge contract with @apollo/gateway', () => {
  it('should pin @apollo/gateway and its planner exactly, as the bridge relies on their internals', () => {
    const manifest = JSON.parse(readFileSync(new URL('../gateway/package.json', import.meta.url), 'utf8'));
    for (const name of ['@apollo/gateway', '@apollo/query-planner', '@apollo/federation-internals']) {
      expect(manifest.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(require(`${name}/package.json`).version, name).toBe(manifest.dependencies[name]);
    }
  });

  it('should still export executeQueryPlan and buildOperationContext with the signatures the bridge calls', () => {
    expect(typeof gatewayExports.executeQueryPlan).toBe('function');
    expect(gatewayExports.executeQueryPlan.length).toBeGreaterThanOrEqual(6);
    expect(typeof gatewayExports.buildOperationContext).toBe('function');
  });

  it('should plan a subscription as a primary fetch to its owner and entity fetches for the rest', () => {
    const planner = new SubscriptionPlanner(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    const plan = planner.plan(
      parse('subscription($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body author { name } } }'),
      undefined,
      { t: 'x', after: '7' },
    );
    expect(plan.primary.serviceName).toBe('adjudication');
    expect(plan.primary.operation).toMatch(/after: ?\$__resumeAfter/);
    expect(plan.primary.operation).not.toContain('$after');
    expect(plan.initialAfter).toBe('7');
    expect(JSON.stringify(plan.rest)).toContain('"serviceName":"operators"');
  });
});
