import type { Executor } from '@registry/db';
import type { AccountRepository } from '../accounts/account-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import { announceRoster } from '../operators/roster-events.ts';
import type { Transition } from './certification-machine.ts';

export interface RecordedTransition {
  operatorId: string;
  transition: Transition;
  effectiveOn: string;
  decidedBy: string | null;
  reason: string;
  /** The unit's instant. */
  at: Date;
}

/**
 * Applies a status change: the operator's status, its history row (from, to, when, who,
 * why, which rule) and an audit row, all in the caller's transaction. A status change
 * changes the operator's roles at the next login, so it is audited as a role change too,
 * and it is announced: the cases subgraph's roster follows it [R11].
 */
export async function recordTransition(tx: Executor, repos: { operators: OperatorRepository; accounts: AccountRepository }, t: RecordedTransition): Promise<void> {
  await repos.operators.changeStatus(tx, {
    operatorId: t.operatorId,
    from: t.transition.from,
    to: t.transition.to,
    effectiveOn: t.effectiveOn,
    decidedBy: t.decidedBy,
    reason: t.reason,
    rule: t.transition.rule,
    at: t.at,
  });
  await repos.accounts.audit(tx, {
    actorAccountId: t.decidedBy,
    action: 'STATUS_CHANGED',
    subject: t.operatorId,
    detail: { from: t.transition.from, to: t.transition.to, rule: t.transition.rule, reason: t.reason, effectiveOn: t.effectiveOn },
  });
  const [operator] = await repos.operators.byIdsIn(tx, [t.operatorId]);
  if (operator) await announceRoster(tx, operator);
}

