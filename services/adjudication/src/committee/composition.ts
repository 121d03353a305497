import type { CommitteeSeat } from './committee-repository.ts';

/** [R44] at least four certified operators and four external experts. */
export const MIN_CERTIFIED_OPERATORS = 4;
export const MIN_EXTERNAL_EXPERTS = 4;

export interface SeatedMember {
  accountId: string;
  seat: CommitteeSeat;
  isChair: boolean;
}

/**
 * Whether the committee may sit [R43][R44]: a chair appointed by the steering committee,
 * every current steering member seated, at least four certified operators and four
 * external experts. `currentSteering` is the steering committee as the operators subgraph
 * announces it (`SteeringTermsChanged`); while nothing has been announced, the STEERING
 * seats are all we know of it, so at least one must be filled.
 *
 * Returns what is missing, in words a chair can act on; empty when the committee may sit.
 */
export function compositionShortfalls(members: readonly SeatedMember[], currentSteering: readonly string[] | undefined): string[] {
  const missing: string[] = [];
  const chairs = members.filter((m) => m.isChair).length;
  if (chairs === 0) missing.push('a chair appointed by the steering committee [R43]');
  const seated = new Set(members.map((m) => m.accountId));
  if (currentSteering === undefined) {
    if (!members.some((m) => m.seat === 'STEERING')) missing.push('the steering committee members [R44]');
  } else {
    const absent = currentSteering.filter((id) => !seated.has(id));
    if (absent.length > 0) missing.push(`${absent.length} current steering member(s) not seated (${absent.join(', ')}) [R44]`);
  }
  const operators = members.filter((m) => m.seat === 'CERTIFIED_OPERATOR').length;
  if (operators < MIN_CERTIFIED_OPERATORS) {
    missing.push(`${MIN_CERTIFIED_OPERATORS - operators} more certified operator(s): ${operators} of at least ${MIN_CERTIFIED_OPERATORS} [R44]`);
  }
  const experts = members.filter((m) => m.seat === 'EXTERNAL_EXPERT').length;
  if (experts < MIN_EXTERNAL_EXPERTS) {
    missing.push(`${MIN_EXTERNAL_EXPERTS - experts} more external expert(s): ${experts} of at least ${MIN_EXTERNAL_EXPERTS} [R44]`);
  }
  return missing;
}
