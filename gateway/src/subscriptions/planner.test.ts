import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SubscriptionPlanner } from './planner.ts';

const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@composeDirective"])
  @link(url: "https://registry.invalid/live/v1.0", import: ["@personal"])
  @composeDirective(name: "@personal")
directive @personal on FIELD_DEFINITION
type Query { x: Int }
type Subscription {
  notifications(after: String): Int! @personal
  posts(after: String): Int!
}`;

describe('subscription planning', () => {
  const composed = composeServices([{ name: 'live', url: 'http://live', typeDefs: parse(sdl) }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  const planner = new SubscriptionPlanner(composed.supergraphSdl);

  it('should mark a @personal live field, so its subscriptions are keyed by person and never shared', () => {
    expect(planner.plan(parse('subscription { notifications }'), undefined, {}).personal).toBe(true);
    expect(planner.plan(parse('subscription { posts }'), undefined, {}).personal).toBe(false);
  });

  it('should resume through its own variable whether the client gave `after` inline, as a variable, or not at all', () => {
    const inline = planner.plan(parse('subscription { posts(after: "4") }'), undefined, {});
    expect(inline.initialAfter).toBe('4');
    const absent = planner.plan(parse('subscription { posts }'), undefined, {});
    expect(absent.initialAfter).toBeUndefined();
    expect(absent.primary.operation).toMatch(/after: ?\$__resumeAfter/);
  });

  it("should plan an operation once and take each subscription's own `after` from its variables", () => {
    const document = parse('subscription($a: String) { posts(after: $a) }');
    const first = planner.plan(document, undefined, { a: '4' });
    const second = planner.plan(parse('subscription($a: String) { posts(after: $a) }'), undefined, { a: '9' });
    expect(second.primary).toBe(first.primary);
    expect([first.initialAfter, second.initialAfter]).toEqual(['4', '9']);
    expect(planner.plan(document, undefined, {}).initialAfter).toBeUndefined();
  });
});
