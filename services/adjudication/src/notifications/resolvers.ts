import type { Resolvers } from '../generated/resolvers.ts';
import { requireUuid } from '@registry/errors';
import { pageRequest } from '@registry/subgraph-server';

/** `myNotifications`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/notifications.graphql. */
const MAX_NOTIFICATIONS_PAGE = 100;

export const notificationResolvers: Resolvers = {
  Query: {
    myNotifications: (_, args, ctx) =>
      ctx.notifications.mine(args.unreadOnly ?? false, pageRequest(args, MAX_NOTIFICATIONS_PAGE, requireUuid)),
  },
  Mutation: {
    markNotificationRead: (_, args, ctx) => ctx.notifications.markRead(args.id),
  },
  Subscription: {
    notificationAdded: {
      subscribe: (_, args, ctx) => ctx.notifications.added(args.after ?? undefined),
    },
  },
  Notification: {
    thread: (n, _, ctx) => ctx.discussion.threadOf(n),
    post: (n, _, ctx) => ctx.discussion.postOf(n),
    read: (n) => n.readAt !== null,
    cursor: (n) => (n.seq === null ? null : String(n.seq)),
  },
};
