import { randomUUID } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import { publish, type EventBus } from '@registry/bus';
import { adjudicationTopic, threadPostsTopics } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { badUserInput, forbidden, notFound, requireText, requireUuid, ruleViolation } from '@registry/errors';
import { liveField } from '../live.ts';
import { addNotification } from '../notifications/notification-service.ts';
import { assertNotRecused, assertSignedIn, memberSeat } from '../matters/matter-policy.ts';
import { assertCanPostToCase, assertCanReadDiscussion, assertCanReadThread, readsDiscussionsByRole } from './discussion-policy.ts';
import { appendPost, postOf } from './post-writer.ts';
import type { PostKind, PostRecord, PostRevisionRecord, ThreadRecord, ThreadRepository } from './thread-repository.ts';
import type { UnitOfWork } from '@registry/unit-of-work';
import { postPageKey, type LoadersNamed } from '../loaders.ts';
import type { CommitteeRepository } from '../committee/committee-repository.ts';
import type { MatterRepository } from '../matters/matter-repository.ts';
import type { NotificationRepository } from '../notifications/notification-repository.ts';


export interface PostOptions {
  replyTo?: string | null | undefined;
  image?: { seriesUid: string; frame?: number | null | undefined } | null | undefined;
  pointId?: string | null | undefined;
}

const MAX_SERIES_UID = 200;

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const discussionServiceLoaders = ['caseRefByNumber', 'matterById', 'pointById', 'postById', 'postPage', 'revisionsByPost', 'threadByCase', 'threadById'] as const;

/** What DiscussionService works with, each named [#14.7]. */
export interface DiscussionServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  bus: EventBus;
  loaders: LoadersNamed<typeof discussionServiceLoaders>;
  committee: CommitteeRepository;
  matters: MatterRepository;
  notifications: NotificationRepository;
  threads: ThreadRepository;
}

export class DiscussionService {
  constructor(private readonly deps: DiscussionServiceDeps) {}

  async thread(id: string, path: ReadonlyArray<string> = ['id']): Promise<ThreadRecord | null> {
    const thread = await this.deps.loaders.threadById.load(requireUuid(id, path));
    return this.readable(thread);
  }

  /** Whether what this viewer reads of a case's discussion depends on their roles alone (`readsDiscussionsByRole`) [#17.1]. */
  readsCaseDiscussionsByRole(): boolean {
    return readsDiscussionsByRole(this.deps.viewer);
  }

  async threadOfCase(registrationNumber: string): Promise<ThreadRecord | null> {
    return this.readable(await this.deps.loaders.threadByCase.load(registrationNumber));
  }

  /** The thread of a post or a notification: the database keeps it, so it is refused if unreadable, never null. */
  async threadOf(record: { threadId: string }): Promise<ThreadRecord> {
    const thread = await this.thread(record.threadId);
    if (!thread) throw notFound('Thread');
    return thread;
  }

  /** The post a notification is of: kept by the database like `threadOf`. */
  async postOf(record: { postId: string }): Promise<PostRecord> {
    const post = await this.postById(record.postId);
    if (!post) throw notFound('Post');
    return post;
  }

  /** A page of a thread's posts in order: `first` of them after the post numbered `after`. */
  async posts(thread: ThreadRecord, page: { first: number; after?: number | undefined }): Promise<PostRecord[]> {
    await this.assertReads(thread);
    // Batched: the threads of a page of cases read their posts in one statement.
    return this.deps.loaders.postPage.load(postPageKey(thread.id, page.first, page.after));
  }

  async postById(id: string | null): Promise<PostRecord | null> {
    const post = id === null ? undefined : await this.deps.loaders.postById.load(id);
    const thread = post ? await this.deps.loaders.threadById.load(post.threadId) : undefined;
    return (await this.readable(thread)) && post ? post : null;
  }

  /** Every earlier body of a post: the history is as visible as the post. */
  async revisions(post: PostRecord): Promise<PostRevisionRecord[]> {
    const thread = await this.deps.loaders.threadById.load(post.threadId);
    if (!(await this.readable(thread))) return [];
    return this.deps.loaders.revisionsByPost.load(post.id);
  }

  /** The thread if the viewer may read it; a thread that does not exist is null for whoever reads discussions. */
  private async readable(thread: ThreadRecord | undefined): Promise<ThreadRecord | null> {
    if (!thread) {
      assertCanReadDiscussion(this.deps.viewer);
      return null;
    }
    await this.assertReads(thread);
    return thread;
  }

  private async assertReads(thread: ThreadRecord): Promise<void> {
    if (thread.matterId) {
      const matter = await this.deps.loaders.matterById.load(thread.matterId);
      assertCanReadThread(this.deps.viewer, thread, { matterDecided: matter?.status === 'DECIDED' });
    } else {
      const ref = await this.deps.loaders.caseRefByNumber.load(thread.registrationNumber!);
      assertCanReadThread(this.deps.viewer, thread, { caseOperatorId: ref?.operatorId });
    }
  }

