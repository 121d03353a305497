import type { Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import type { Calendar } from '@registry/calendar';
import type { Database } from '@registry/db';
import { lazy, only } from '@registry/subgraph-server';
import { UnitOfWork } from '@registry/unit-of-work';
import { CommitteeService } from './committee/committee-service.ts';
import { CriteriaService, criteriaServiceLoaders } from './criteria/criteria-service.ts';
import { DiscussionService, discussionServiceLoaders } from './discussion/discussion-service.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { MatterService, matterServiceLoaders } from './matters/matter-service.ts';
import { NotificationService } from './notifications/notification-service.ts';
import type { Repositories } from './repositories.ts';
import { RulingService, rulingServiceLoaders } from './rulings/ruling-service.ts';
import { VotingService, votingServiceLoaders } from './voting/voting-service.ts';

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

/**
 * One request's context: its viewer, its loaders and its services, each built when a
 * resolver first touches it and given the collaborators it uses, by name (docs/architecture.md,
 * "Services meet through named collaborators") [#14.7].
 */
export function createContext(db: Database, bus: EventBus, repos: Repositories, viewer: Viewer, calendar: Calendar): AdjudicationContext {
  const { loaders, reset } = createLoaders(repos);
  // Every write of the request: one transaction, one instant (the one clock of its services), the viewer as actor, the loaders emptied after commit.
  const uow = new UnitOfWork({ db, calendar, actor: viewer.accountId, loaders: [reset] });
  const { threads, caseRefs, committee, steeringTerms, matters, votes, rulings, criteria, notifications } = repos;
  return lazy<AdjudicationContext>({
    viewer: () => viewer,
    loaders: () => loaders,
    discussion: () => new DiscussionService({ viewer, uow, bus, loaders: only(loaders, discussionServiceLoaders), committee, matters, notifications, threads }),
    committee: () => new CommitteeService({ viewer, uow, committee, steeringTerms }),
    matters: () => new MatterService({ viewer, uow, bus, loaders: only(loaders, matterServiceLoaders), committee, matters, steeringTerms, threads, votes }),
    voting: () => new VotingService({ viewer, uow, bus, loaders: only(loaders, votingServiceLoaders), caseRefs, committee, matters, votes }),
    rulings: () => new RulingService({ viewer, uow, loaders: only(loaders, rulingServiceLoaders), committee, matters, rulings }),
    criteria: () => new CriteriaService({ viewer, uow, loaders: only(loaders, criteriaServiceLoaders), committee, criteria }),
    notifications: () => new NotificationService({ viewer, uow, bus, notifications }),
  });
}
