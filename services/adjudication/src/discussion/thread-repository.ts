import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '@registry/db';
import { posts, threads } from '../db/schema.ts';

export interface ThreadRecord {
  id: string;
  registrationNumber: string;
}

export interface PostRecord {
  id: string;
  threadId: string;
  seq: number;
  authorAccountId: string;
  body: string;
  createdAt: Date;
}

const threadColumns = { id: threads.id, registrationNumber: threads.registrationNumber };
const postColumns = {
  id: posts.id,
  threadId: posts.threadId,
  seq: posts.seq,
  authorAccountId: posts.authorAccountId,
  body: posts.body,
  createdAt: posts.createdAt,
};

export class ThreadRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<ThreadRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.select(threadColumns).from(threads).where(inArray(threads.id, [...ids]));
  }

  byRegistrationNumbers(numbers: readonly string[]): Promise<ThreadRecord[]> {
    if (numbers.length === 0) return Promise.resolve([]);
    return this.db.select(threadColumns).from(threads).where(inArray(threads.registrationNumber, [...numbers]));
  }

  /** Posts of many threads in one statement, in thread order. */
  postsOf(threadIds: readonly string[]): Promise<PostRecord[]> {
    if (threadIds.length === 0) return Promise.resolve([]);
    return this.db.select(postColumns).from(posts).where(inArray(posts.threadId, [...threadIds])).orderBy(asc(posts.seq));
  }

  async insertPost(tx: Executor, post: PostRecord): Promise<void> {
    await tx.insert(posts).values(post);
  }
}
