import { hasAnyRole, Role, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { ruleViolation, unauthenticated } from '@registry/errors';
import { today } from '../calendar.ts';
import type { SteeringRepository } from './steering-repository.ts';

/**
 * Who may take a registry decision. The rules name the body that decides, so a refusal
 * is a `RULE_VIOLATION` citing that rule; an anonymous caller is asked to sign in first.
 */
export function assertRole(viewer: Viewer, roles: readonly Role[], rule: string, message: string): asserts viewer is Viewer & { accountId: string } {
  if (!viewer.accountId || viewer.roles.length === 0) throw unauthenticated();
  if (!hasAnyRole(viewer, roles)) throw ruleViolation(rule, message);
}

/**
 * STEERING decides certification, renewal of the list, thresholds, warnings and
 * revocation [R37][R38]. The token's role is not enough: the member's term must cover
 * today, read in the decision's own transaction, so a term that ended a minute ago
 * decides nothing [R36].
 */
export async function assertSittingSteeringMember(tx: Executor, viewer: Viewer, terms: SteeringRepository, rule: string): Promise<string> {
  const message = 'Only a sitting member of the steering committee may decide this';
  assertRole(viewer, [Role.Steering], rule, message);
  if (!(await terms.isSitting(tx, viewer.accountId, today()))) throw ruleViolation(rule, message);
  return viewer.accountId;
}
