import DataLoader from 'dataloader';
import { lazyLoaders, type Clearable } from '@registry/subgraph-server';
import type { CaseRef } from './case-projection/case-ref-repository.ts';
import type { Repositories } from './repositories.ts';
import type { PostRecord, PostRevisionRecord, ThreadRecord } from './discussion/thread-repository.ts';
import type { MatterRecord, PointRecord } from './matters/matter-repository.ts';
import type { RulingRecord } from './rulings/ruling-repository.ts';
import type { RoundRecord, VoteRecord } from './voting/vote-repository.ts';

/** Per-request loaders, named key → value; never shared between requests. */
export interface Loaders {
  threadById: DataLoader<string, ThreadRecord | undefined>;
  threadByCase: DataLoader<string, ThreadRecord | undefined>;
  threadByMatter: DataLoader<string, ThreadRecord | undefined>;
  postById: DataLoader<string, PostRecord | undefined>;
  /** A page of a thread's posts, keyed by `postPageKey`: the pages of one request's threads in one statement per page shape. */
  postPage: DataLoader<string, PostRecord[]>;
  revisionsByPost: DataLoader<string, PostRevisionRecord[]>;
  caseRefByNumber: DataLoader<string, CaseRef | undefined>;
  matterById: DataLoader<string, MatterRecord | undefined>;
  mattersByCase: DataLoader<string, MatterRecord[]>;
  pointsByMatter: DataLoader<string, PointRecord[]>;
  pointById: DataLoader<string, PointRecord | undefined>;
  roundsByPoint: DataLoader<string, RoundRecord[]>;
  votesByPoint: DataLoader<string, VoteRecord[]>;
  rulingById: DataLoader<string, RulingRecord | undefined>;
  rulingByMatter: DataLoader<string, RulingRecord | undefined>;
}

/** The loaders one service reads, by name [#14.7]: its deps hold only those (`only`, in context.ts). */
export type LoadersNamed<N extends readonly (keyof Loaders)[]> = Pick<Loaders, N[number]>;

/** One value per key, from one statement for the whole batch. */
function one<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (v: V) => K | null): DataLoader<K, V | undefined> {
  return new DataLoader(async (keys) => {
    const found = new Map((await fetch(keys)).map((v) => [keyOf(v), v]));
    return keys.map((k) => found.get(k));
  });
}

/** Many values per key, from one statement for the whole batch, in the statement's order. */
function many<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (v: V) => K | null): DataLoader<K, V[]> {
  return new DataLoader(async (keys) => {
    const all = await fetch(keys);
    return keys.map((k) => all.filter((v) => keyOf(v) === k));
  });
}

/** The key of one thread's page of posts: the thread, how many, after which post. */
export const postPageKey = (threadId: string, first: number, after: number | undefined) => JSON.stringify([threadId, first, after ?? null]);

/** Pages of several threads: one statement for each (first, after) asked, usually one. */
function postPages(repos: Repositories): DataLoader<string, PostRecord[]> {
  return new DataLoader(async (keys) => {
    const shapes = new Map<string, { first: number; after: number | undefined; threadIds: string[] }>();
    for (const key of keys) {
      const [threadId, first, after] = JSON.parse(key) as [string, number, number | null];
      const shape = `${first}|${after}`;
      const entry = shapes.get(shape) ?? { first, after: after ?? undefined, threadIds: [] };
      entry.threadIds.push(threadId);
      shapes.set(shape, entry);
    }
    const pages = new Map<string, PostRecord[]>();
    await Promise.all(
      [...shapes.values()].map(async ({ first, after, threadIds }) => {
        const rows = await repos.threads.postsPages(threadIds, first, after);
        for (const id of threadIds) pages.set(postPageKey(id, first, after), rows.filter((p) => p.threadId === id));
      }),
    );
    return keys.map((k) => pages.get(k) ?? []);
  });
}

/** The request's loaders, each built on first use; `reset` empties those built (after a commit). */
export function createLoaders(repos: Repositories): { loaders: Loaders; reset: Clearable } {
  return lazyLoaders<Loaders>({
    threadById: () => one((ids) => repos.threads.byIds(ids), (t) => t.id),
    threadByCase: () => one((ns) => repos.threads.byRegistrationNumbers(ns), (t) => t.registrationNumber),
    threadByMatter: () => one((ids) => repos.threads.byMatters(ids), (t) => t.matterId),
    postById: () => one((ids) => repos.threads.postsByIds(ids), (p) => p.id),
    postPage: () => postPages(repos),
    revisionsByPost: () => many((ids) => repos.threads.revisionsOf(ids), (r) => r.postId),
    caseRefByNumber: () => one((ns) => repos.caseRefs.byNumbers(ns), (c) => c.registrationNumber),
    matterById: () => one((ids) => repos.matters.byIds(ids), (m) => m.id),
    mattersByCase: () => many((ns) => repos.matters.byCases(ns), (m) => m.registrationNumber),
    pointsByMatter: () => many((ids) => repos.matters.pointsOf(ids), (p) => p.matterId),
    pointById: () => one((ids) => repos.matters.pointsByIds(ids), (p) => p.id),
    roundsByPoint: () => many((ids) => repos.votes.roundsOf(ids), (r) => r.pointId),
    votesByPoint: () => many((ids) => repos.votes.votesOf(ids), (v) => v.pointId),
    rulingById: () => one((ids) => repos.rulings.byIds(ids), (r) => r.id),
    rulingByMatter: () => one((ids) => repos.rulings.byMatters(ids), (r) => r.matterId),
  });
}
