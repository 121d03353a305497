import { publish } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { Executor } from '@registry/db';

/**
 * A facility joined the registry. Facilities are the operators subgraph's; the others
 * learn of them by this event and refuse unknown ones (the cases subgraph's site approval
 * [R17]). Registry identifiers only.
 */
export async function announceFacility(tx: Executor, facilityId: string): Promise<void> {
  await publish(tx, operatorsTopic, 'FacilityRegistered.v1', { facilityId });
}
