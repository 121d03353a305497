import { publish } from '@registry/bus';
import { operatorsTopic } from '@registry/contracts';
import type { OperatorsUnit } from '../audit/audit-repository.ts';
import type { SteeringRepository, SteeringTermRecord } from './steering-repository.ts';

/**
 * Records a term, audits the role change and announces it, all in the caller's unit of
 * work, recorded by its actor (none for the seed and the bootstrap): the event exists if
 * and only if the term does.
 */
export async function saveAndAnnounceTerm(
  unit: OperatorsUnit,
  repos: { steering: SteeringRepository },
  term: Omit<SteeringTermRecord, 'id' | 'recordedBy'>,
): Promise<SteeringTermRecord> {
  const { tx } = unit;
  const saved = await repos.steering.insert(tx, { ...term, recordedBy: unit.actor ?? null });
  await unit.audit(term.accountId, [{ action: 'ROLE_CHANGED', detail: { role: 'STEERING', from: term.startsOn, to: term.endsOn, resolution: term.resolution } }]);
  // The adjudication subgraph seats every current member on its committee [R44].
  await publish(tx, operatorsTopic, 'SteeringTermsChanged.v1', { accountId: term.accountId, from: term.startsOn, to: term.endsOn });
  return saved;
}
