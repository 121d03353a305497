import { can, isCoreLab, mayHold, type Viewer } from '@registry/auth';
import { assertCanReadCase, type CaseScope } from '../cases/case-policy.ts';
import type { LoadersNamed } from '../loaders.ts';

/**
 * Matters before the committee [R45][R46]: accepted by the steering committee, in
 * session, or decided. A submitted matter is still with the steering committee (which
 * reads every case anyway); an answered or declined one never reached the committee.
 */
const BEFORE_THE_COMMITTEE = new Set(['ACCEPTED', 'IN_SESSION', 'DECIDED']);

/**
 * Capability `case:readAsCommittee` [R28a][R45]: a member sitting on the adjudication
 * committee reads the case of each matter before it as the library shows it — images,
 * form, official result, the core-lab reads — since they rule on it, external experts
 * included. Decided from the seat the adjudication subgraph announced, never from the
 * token's COMMITTEE_MEMBER role alone: a member whose seat ended reads nothing by it.
 * Never the core lab [R25][R33].
 */
/** The loaders the committee's read reads; a service that asks it lists them among its own. */
export const committeeLoaders = ['committeeSeatByAccount', 'committeeMattersByCase'] as const;
type CommitteeLoaders = LoadersNamed<typeof committeeLoaders>;

export async function canReadAsCommittee(viewer: Viewer, registrationNumber: string, loaders: CommitteeLoaders): Promise<boolean> {
  if (!viewer.accountId || isCoreLab(viewer) || !mayHold(viewer, 'case:readAsCommittee')) return false;
  const seated = Boolean(await loaders.committeeSeatByAccount.load(viewer.accountId))
    && (await loaders.committeeMattersByCase.load(registrationNumber)).some((m) => BEFORE_THE_COMMITTEE.has(m.status));
  return can(viewer, 'case:readAsCommittee', { seated });
}

/** `case:read`: the case policy, and when it refuses, the committee's capability; the policy's refusal otherwise. */
export async function assertCanReadCaseOrAsCommittee(viewer: Viewer, c: CaseScope & { registrationNumber: string }, loaders: CommitteeLoaders): Promise<void> {
  try {
    assertCanReadCase(viewer, c);
  } catch (refusal) {
    if (!(await canReadAsCommittee(viewer, c.registrationNumber, loaders))) throw refusal;
  }
}
