import { publish } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { DatabaseHandle } from '@registry/db';
import { DEMO_OPERATORS, mayRegister } from '@registry/operators';

/** The demo facilities, as the operators subgraph announces them. */
export const DEMO_FACILITIES = ['F001', 'F002', 'F003', 'F004', 'F005'];

/**
 * The cases subgraph alone has no operators subgraph beside it: this publishes what the
 * operators' seed would (`FacilityRegistered`, `OperatorRosterChanged` for the demo
 * people), then the caller lets the consumers apply it (`service.catchUp()`).
 */
export async function announceDemoRoster(handle: DatabaseHandle, service: { catchUp(): Promise<void> }): Promise<void> {
  await handle.db.transaction(async (tx) => {
    for (const facilityId of DEMO_FACILITIES) await publish(tx, operatorsTopic, 'FacilityRegistered.v1', { facilityId });
    for (const op of DEMO_OPERATORS) {
      await publish(tx, operatorsTopic, 'OperatorRosterChanged.v1', { operatorId: op.id, facilityId: op.facilityId, status: op.status, registrationAllowed: mayRegister(op.status) });
    }
  });
  await service.catchUp();
}
