import { DurableConsumer, type EventBus } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { RosterService } from './roster-service.ts';

/**
 * Facilities and the operators' roster are the operators subgraph's; this subgraph learns
 * them from its durable events, never its tables, and refuses what it has not heard of:
 * a site approval for an unknown facility [R17], a case for someone who is not an
 * operator of the facility [R11][R18].
 */
export function createRosterConsumer(uow: CasesUnitOfWork, bus: EventBus, roster: RosterService, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.roster',
    topic: operatorsTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'FacilityRegistered.v1': (unit, p, event) => roster.facilityRegistered(unit, p.facilityId, event.seq),
      'OperatorRosterChanged.v1': (unit, p, event) =>
        roster.operatorChanged(unit, { operatorId: p.operatorId, facilityId: p.facilityId, status: p.status, registrationAllowed: p.registrationAllowed }, event.seq),
    },
  });
}
