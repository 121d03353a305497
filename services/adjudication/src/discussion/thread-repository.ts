import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { postRevisions, posts, threads, type POST_KINDS } from '../db/schema.ts';

/** A thread: a case's discussion [R6] (`registrationNumber`) or a matter's committee group [R47] (`matterId`). */
export type ThreadRecord = Pick<typeof threads.$inferSelect, 'id' | 'registrationNumber' | 'matterId'>;

export type PostKind = (typeof POST_KINDS)[number];

/** A post as its table holds it. */
export type PostRecord = typeof posts.$inferSelect;

/** An earlier body of an edited post. */
export type PostRevisionRecord = typeof postRevisions.$inferSelect;

const threadColumns = { id: threads.id, registrationNumber: threads.registrationNumber, matterId: threads.matterId };

export class ThreadRepository {
  constructor(private readonly db: Executor) {}

  /** Opens a case's discussion thread; a second call for the same case does nothing. */
  async openForCase(tx: Executor, registrationNumber: string): Promise<void> {
    await tx.insert(threads).values({ id: randomUUID(), registrationNumber }).onConflictDoNothing();
  }

  byIds(ids: readonly string[]): Promise<ThreadRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.select(threadColumns).from(threads).where(inArray(threads.id, [...ids]));
  }

  byRegistrationNumbers(numbers: readonly string[]): Promise<ThreadRecord[]> {
    if (numbers.length === 0) return Promise.resolve([]);
    return this.db.select(threadColumns).from(threads).where(inArray(threads.registrationNumber, [...numbers]));
  }

  byMatters(matterIds: readonly string[]): Promise<ThreadRecord[]> {
    if (matterIds.length === 0) return Promise.resolve([]);
    return this.db.select(threadColumns).from(threads).where(inArray(threads.matterId, [...matterIds]));
  }

  /** Opens a matter's committee group thread [R47]. */
  async openForMatter(tx: Executor, matterId: string): Promise<ThreadRecord> {
    const thread = { id: randomUUID(), registrationNumber: null, matterId };
    await tx.insert(threads).values(thread);
    return thread;
  }

  /**
   * A page of several threads' posts in one statement: each thread's first `limit` posts
   * after the post numbered `after`, in order, read by the (thread_id, seq) key, so a long
   * thread costs only its page [#15.1] and a page of cases one statement, not one per thread.
   */
  async postsPages(threadIds: readonly string[], limit: number, after: number | undefined): Promise<PostRecord[]> {
    if (threadIds.length === 0) return [];
    const ranked = this.db
      .select({ id: posts.id, rank: sql<number>`row_number() over (partition by ${posts.threadId} order by ${posts.seq})`.as('rank') })
      .from(posts)
      .where(and(inArray(posts.threadId, [...threadIds]), after === undefined ? undefined : gt(posts.seq, after)))
      .as('ranked');
    const rows = await this.db
      .select({ post: posts })
      .from(posts)
      .innerJoin(ranked, eq(ranked.id, posts.id))
      .where(lte(ranked.rank, limit))
      .orderBy(asc(posts.threadId), asc(posts.seq));
    return rows.map((r) => r.post);
  }

  async postsByIds(ids: readonly string[], ex: Executor = this.db): Promise<PostRecord[]> {
    if (ids.length === 0) return [];
    return ex.select().from(posts).where(inArray(posts.id, [...ids]));
  }

  /** Reads a post and locks it: edits of one post happen one at a time, their revisions numbered in order. */
  async lockPost(tx: Executor, id: string): Promise<PostRecord | undefined> {
    const [row] = await tx.select().from(posts).where(eq(posts.id, id)).for('update');
    return row;
  }

  async insertPost(tx: Executor, post: PostRecord): Promise<void> {
    await tx.insert(posts).values(post);
  }

  /** Replaces a post's body and keeps the earlier one as the next revision. */
  async editPost(tx: Executor, post: PostRecord, body: string, at: Date): Promise<PostRecord> {
    await tx.insert(postRevisions).values({
      postId: post.id,
      revision: sql`(select coalesce(max(${postRevisions.revision}), 0) + 1 from ${postRevisions} where ${postRevisions.postId} = ${post.id})`,
      body: post.body,
      replacedAt: at,
    });
    await tx.update(posts).set({ body, editedAt: at }).where(eq(posts.id, post.id));
    return { ...post, body, editedAt: at };
  }

  async revisionsOf(postIds: readonly string[]): Promise<PostRevisionRecord[]> {
    if (postIds.length === 0) return [];
    return this.db
      .select({ postId: postRevisions.postId, revision: postRevisions.revision, body: postRevisions.body, replacedAt: postRevisions.replacedAt })
      .from(postRevisions)
      .where(inArray(postRevisions.postId, [...postIds]))
      .orderBy(asc(postRevisions.revision));
  }
}
