import { pageSize, parseAfter } from '@registry/subgraph-server';
import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { PostOptions } from './discussion-service.ts';
import type { PostRecord, PostRevisionRecord, ThreadRecord } from './thread-repository.ts';

/** `Thread.posts`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/discussion.graphql. */
const MAX_POSTS_PAGE = 100;

export const discussionResolvers = {
  Query: {
    thread: (_: unknown, args: { id: string }, ctx: AdjudicationContext) => ctx.discussion.thread(args.id),
  },
  Mutation: {
    postToThread: (_: unknown, args: { threadId: string; body: string } & PostOptions, ctx: AdjudicationContext) =>
      ctx.discussion.post(args.threadId, args.body, { replyTo: args.replyTo, image: args.image, pointId: args.pointId }),
    editPost: (_: unknown, args: { postId: string; body: string }, ctx: AdjudicationContext) => ctx.discussion.edit(args.postId, args.body),
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
    case: (thread: ThreadRecord) => (thread.registrationNumber ? { registrationNumber: thread.registrationNumber } : null),
    matter: (thread: ThreadRecord, _: unknown, ctx: AdjudicationContext) => (thread.matterId ? ctx.matters.get(thread.matterId) : null),
    posts: (thread: ThreadRecord, args: { first?: number | null; after?: string | null }, ctx: AdjudicationContext) =>
      ctx.discussion.posts(thread, { first: pageSize(args.first, MAX_POSTS_PAGE), after: parseAfter(args.after ?? undefined) }),
  },
  Post: {
    createdAt: (post: PostRecord) => iso(post.createdAt),
    editedAt: (post: PostRecord) => iso(post.editedAt),
    revisions: (post: PostRecord, _: unknown, ctx: AdjudicationContext) => ctx.discussion.revisions(post),
    author: (post: PostRecord) => ({ id: post.authorAccountId }),
    onBehalfOf: (post: PostRecord) => (post.onBehalfOfOperatorId ? { id: post.onBehalfOfOperatorId } : null),
    thread: (post: PostRecord, _: unknown, ctx: AdjudicationContext) => ctx.discussion.thread(post.threadId),
    replyTo: (post: PostRecord, _: unknown, ctx: AdjudicationContext) => ctx.discussion.postById(post.replyToPostId),
    image: (post: PostRecord) => (post.imageSeriesUid ? { seriesUid: post.imageSeriesUid, frame: post.imageFrame, series: { seriesInstanceUid: post.imageSeriesUid } } : null),
    point: (post: PostRecord, _: unknown, ctx: AdjudicationContext) => ctx.matters.point(post.pointId),
    cursor: (post: PostRecord) => String(post.seq),
  },
  PostRevision: {
    replacedAt: (r: PostRevisionRecord) => iso(r.replacedAt),
  },
};
