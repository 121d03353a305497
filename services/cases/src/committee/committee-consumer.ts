import { DurableConsumer, type EventBus } from '@registry/bus';
import { adjudicationTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { Repositories } from '../repositories.ts';

/**
 * [R28a][R45] Who sits on the committee and which cases are before it: what lets a member
 * (external experts included) read the case they rule on. Both are the adjudication
 * subgraph's; the cases subgraph only follows them.
 */
export function createCommitteeConsumer(uow: CasesUnitOfWork, bus: EventBus, repos: Repositories, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.committee',
    topic: adjudicationTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'CommitteeSeatChanged.v1': async ({ tx }, p) => {
        if (p.sitting) await repos.committee.seat(tx, { accountId: p.accountId, seat: p.seat, since: p.on });
        else await repos.committee.endSeat(tx, p.accountId);
      },
      'MatterStatusChanged.v1': async ({ tx }, p) => {
        if (p.registrationNumber) await repos.committee.matter(tx, { matterId: p.matterId, registrationNumber: p.registrationNumber, status: p.to });
      },
    },
  });
}
