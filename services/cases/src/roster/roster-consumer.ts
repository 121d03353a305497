import { DurableConsumer, type BusEvent, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import type { RosterRepository } from './roster-repository.ts';

/** The operators subgraph's topic and the two contracts this module reads (docs/architecture.md). */
export const OPERATORS_TOPIC = 'operators';

interface FacilityRegistered {
  facilityId: string;
}

interface OperatorRosterChanged {
  operatorId: string;
  facilityId: string;
  status: string;
  registrationAllowed: boolean;
}

/**
 * Facilities and the operators' roster are the operators subgraph's; this subgraph learns
 * them from its durable events, never its tables, and refuses what it has not heard of:
 * a site approval for an unknown facility [R17], a case for someone who is not an
 * operator of the facility [R11][R18].
 */
export function createRosterConsumer(handle: DatabaseHandle, bus: EventBus, roster: RosterRepository, logger: Logger) {
  return new DurableConsumer(
    handle,
    bus,
    'cases.roster',
    OPERATORS_TOPIC,
    async (tx, event: BusEvent) => {
      if (event.type === 'FacilityRegistered') {
        await roster.recordFacility(tx, (event.payload as FacilityRegistered).facilityId, event.seq);
      } else if (event.type === 'OperatorRosterChanged') {
        const p = event.payload as OperatorRosterChanged;
        await roster.recordOperator(tx, { operatorId: p.operatorId, facilityId: p.facilityId, status: p.status, registrationAllowed: p.registrationAllowed }, event.seq);
      }
    },
    (err) => logger.error({ err }, 'roster consumer failed; will retry'),
  );
}
