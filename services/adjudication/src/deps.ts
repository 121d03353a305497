import type { EventBus } from '@registry/bus';
import type { Calendar } from '@registry/calendar';
import type { Database, Transaction } from '@registry/db';
import type { Repositories } from './repositories.ts';
import type { Loaders } from './loaders.ts';

/**
 * What every service of one request shares: the database, the bus, repositories, the
 * request's loaders, and the registry's calendar (every "now" and "today", in Japan).
 */
export interface ServiceDeps {
  db: Database;
  bus: EventBus;
  calendar: Calendar;
  repos: Repositories;
  loaders: Loaders;
}

/**
 * A mutation's one transaction. Afterwards the request's loaders are emptied: what they
 * cached before the change (a matter's status, a point's round) must not shape the answer.
 */
export async function transact<T>(deps: ServiceDeps, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const result = await deps.db.transaction((tx) => work(tx as unknown as Transaction));
  for (const loader of Object.values(deps.loaders)) loader.clearAll();
  return result;
}
