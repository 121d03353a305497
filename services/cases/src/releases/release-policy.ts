import { can, Role, type Capability, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import type { REQUESTER_KINDS } from '../db/schema.ts';

/** Role before existence (docs/errors.md): asked before anything is looked up. */
export function assertMay(viewer: Viewer, capability: Capability, message: string): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!can(viewer, capability)) throw forbidden(message);
}

/**
 * [R21a][R21b][R21c] who is asking: a sponsor (research or another purpose), a researcher
 * (research only), a certified operator (research only). A person with several roles asks
 * as the widest of them.
 */
export function requesterKindOf(viewer: Viewer): (typeof REQUESTER_KINDS)[number] | undefined {
  if (viewer.roles.includes(Role.Sponsor)) return 'SPONSOR';
  if (viewer.roles.includes(Role.Researcher)) return 'RESEARCHER';
  if (viewer.roles.includes(Role.Operator)) return 'CERTIFIED_OPERATOR';
  return undefined;
}

/** Every request: the steering committee, the secretariat and the data center [R39]; a requester sees their own. */
export const readsAllRequests = (viewer: Viewer) => can(viewer, 'release:readAll');
