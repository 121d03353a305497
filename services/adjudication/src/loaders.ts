import DataLoader from 'dataloader';
import type { PostRecord, ThreadRecord, ThreadRepository } from './discussion/thread-repository.ts';

/** Per-request loaders, named key → value; never shared between requests. */
export interface Loaders {
  threadById: DataLoader<string, ThreadRecord | undefined>;
  threadByCase: DataLoader<string, ThreadRecord | undefined>;
  postsByThread: DataLoader<string, PostRecord[]>;
}

export function createLoaders(repos: { threads: ThreadRepository }): Loaders {
  return {
    threadById: new DataLoader(async (ids) => {
      const found = new Map((await repos.threads.byIds(ids)).map((t) => [t.id, t]));
      return ids.map((id) => found.get(id));
    }),
    threadByCase: new DataLoader(async (numbers) => {
      const found = new Map((await repos.threads.byRegistrationNumbers(numbers)).map((t) => [t.registrationNumber, t]));
      return numbers.map((n) => found.get(n));
    }),
    postsByThread: new DataLoader(async (threadIds) => {
      const all = await repos.threads.postsOf(threadIds);
      return threadIds.map((id) => all.filter((p) => p.threadId === id));
    }),
  };
}
