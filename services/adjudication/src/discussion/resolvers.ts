import type { Resolvers } from '../generated/resolvers.ts';
import { answerIsPrivate, pageSize, parseAfter } from '@registry/subgraph-server';

/** `Thread.posts`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/discussion.graphql. */
const MAX_POSTS_PAGE = 100;

export const discussionResolvers: Resolvers = {
  Query: {
    thread: (_, args, ctx) => ctx.discussion.thread(args.id),
  },
  Mutation: {
    postToThread: (_, args, ctx) =>
      ctx.discussion.post(args.threadId, args.body, { replyTo: args.replyTo, image: args.image, pointId: args.pointId }),
    editPost: (_, args, ctx) => ctx.discussion.edit(args.postId, args.body),
  },
  Subscription: {
    threadPostAdded: {
      subscribe: (_, args, ctx) =>
        ctx.discussion.postsAdded(args.threadId, args.after ?? undefined),
    },
  },
  Case: {
    __resolveReference: (ref) => ref,
    discussion: (ref, _, ctx, info) => {
      // [#17.1] Read as the case's own operator rather than by role: not for another viewer of these roles.
      if (!ctx.discussion.readsCaseDiscussionsByRole()) answerIsPrivate(info);
      return ctx.discussion.threadOfCase(ref.registrationNumber);
    },
  },
  Thread: {
    case: (thread) => (thread.registrationNumber ? { registrationNumber: thread.registrationNumber } : null),
    matter: (thread, _, ctx) => (thread.matterId ? ctx.matters.get(thread.matterId) : null),
    posts: (thread, args, ctx, info) => {
      // [#17.1][R47] A committee group thread is read by seat and matter: never kept by the gateway.
      if (thread.matterId) answerIsPrivate(info);
      return ctx.discussion.posts(thread, { first: pageSize(args.first, MAX_POSTS_PAGE), after: parseAfter(args.after ?? undefined) });
    },
  },
  Post: {
    revisions: (post, _, ctx) => ctx.discussion.revisions(post),
    author: (post) => ({ id: post.authorAccountId }),
    onBehalfOf: (post) => (post.onBehalfOfOperatorId ? { id: post.onBehalfOfOperatorId } : null),
    thread: (post, _, ctx) => ctx.discussion.threadOf(post),
    replyTo: (post, _, ctx) => ctx.discussion.postById(post.replyToPostId),
    image: (post) => (post.imageSeriesUid ? { seriesUid: post.imageSeriesUid, frame: post.imageFrame, series: { seriesInstanceUid: post.imageSeriesUid } } : null),
    point: (post, _, ctx) => ctx.matters.point(post.pointId),
    cursor: (post) => String(post.seq),
  },
  PostRevision: {
  },
};
