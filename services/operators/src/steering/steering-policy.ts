import { can, mayHold, type Capability, type Viewer } from '@registry/auth';
import type { LocalDate } from '@registry/calendar';
import type { Executor } from '@registry/db';
import { forbidden, unauthenticated } from '@registry/errors';
import type { SteeringRepository } from './steering-repository.ts';

/**
 * Who may take a registry decision. A role that may not call a mutation is told
 * FORBIDDEN before anything it names is looked up (docs/errors.md: role before
 * existence). An anonymous caller is asked to sign in first.
 */
export function assertCan(viewer: Viewer, capability: Capability, message: string): asserts viewer is Viewer & { accountId: string } {
  if (!viewer.accountId || viewer.roles.length === 0) throw unauthenticated();
  if (!mayHold(viewer, capability)) throw forbidden(message);
}

/**
 * STEERING decides certification, renewal of the list, thresholds, warnings and
 * revocation [R37][R38]. The token's role is not enough: the member's term must cover
 * `today`, read in the decision's own transaction, so a term that ended a minute ago
 * decides nothing [R36]. Not sitting is a matter of who the caller is: FORBIDDEN.
 */
const SITTING = 'Only a sitting member of the steering committee may decide this';

/** The token's part of the steering check, before any input is read or record looked up. */
export function assertSteeringRole(viewer: Viewer): asserts viewer is Viewer & { accountId: string } {
  assertCan(viewer, 'steering:decide', SITTING);
}

export async function assertSittingSteeringMember(tx: Executor, viewer: Viewer, terms: SteeringRepository, today: LocalDate): Promise<string> {
  assertSteeringRole(viewer);
  if (!can(viewer, 'steering:decide', { sitting: await terms.isSitting(tx, viewer.accountId, today) })) throw forbidden(SITTING);
  return viewer.accountId;
}
