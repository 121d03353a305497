import { publish } from '@registry/bus';
import type { Executor } from '@registry/db';
import { OPERATORS_TOPIC } from '../steering/steering-events.ts';
import { OperatorStatus } from './operator-status.ts';

/**
 * Contract (topic `operators`): where an operator stands, each time that changes. A later
 * event for the same `operatorId` replaces the earlier one. The cases subgraph keeps the
 * roster from these and refuses a registration for someone who is not an operator of the
 * facility, or may not register [R11][R18].
 */
export interface OperatorRosterChanged {
  operatorId: string;
  facilityId: string;
  status: OperatorStatus;
  /** Certified operators and associates register [R11]; an OB may go on registering [R10]. */
  registrationAllowed: boolean;
}

const REGISTERING: readonly OperatorStatus[] = [OperatorStatus.Certified, OperatorStatus.Associate, OperatorStatus.Ob];

export function mayRegister(status: OperatorStatus): boolean {
  return REGISTERING.includes(status);
}

/** Announces an operator's status and facility in the caller's transaction. */
export async function announceRoster(tx: Executor, operator: { id: string; facilityId: string; status: OperatorStatus }): Promise<void> {
  const event: OperatorRosterChanged = { operatorId: operator.id, facilityId: operator.facilityId, status: operator.status, registrationAllowed: mayRegister(operator.status) };
  await publish(tx, OPERATORS_TOPIC, 'OperatorRosterChanged', event);
}
