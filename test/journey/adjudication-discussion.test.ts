import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { collect, startTestRegistry, type TestRegistry, untilLive } from '../support/harness.ts';

const POSTS_ADDED = graphql(`subscription DiscussionPostsAdded($t: ID!) { threadPostAdded(threadId: $t) { id body kind author { name } image { seriesUid frame } replyTo { id } } }`);
const NOTIFICATIONS = graphql(`subscription DiscussionNotifications { notificationAdded { kind post { id body author { name } } thread { case { registrationNumber } } } }`);
const POST = graphql(`mutation DiscussionPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput) { postToThread(threadId: $t, body: $b, replyTo: $r, image: $i) { id } }`);

describe('the e-casebook discussion through the gateway', () => {
  let t: TestRegistry;
  const tokens = new Map<string, string>();
  const ok = async <T, V>(login: string, query: TypedDocumentString<T, V>, variables?: V) => {
    const res = await t.gql(query, { token: tokens.get(login)!, variables });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    for (const login of ['OP0003', 'OP0004', 'OP0005', 'OP0007']) tokens.set(login, await t.login(login));
  });
  afterAll(() => t.stop());

  it('should let operators ask under their names, link a frame, reply, and notify only the case’s operator live [R6][R24]', async () => {
    const library = await ok('OP0004', graphql(`query DiscussionLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { id } discussion { id } } } }`));
    const own = library.caseLibrary.nodes.find((c) => c.operator!.id === 'OP0003')!;
    const threadId: string = own.discussion!.id;

    // `collect` posts the document's text: the answer is typed by the generated subscription type, the variables by `satisfies`.
    const posts = collect(t.ws(tokens.get('OP0005')), POSTS_ADDED, { t: threadId });
    const owner = collect(t.ws(tokens.get('OP0003')), NOTIFICATIONS);
    const bystander = collect(t.ws(tokens.get('OP0005')), NOTIFICATIONS);
    await untilLive(t, 3);

    const refused = await t.gql(POST, { token: tokens.get('OP0007')!, variables: { t: threadId, b: 'An associate asks.' } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const question = (await ok('OP0004', POST, { t: threadId, b: 'How did you handle the ambiguous cap here?', i: { seriesUid: '1.2.392.200036.1', frame: 37 } })).postToThread;
    await ok('OP0003', POST, { t: threadId, b: 'A tapered polymer wire, then a stiff one.', r: question.id });

    const live = await posts.take(2);
    expect(live.map((e) => e.data!.threadPostAdded)).toEqual([
      { id: question.id, body: 'How did you handle the ambiguous cap here?', kind: 'DISCUSSION', author: { name: 'Yuki Tanaka' }, image: { seriesUid: '1.2.392.200036.1', frame: 37 }, replyTo: null },
      { id: expect.any(String), body: 'A tapered polymer wire, then a stiff one.', kind: 'DISCUSSION', author: { name: 'Kenji Sato' }, image: null, replyTo: { id: question.id } },
    ]);
    const [notified] = await owner.take(1);
    expect(notified!.data!.notificationAdded).toEqual({
      kind: 'QUESTION_ASKED',
      post: { id: question.id, body: 'How did you handle the ambiguous cap here?', author: { name: 'Yuki Tanaka' } },
      thread: { case: { registrationNumber: own.registrationNumber } },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(owner.events).toHaveLength(1);
    expect(bystander.events).toHaveLength(0);

    await ok('OP0004', graphql(`mutation DiscussionEdit($p: ID!) { editPost(postId: $p, body: "How did you handle the ambiguous proximal cap?") { id } }`), { p: question.id });
    const read = await ok('OP0005', graphql(`query DiscussionThread($t: ID!) { thread(id: $t) { posts { id body editedAt revisions { body } } } }`), { t: threadId });
    expect(read.thread!.posts.find((p) => p.id === question.id)).toMatchObject({
      body: 'How did you handle the ambiguous proximal cap?',
      editedAt: expect.any(String),
      revisions: [{ body: 'How did you handle the ambiguous cap here?' }],
    });
    for (const s of [posts, owner, bystander]) s.dispose();
  });
});
