import { randomUUID } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import { publish, type BusEvent, type EventBus } from '@registry/bus';
import type { Database } from '@registry/db';
import { badUserInput, notFound } from '@registry/errors';
import { withCursor, type CursorPayload } from '@registry/subgraph-server';
import type { Loaders } from '../loaders.ts';
import { assertCanPost, assertCanReadDiscussion } from './discussion-policy.ts';
import type { PostRecord, ThreadRecord, ThreadRepository } from './thread-repository.ts';

export const MAX_POST_LENGTH = 10_000;

/** Each thread's posts form one live topic; a post's number there is its cursor. */
export const threadPostsTopic = (threadId: string) => `thread:${threadId}:posts`;

type PostAdded = Omit<PostRecord, 'seq' | 'createdAt'> & { createdAt: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class DiscussionService {
  constructor(
    private readonly viewer: Viewer,
    private readonly db: Database,
    private readonly threads: ThreadRepository,
    private readonly loaders: Loaders,
    private readonly bus: EventBus,
  ) {}

  async thread(id: string): Promise<ThreadRecord | null> {
    assertCanReadDiscussion(this.viewer);
    if (!UUID.test(id)) return null;
    return (await this.loaders.threadById.load(id)) ?? null;
  }

  async threadOfCase(registrationNumber: string): Promise<ThreadRecord | null> {
    assertCanReadDiscussion(this.viewer);
    return (await this.loaders.threadByCase.load(registrationNumber)) ?? null;
  }

  async posts(threadId: string): Promise<PostRecord[]> {
    assertCanReadDiscussion(this.viewer);
    return this.loaders.postsByThread.load(threadId);
  }

  /**
   * Adds a post under the poster's real name [R6]. The post row and its live event are
   * written in one transaction: subscribers see exactly the posts that exist.
   */
  async post(threadId: string, body: string): Promise<PostRecord> {
    assertCanPost(this.viewer);
    const text = body.trim();
    if (text.length === 0) throw badUserInput('A post needs a body', ['body']);
    if (text.length > MAX_POST_LENGTH) throw badUserInput(`A post is at most ${MAX_POST_LENGTH} characters`, ['body']);
    if (!(await this.thread(threadId))) throw notFound('Thread');
    const post = { id: randomUUID(), threadId, authorAccountId: this.viewer.accountId!, body: text, createdAt: new Date() };
    return this.db.transaction(async (tx) => {
      const added: PostAdded = { ...post, createdAt: post.createdAt.toISOString() };
      const event = await publish(tx, threadPostsTopic(threadId), 'PostAdded', added);
      const record = { ...post, seq: event.seq };
      await this.threads.insertPost(tx, record);
      return record;
    });
  }

  /** Replays the posts after `after`, then follows the thread live (see EventBus.stream). */
  async postsAdded(threadId: string, after: string | undefined): Promise<AsyncIterable<CursorPayload>> {
    assertCanReadDiscussion(this.viewer);
    const position = after === undefined ? undefined : parsePosition(after);
    if (!(await this.thread(threadId))) throw notFound('Thread');
    const stream = this.bus.stream(threadPostsTopic(threadId), { after: position });
    return {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          const next = await stream.next();
          return next.done ? next : { done: false, value: withCursor('threadPostAdded', toPost(next.value), next.value.seq) };
        },
        return: async () => {
          await stream.return();
          return { done: true, value: undefined };
        },
      }),
    };
  }
}

function parsePosition(after: string): number {
  const n = Number(after);
  if (!/^\d{1,15}$/.test(after) || !Number.isSafeInteger(n)) throw badUserInput('Not a cursor of this thread', ['after']);
  return n;
}

function toPost(event: BusEvent): PostRecord {
  const p = event.payload as PostAdded;
  return { ...p, seq: event.seq, createdAt: new Date(p.createdAt) };
}
