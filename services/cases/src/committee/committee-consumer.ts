import { DurableConsumer, type EventBus } from '@registry/bus';
import { adjudicationTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { CommitteeProjectionService } from './committee-projection-service.ts';

/**
 * [R28a][R45] Who sits on the committee and which cases are before it: what lets a member
 * (external experts included) read the case they rule on. Both are the adjudication
 * subgraph's; the cases subgraph only follows them.
 */
export function createCommitteeConsumer(uow: CasesUnitOfWork, bus: EventBus, committee: CommitteeProjectionService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.committee',
    topic: adjudicationTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'CommitteeSeatChanged.v1': (unit, p) => committee.seatChanged(unit, p),
      'MatterStatusChanged.v1': (unit, p) => committee.matterChanged(unit, p),
    },
  });
}