  /**
   * Adds a post under the poster's real name. In a case discussion, certified operators
   * ask [R6] and the case's operator is notified; in a committee group thread, only members
   * in session write [R47], never the case's operator [R49].
   */
  async post(threadId: string, body: string, options: PostOptions = {}): Promise<PostRecord> {
    const thread = await this.thread(threadId, ['threadId']);
    if (!thread) throw notFound('Thread');
    // Who may write here is decided before the post itself is looked at (docs/errors.md).
    if (thread.matterId) return this.postInCommittee(thread, body, options);
    const ref = await this.deps.loaders.caseRefByNumber.load(thread.registrationNumber!);
    assertCanPostToCase(this.deps.viewer, ref?.operatorId);
    const text = requireText(body, ['body'], 'A post’s body');
    const image = this.imageOf(options.image);
    const replyTo = await this.replyTarget(thread, options.replyTo);
    if (options.pointId) throw badUserInput('Points at issue are discussed in the committee’s group thread', ['pointId']);
    return this.deps.uow.run(async ({ tx, now }) => {
      const post = await appendPost(tx, this.deps.threads, this.draft(thread, 'DISCUSSION', text, image, replyTo, null, now));
      if (ref && ref.operatorId !== this.deps.viewer.operatorId) await this.notify(tx, ref.registrationNumber, ref.operatorId, post);
      return post;
    });
  }

  /** Replaces a post's body, keeping the earlier one; the author only, and never in a closed matter's record [R28b]. */
  async edit(postId: string, body: string): Promise<PostRecord> {
    assertSignedIn(this.deps.viewer);
    const post = await this.postById(requireUuid(postId, ['postId']));
    if (!post) throw notFound('Post');
    if (post.authorAccountId !== this.deps.viewer.accountId) throw forbidden('Only the author edits a post');
    const text = requireText(body, ['body'], 'A post’s body');
    const thread = await this.deps.loaders.threadById.load(post.threadId);
    return this.deps.uow.run(async ({ tx, now }) => {
      if (thread?.matterId) {
        const matter = await this.deps.matters.lock(tx, thread.matterId);
        if (matter?.status !== 'IN_SESSION') throw ruleViolation('R28b', 'The discussion of a decided matter is its public record and is not edited');
      }
      const current = await this.deps.threads.lockPost(tx, postId);
      return this.deps.threads.editPost(tx, current!, text, now);
    });
  }

  /** Replays the posts after `after`, then follows the thread live (see EventBus.stream). */
  async postsAdded(threadId: string, after: string | undefined) {
    if (!(await this.thread(threadId, ['threadId']))) throw notFound('Thread');
    return liveField(this.deps.bus, threadPostsTopics.of(threadId), after, 'threadPostAdded', { 'PostAdded.v1': (post, event) => postOf(post, event.seq) });
  }

  private async postInCommittee(thread: ThreadRecord, body: string, options: PostOptions): Promise<PostRecord> {
    const seat = memberSeat(this.deps.viewer, await this.deps.committee.members());
    const text = requireText(body, ['body'], 'A post’s body');
    const image = this.imageOf(options.image);
    const replyTo = await this.replyTarget(thread, options.replyTo);
    const pointId = options.pointId ?? null;
    const matter = await this.deps.loaders.matterById.load(thread.matterId!);
    const ref = matter?.registrationNumber ? await this.deps.loaders.caseRefByNumber.load(matter.registrationNumber) : undefined;
    assertNotRecused(this.deps.viewer, seat, ref?.operatorId);
    if (pointId !== null) {
      const point = await this.deps.loaders.pointById.load(requireUuid(pointId, ['pointId']));
      if (point?.matterId !== thread.matterId) throw badUserInput('Not a point at issue of this matter', ['pointId']);
    }
    return this.deps.uow.run(async ({ tx, now }) => {
      const locked = await this.deps.matters.lock(tx, thread.matterId!);
      if (locked?.status !== 'IN_SESSION') throw ruleViolation('R47', 'Members discuss a matter while it is in session');
      return appendPost(tx, this.deps.threads, this.draft(thread, 'COMMITTEE', text, image, replyTo, pointId, now));
    });
  }

  private draft(thread: ThreadRecord, kind: PostKind, body: string, image: ReturnType<DiscussionService['imageOf']>, replyTo: string | null, pointId: string | null, now: Date) {
    return {
      id: randomUUID(),
      threadId: thread.id,
      kind,
      authorAccountId: this.deps.viewer.accountId!,
      body,
      replyToPostId: replyTo,
      pointId,
      onBehalfOfOperatorId: null,
      imageSeriesUid: image?.seriesUid ?? null,
      imageFrame: image?.frame ?? null,
      createdAt: now,
    };
  }

  /** The case's operator learns of the question: a notification row, and an event for whatever delivers mail later. */
  private async notify(tx: Executor, registrationNumber: string, operatorId: string, post: PostRecord): Promise<void> {
    await addNotification(tx, this.deps.notifications, { id: randomUUID(), operatorId, kind: 'QUESTION_ASKED', threadId: post.threadId, postId: post.id, createdAt: post.createdAt, readAt: null });
    await publish(tx, adjudicationTopic, 'QuestionAsked.v1', { registrationNumber, operatorId, threadId: post.threadId, postId: post.id });
  }

  private async replyTarget(thread: ThreadRecord, replyTo: string | null | undefined): Promise<string | null> {
    if (replyTo === null || replyTo === undefined) return null;
    const target = await this.deps.loaders.postById.load(requireUuid(replyTo, ['replyTo']));
    if (target?.threadId !== thread.id) throw badUserInput('A reply answers a post of the same thread', ['replyTo']);
    return target.id;
  }

  private imageOf(image: PostOptions['image']): { seriesUid: string; frame: number | null } | null {
    if (!image) return null;
    const seriesUid = image.seriesUid.trim();
    if (seriesUid.length === 0 || seriesUid.length > MAX_SERIES_UID) throw badUserInput('An image series is named by its UID', ['image', 'seriesUid']);
    const frame = image.frame ?? null;
    if (frame !== null && (!Number.isInteger(frame) || frame < 0)) throw badUserInput('A frame is a number from 0', ['image', 'frame']);
    return { seriesUid, frame };
  }
}
