import type { EventBus } from '@registry/bus';
import type { Calendar } from '@registry/calendar';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { Repositories } from './repositories.ts';
import type { Loaders } from './loaders.ts';

/**
 * What every service of one request shares: the unit of work every write goes through
 * (one transaction, one instant, the viewer as actor, the loaders emptied after commit),
 * the bus, repositories, the request's loaders, and the registry's calendar for reads.
 */
export interface ServiceDeps {
  uow: UnitOfWork;
  bus: EventBus;
  calendar: Calendar;
  repos: Repositories;
  loaders: Loaders;
}
