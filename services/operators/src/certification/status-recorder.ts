import type { OperatorsUnit } from '../audit/audit-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import { announceRoster } from '../operators/roster-events.ts';
import type { Transition } from './certification-machine.ts';

export interface RecordedTransition {
  operatorId: string;
  transition: Transition;
  effectiveOn: string;
  reason: string;
}

/**
 * Applies a status change in the caller's unit of work: the operator's status, its history
 * row (from, to, when, who, why, which rule) and its audit entry, by the unit's actor (the
 * steering member, the secretariat, or the operator who declined) at the unit's instant. A
 * status change changes the operator's roles at the next login, so it is audited as a role
 * change too, and it is announced: the cases subgraph's roster follows it [R11].
 */
export async function recordTransition(unit: OperatorsUnit, repos: { operators: OperatorRepository }, t: RecordedTransition): Promise<void> {
  const { tx } = unit;
  const { from, to, rule } = t.transition;
  await repos.operators.changeStatus(tx, { operatorId: t.operatorId, from, to, effectiveOn: t.effectiveOn, decidedBy: unit.requireActor(), reason: t.reason, rule, at: unit.now });
  await unit.audit(t.operatorId, [{ action: 'STATUS_CHANGED', detail: { from, to, rule, reason: t.reason, effectiveOn: t.effectiveOn } }]);
  const [operator] = await repos.operators.byIdsIn(tx, [t.operatorId]);
  if (operator) await announceRoster(tx, operator);
}
