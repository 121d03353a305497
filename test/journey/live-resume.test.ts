import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry, untilLive } from '../support/harness.ts';

const POSTS_ADDED = graphql(`subscription LiveResumePostsAdded($threadId: ID!) { threadPostAdded(threadId: $threadId) { body author { name } } }`);
const POST = graphql(`mutation LiveResumePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }`);

describe('live subscriptions across upstream reconnects', () => {
  let t: TestRegistry;
  beforeAll(async () => {
    // Internal tokens of two seconds: the subgraph closes the gateway's upstream (4401) again and again.
    t = await startTestRegistry({ internalTokenTtlSeconds: 2 });
  });
  afterAll(() => t.stop());

  it('should deliver every post exactly once while the upstream expires and resumes, even before its first event', async () => {
    const token = await t.login('OP0004');
    const lookup = await t.gql(graphql(`query LiveResumeThreadOfCase { case(registrationNumber: "CTO-2026-00006") { discussion { id } } }`), { token });
    const threadId = lookup.data!.case!.discussion!.id;
    // `collect` posts the document's text: the answer is typed by the generated subscription type, the variables by `satisfies`.
    const sub = collect(t.ws(token), POSTS_ADDED, { threadId });
    await untilLive(t, 1);
    // Let the first upstream expire before any event: the resume must start where it began.
    await new Promise((r) => setTimeout(r, 2_500));
    const author = await t.login('OP0003');
    const bodies: string[] = [];
    for (let i = 0; i < 12; i++) {
      const body = `post ${i}`;
      const res = await t.gql(POST, { token: author, variables: { t: threadId, b: body } });
      expect(res.errors).toBeUndefined();
      bodies.push(body);
      await new Promise((r) => setTimeout(r, 400));
    }
    await sub.take(bodies.length, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(sub.events.map((e) => e.data!.threadPostAdded.body)).toEqual(bodies);
    sub.dispose();
  });
});
