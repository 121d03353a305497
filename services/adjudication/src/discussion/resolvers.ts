import type { AdjudicationContext } from '../context.ts';
import type { PostRecord, ThreadRecord } from './thread-repository.ts';

export const discussionResolvers = {
  Query: {
    thread: (_: unknown, args: { id: string }, ctx: AdjudicationContext) => ctx.discussion.thread(args.id),
  },
  Mutation: {
    postToThread: (_: unknown, args: { threadId: string; body: string }, ctx: AdjudicationContext) =>
      ctx.discussion.post(args.threadId, args.body),
  },
  Subscription: {
    threadPostAdded: {
      subscribe: (_: unknown, args: { threadId: string; after?: string | null }, ctx: AdjudicationContext) =>
        ctx.discussion.postsAdded(args.threadId, args.after ?? undefined),
    },
  },
  Case: {
    __resolveReference: (ref: { registrationNumber: string }) => ref,
    discussion: (ref: { registrationNumber: string }, _: unknown, ctx: AdjudicationContext) =>
      ctx.discussion.threadOfCase(ref.registrationNumber),
  },
  Thread: {
    case: (thread: ThreadRecord) => ({ registrationNumber: thread.registrationNumber }),
    posts: (thread: ThreadRecord, _: unknown, ctx: AdjudicationContext) => ctx.discussion.posts(thread.id),
  },
  Post: {
    createdAt: (post: PostRecord) => post.createdAt.toISOString(),
    author: (post: PostRecord) => ({ id: post.authorAccountId }),
    thread: (post: PostRecord, _: unknown, ctx: AdjudicationContext) => ctx.discussion.thread(post.threadId),
    cursor: (post: PostRecord) => String(post.seq),
  },
};
