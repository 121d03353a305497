import type { Database } from '@registry/db';
import { CaseRefRepository } from './case-projection/case-ref-repository.ts';
import { CommitteeRepository } from './committee/committee-repository.ts';
import { CriteriaRepository } from './criteria/criteria-repository.ts';
import { ThreadRepository } from './discussion/thread-repository.ts';
import { MatterRepository } from './matters/matter-repository.ts';
import { NotificationRepository } from './notifications/notification-repository.ts';
import { RulingRepository } from './rulings/ruling-repository.ts';
import { SteeringTermRepository } from './steering/steering-term-repository.ts';
import { VoteRepository } from './voting/vote-repository.ts';

/** Every repository of the subgraph, stateless: built once per process. */
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
