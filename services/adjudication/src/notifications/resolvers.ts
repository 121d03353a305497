import { requireUuid } from '@registry/errors';
import { pageRequest, type PageArgs } from '@registry/subgraph-server';
import type { AdjudicationContext } from '../context.ts';
import { iso } from '../iso.ts';
import type { NotificationRecord } from './notification-repository.ts';

type Ctx = AdjudicationContext;

/** `myNotifications`' maximum page: its `@listSize(assumedSize:)` in schema/adjudication/notifications.graphql. */
const MAX_NOTIFICATIONS_PAGE = 100;

export const notificationResolvers = {
  Query: {
    myNotifications: (_: unknown, args: { unreadOnly?: boolean | null } & PageArgs, ctx: Ctx) =>
      ctx.notifications.mine(args.unreadOnly ?? false, pageRequest(args, MAX_NOTIFICATIONS_PAGE, requireUuid)),
  },
  Mutation: {
    markNotificationRead: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.notifications.markRead(args.id),
  },
  Subscription: {
    notificationAdded: {
      subscribe: (_: unknown, args: { after?: string | null }, ctx: Ctx) => ctx.notifications.added(args.after ?? undefined),
    },
  },
  Notification: {
    thread: (n: NotificationRecord, _: unknown, ctx: Ctx) => ctx.discussion.thread(n.threadId),
    post: (n: NotificationRecord, _: unknown, ctx: Ctx) => ctx.discussion.postById(n.postId),
    createdAt: (n: NotificationRecord) => iso(n.createdAt),
    read: (n: NotificationRecord) => n.readAt !== null,
  },
};
