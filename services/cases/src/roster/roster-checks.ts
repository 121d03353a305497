import type { Executor } from '@registry/db';
import { badUserInput, ruleViolation } from '@registry/errors';
import type { RosterRepository } from './roster-repository.ts';

/**
 * [R11][R18] a case is registered for an operator of the facility who may register
 * (certified, associate, or OB): never for an unknown operator ID, nor one of another
 * facility. Read in the registration's own transaction.
 */
export async function assertOperatorOfFacility(tx: Executor, roster: RosterRepository, facilityId: string, operatorId: string, path: readonly (string | number)[]): Promise<void> {
  const operator = await roster.operator(tx, operatorId);
  if (!operator || operator.facilityId !== facilityId) throw ruleViolation('R11', 'This operator is not an operator of the facility', [...path, 'operatorId']);
  if (!operator.registrationAllowed) throw ruleViolation('R11', `An operator who is ${operator.status} no longer registers cases`, [...path, 'operatorId']);
}

/** [R17] a site approval names a facility the operators subgraph has announced. */
export async function assertKnownFacility(executor: Executor | undefined, roster: RosterRepository, facilityId: string, path: readonly (string | number)[]): Promise<void> {
  if (!(await roster.facilityKnown(executor, facilityId))) throw badUserInput('Unknown facility', [...path, 'facilityId']);
}
