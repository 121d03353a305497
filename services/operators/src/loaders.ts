import DataLoader from 'dataloader';
import { lazyLoaders, type Clearable } from '@registry/subgraph-server';
import type { AccountRecord } from './accounts/account-repository.ts';
import type { FacilityRecord } from './facilities/facility-repository.ts';
import type { OperatorRecord } from './operators/operator-repository.ts';
import type { Repositories } from './repositories.ts';

/** Per-request loaders, named key → value; never shared between requests. */
export interface Loaders {
  operatorById: DataLoader<string, OperatorRecord | undefined>;
  facilityById: DataLoader<string, FacilityRecord | undefined>;
  accountById: DataLoader<string, AccountRecord | undefined>;
}

/** The loaders one service reads, by name [#14.7]: its deps hold only those (`only`, in context.ts). */
export type LoadersNamed<N extends readonly (keyof Loaders)[]> = Pick<Loaders, N[number]>;

function byKey<K, V extends { id: K }>(fetch: (keys: readonly K[]) => Promise<V[]>) {
  return async (keys: readonly K[]): Promise<(V | undefined)[]> => {
    const found = new Map((await fetch(keys)).map((v) => [v.id, v]));
    return keys.map((k) => found.get(k));
  };
}

/** The request's loaders, each built on first use; `reset` empties those built (after a commit). */
export function createLoaders(repos: Repositories): { loaders: Loaders; reset: Clearable } {
  return lazyLoaders<Loaders>({
    operatorById: () => new DataLoader(byKey((ids) => repos.operators.byIds(ids))),
    facilityById: () => new DataLoader(byKey((ids) => repos.facilities.byIds(ids))),
    accountById: () => new DataLoader(byKey((ids) => repos.accounts.byIds(ids))),
  });
}
