import { can, isCoreLab, type Viewer } from '@registry/auth';
import { publish, type EventBus } from '@registry/bus';
import { operatorNotificationsTopics } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { forbidden, notFound, requireUuid } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import { liveField } from '../live.ts';
import { assertSignedIn } from '../matters/matter-policy.ts';
import type { NotificationRecord, NotificationRepository } from './notification-repository.ts';
import type { UnitOfWork } from '@registry/unit-of-work';

/** Whoever can be the operator of a case is told of its questions [R6]. */

/** Records a notification and announces it to its operator, in the caller's transaction. */
export async function addNotification(tx: Executor, repo: NotificationRepository, n: Omit<NotificationRecord, 'seq'>): Promise<void> {
  const added = { id: n.id, operatorId: n.operatorId, kind: n.kind, threadId: n.threadId, postId: n.postId, createdAt: n.createdAt.toISOString() };
  const event = await publish(tx, operatorNotificationsTopics.of(n.operatorId), 'NotificationAdded.v1', added);
  // Its number on the operator's topic is its cursor, as a post's on its thread's.
  await repo.insert(tx, { ...n, seq: event.seq });
}

/** What NotificationService works with, each named [#14.7]. */
export interface NotificationServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  bus: EventBus;
  notifications: NotificationRepository;
}

/** An operator's own notifications: someone asked about one of their cases [R6]. */
export class NotificationService {
  constructor(private readonly deps: NotificationServiceDeps) {}

  async mine(unreadOnly: boolean, page: PageRequest): Promise<NotificationRecord[]> {
    return this.deps.notifications.forOperator(this.operatorId(), unreadOnly, page);
  }

  async markRead(id: string): Promise<NotificationRecord> {
    const operatorId = this.operatorId();
    requireUuid(id, ['id']);
    const marked = await this.deps.uow.run(({ tx, now }) => this.deps.notifications.markRead(tx, id, operatorId, now));
    if (!marked) throw notFound('Notification');
    return marked;
  }

  /** The viewer's own notifications as they arrive: a personal field, keyed by person at the gateway. */
  added(after: string | undefined) {
    return liveField(this.deps.bus, operatorNotificationsTopics.of(this.operatorId()), after, 'notificationAdded', {
      'NotificationAdded.v1': (p, event): NotificationRecord => ({ ...p, createdAt: new Date(p.createdAt), readAt: null, seq: event.seq }),
    });
  }

  /**
   * Role first, then existence for that person (docs/errors.md): notifications are for
   * operators of any status [R6][R10][R11], each seeing only their own; anyone else is
   * refused whatever they name, and an operator is told only that theirs is not found.
   */
  private operatorId(): string {
    assertSignedIn(this.deps.viewer);
    if (!this.deps.viewer.operatorId || isCoreLab(this.deps.viewer) || !can(this.deps.viewer, 'notification:read')) throw forbidden('Notifications are for operators');
    return this.deps.viewer.operatorId;
  }
}
