import { publish } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { OperatorStatus } from './operator-status.ts';

const REGISTERING: readonly OperatorStatus[] = [OperatorStatus.Certified, OperatorStatus.Associate, OperatorStatus.Ob];

export function mayRegister(status: OperatorStatus): boolean {
  return REGISTERING.includes(status);
}

/**
 * Announces an operator's status and facility in the caller's transaction: the cases
 * subgraph keeps the roster from these and refuses a registration for someone who is not
 * an operator of the facility, or may not register [R11][R18].
 */
export async function announceRoster(tx: Executor, operator: { id: string; facilityId: string; status: OperatorStatus }): Promise<void> {
  await publish(tx, operatorsTopic, 'OperatorRosterChanged.v1', { operatorId: operator.id, facilityId: operator.facilityId, status: operator.status, registrationAllowed: mayRegister(operator.status) });
}
