import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry } from '../support/harness.ts';

const POSTS_ADDED = 'subscription($threadId: ID!, $after: String) { threadPostAdded(threadId: $threadId, after: $after) { body cursor } }';
const POST = graphql(`mutation LiveJoinPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }`);

interface PostEvent {
  threadPostAdded: { body: string; cursor: string };
}

/**
 * Two pages of one operator that resume one thread after the same cursor (the subgraph was
 * away and both were told to subscribe again) ask the same subscription: the gateway shares
 * it. The second must still receive what the first was already replayed [#17, replicas].
 */
describe('a resumed subscription joins a shared one only where it stands', () => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry();
  });
  afterAll(() => t.stop());

  it('should replay to a second subscriber with `after` what the shared subscription already delivered past it', async () => {
    const token = await t.login('OP0004');
    const author = await t.login('OP0003');
    const lookup = await t.gql(graphql(`query LiveJoinThread { case(registrationNumber: "CTO-2026-00007") { discussion { id } } }`), { token });
    const threadId = lookup.data!.case!.discussion!.id;
    const post = async (b: string) => (await t.gql(POST, { token: author, variables: { t: threadId, b } })).data!.postToThread;
    const { cursor } = await post('seen by both pages before the outage');
    await post('written while the subgraph was away');
    await post('and another');

    const first = collect<PostEvent>(t.ws(token), POSTS_ADDED, { threadId, after: cursor });
    expect((await first.take(2)).map((e) => e.data!.threadPostAdded.body)).toEqual(['written while the subgraph was away', 'and another']);
    const second = collect<PostEvent>(t.ws(token), POSTS_ADDED, { threadId, after: cursor });
    expect((await second.take(2, 5_000)).map((e) => e.data!.threadPostAdded.body)).toEqual(['written while the subgraph was away', 'and another']);

    await post('after both resumed');
    const [a, b] = await Promise.all([first.take(3), second.take(3)]);
    expect(a!.map((e) => e.data!.threadPostAdded.body)).toEqual(b!.map((e) => e.data!.threadPostAdded.body));
    expect(a!.at(-1)?.data?.threadPostAdded.body).toBe('after both resumed');
    first.dispose();
    second.dispose();
  });
});
