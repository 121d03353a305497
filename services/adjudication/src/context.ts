import type { Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import type { Calendar } from '@registry/calendar';
import type { Database } from '@registry/db';
import { UnitOfWork } from '@registry/unit-of-work';
import { CommitteeService } from './committee/committee-service.ts';
import { CriteriaService } from './criteria/criteria-service.ts';
import type { ServiceDeps } from './deps.ts';
import { DiscussionService } from './discussion/discussion-service.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { MatterService } from './matters/matter-service.ts';
import { NotificationService } from './notifications/notification-service.ts';
import type { Repositories } from './repositories.ts';
import { RulingService } from './rulings/ruling-service.ts';
import { VotingService } from './voting/voting-service.ts';

export interface AdjudicationContext {
  viewer: Viewer;
  loaders: Loaders;
  discussion: DiscussionService;
  committee: CommitteeService;
  matters: MatterService;
  voting: VotingService;
  rulings: RulingService;
  criteria: CriteriaService;
  notifications: NotificationService;
}

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(db: Database, bus: EventBus, repos: Repositories, viewer: Viewer, calendar: Calendar): AdjudicationContext {
  const loaders = createLoaders(repos);
  const uow = new UnitOfWork({ db, calendar, actor: viewer.accountId, loaders: Object.values(loaders) });
  const deps: ServiceDeps = { uow, bus, calendar, repos, loaders };
  return {
    viewer,
    loaders,
    discussion: new DiscussionService(viewer, deps),
    committee: new CommitteeService(viewer, deps),
    matters: new MatterService(viewer, deps),
    voting: new VotingService(viewer, deps),
    rulings: new RulingService(viewer, deps),
    criteria: new CriteriaService(viewer, deps),
    notifications: new NotificationService(viewer, deps),
  };
}
