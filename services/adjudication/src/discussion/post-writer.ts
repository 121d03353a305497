import { publish } from '@registry/bus';
import { threadPostsTopics, type Payload } from '@registry/contracts';
import type { Executor } from '@registry/db';
import type { PostRecord, ThreadRepository } from './thread-repository.ts';

type PostAdded = Payload<typeof threadPostsTopics.events, 'PostAdded.v1'>;

/**
 * Writes a post and its live event in the caller's transaction: subscribers see exactly
 * the posts that exist, numbered in commit order; a post's number on its thread's topic is
 * its cursor.
 */
export async function appendPost(tx: Executor, threads: ThreadRepository, post: Omit<PostRecord, 'seq' | 'editedAt'>): Promise<PostRecord> {
  const event = await publish(tx, threadPostsTopics.of(post.threadId), 'PostAdded.v1', { ...post, createdAt: post.createdAt.toISOString() });
  const record: PostRecord = { ...post, seq: event.seq, editedAt: null };
  await threads.insertPost(tx, record);
  return record;
}

/** The post an event announced, as it was then (a later edit is read from the database). */
export function postOf(p: PostAdded, seq: number): PostRecord {
  return { ...p, seq, createdAt: new Date(p.createdAt), editedAt: null };
}
