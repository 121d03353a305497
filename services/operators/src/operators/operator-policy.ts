import { can, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden } from '@registry/errors';
import { OperatorStatus } from './operator-status.ts';
import type { OperatorRecord } from './operator-repository.ts';

/**
 * Who may see an operator. A certified operator's name and facility are public [R12];
 * any other status is visible to the registry's own signed-in people and to the operator.
 * A viewer holding a core-lab role sees no operator at all, by any path, entity
 * references included: the core lab reads blind [R25][R33].
 */
export function canSeeOperator(viewer: Viewer, operator: OperatorRecord): boolean {
  if (isCoreLab(viewer)) return false;
  if (operator.status === OperatorStatus.Certified) return true;
  if (can(viewer, 'operator:readOwn', { operatorId: operator.id })) return true;
  return can(viewer, 'person:readName');
}

/** A person (post author, committee member) is named to the registry's people, never to the core lab [R6][R25]. */
export function canSeePerson(viewer: Viewer): boolean {
  return !isCoreLab(viewer) && can(viewer, 'person:readName');
}

/** An operator's status history: the operator, and the staff who decide and keep the records [R34][R37]. */
export function canReadHistory(viewer: Viewer, operatorId: string): boolean {
  if (isCoreLab(viewer)) return false;
  return can(viewer, 'operator:readOwn', { operatorId }) || can(viewer, 'operator:readHistory');
}

/**
 * The public pages (certified operators, published revocations) are open to anyone but a
 * signed-in core-lab account: a reader holds no operator name by any path of the
 * supergraph, so nothing it reads can be matched to one [R25][R33].
 */
export function assertNotCoreLab(viewer: Viewer): void {
  if (isCoreLab(viewer)) throw forbidden('The core lab reads blind: no operator names');
}
