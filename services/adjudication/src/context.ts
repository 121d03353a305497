import type { Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import type { Calendar } from '@registry/calendar';
import type { Database } from '@registry/db';
import { CaseRefRepository } from './case-projection/case-ref-repository.ts';
import { CommitteeRepository } from './committee/committee-repository.ts';
import { CommitteeService } from './committee/committee-service.ts';
import { CriteriaRepository } from './criteria/criteria-repository.ts';
import { CriteriaService } from './criteria/criteria-service.ts';
import type { ServiceDeps } from './deps.ts';
import { DiscussionService } from './discussion/discussion-service.ts';
import { ThreadRepository } from './discussion/thread-repository.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { MatterRepository } from './matters/matter-repository.ts';
import { MatterService } from './matters/matter-service.ts';
import { NotificationRepository } from './notifications/notification-repository.ts';
import { NotificationService } from './notifications/notification-service.ts';
import { RulingRepository } from './rulings/ruling-repository.ts';
import { RulingService } from './rulings/ruling-service.ts';
import { SteeringTermRepository } from './steering/steering-term-repository.ts';
import { VoteRepository } from './voting/vote-repository.ts';
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

export interface Repositories {
  threads: ThreadRepository;
  caseRefs: CaseRefRepository;
  committee: CommitteeRepository;
  steeringTerms: SteeringTermRepository;
  matters: MatterRepository;
  votes: VoteRepository;
  rulings: RulingRepository;
  criteria: CriteriaRepository;
  notifications: NotificationRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    threads: new ThreadRepository(db),
    caseRefs: new CaseRefRepository(db),
    committee: new CommitteeRepository(db),
    steeringTerms: new SteeringTermRepository(db),
    matters: new MatterRepository(db),
    votes: new VoteRepository(db),
    rulings: new RulingRepository(db),
    criteria: new CriteriaRepository(db),
    notifications: new NotificationRepository(db),
  };
}

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(db: Database, bus: EventBus, repos: Repositories, viewer: Viewer, calendar: Calendar): AdjudicationContext {
  const loaders = createLoaders(repos);
  const deps: ServiceDeps = { db, bus, calendar, repos, loaders };
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
