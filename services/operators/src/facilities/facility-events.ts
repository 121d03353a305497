import { publish } from '@registry/bus';
import type { Executor } from '@registry/db';
import { OPERATORS_TOPIC } from '../steering/steering-events.ts';

/**
 * Contract (topic `operators`): a facility joined the registry. Facilities are the
 * operators subgraph's; the others learn of them by this event and refuse unknown ones
 * (the cases subgraph's site approval [R17]). Registry identifiers only.
 */
export interface FacilityRegistered {
  facilityId: string;
}

export async function announceFacility(tx: Executor, facilityId: string): Promise<void> {
  const event: FacilityRegistered = { facilityId };
  await publish(tx, OPERATORS_TOPIC, 'FacilityRegistered', event);
}
