import { publish, type BusEvent } from '@registry/bus';
import type { Executor } from '@registry/db';
import type { PostRecord, ThreadRepository } from './thread-repository.ts';

/** Each thread's posts form one live topic; a post's number there is its cursor. */
export const threadPostsTopic = (threadId: string) => `thread:${threadId}:posts`;

type PostAdded = Omit<PostRecord, 'seq' | 'createdAt' | 'editedAt'> & { createdAt: string };

/**
 * Writes a post and its live event in the caller's transaction: subscribers see exactly
 * the posts that exist, numbered in commit order.
 */
export async function appendPost(tx: Executor, threads: ThreadRepository, post: Omit<PostRecord, 'seq' | 'editedAt'>): Promise<PostRecord> {
  const added: PostAdded = { ...post, createdAt: post.createdAt.toISOString() };
  const event = await publish(tx, threadPostsTopic(post.threadId), 'PostAdded', added);
  const record: PostRecord = { ...post, seq: event.seq, editedAt: null };
  await threads.insertPost(tx, record);
  return record;
}

/** The post an event announced, as it was then (a later edit is read from the database). Events from before posts had kinds are discussion posts. */
export function postOf(event: BusEvent): PostRecord {
  const p = event.payload as Pick<PostAdded, 'id' | 'threadId' | 'authorAccountId' | 'body' | 'createdAt'> & Partial<PostAdded>;
  return {
    id: p.id,
    threadId: p.threadId,
    seq: event.seq,
    kind: p.kind ?? 'DISCUSSION',
    authorAccountId: p.authorAccountId,
    body: p.body,
    replyToPostId: p.replyToPostId ?? null,
    pointId: p.pointId ?? null,
    onBehalfOfOperatorId: p.onBehalfOfOperatorId ?? null,
    imageSeriesUid: p.imageSeriesUid ?? null,
    imageFrame: p.imageFrame ?? null,
    createdAt: new Date(p.createdAt),
    editedAt: null,
  };
}
