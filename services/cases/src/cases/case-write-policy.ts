import { can, isCoreLab, mayHold, type Capability, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import type { CaseScope } from './case-policy.ts';

/**
 * Who writes a case: one typed list of the writes, and one table that decides them
 * (docs/architecture.md "Who writes a case"). Reads are decided in case-policy.ts.
 */
export const CaseWrite = {
  SaveForm: 'saveCaseReportForm',
  SubmitForm: 'submitCaseReportForm',
  SignForm: 'signCaseReportForm',
  AnswerQuery: 'answerDataQuery',
  UploadImages: 'startImageUpload',
  RecordFollowUp: 'recordFollowUp',
  MarkLostToFollowUp: 'markLostToFollowUp',
  ReportAdverseEvent: 'reportAdverseEvent',
  RecordDeviation: 'recordProtocolDeviation',
  WithdrawConsent: 'withdrawConsent',
  RecordImageSeries: 'recordImageSeries',
  ReviewHeldImage: 'reviewHeldImage',
  RaiseQuery: 'raiseDataQuery',
  CloseQuery: 'closeDataQuery',
  ReopenQuery: 'reopenDataQuery',
  LockForm: 'lockCaseReportForm',
} as const;
export type CaseWrite = (typeof CaseWrite)[keyof typeof CaseWrite];

/**
 * The three kinds of writer. An operator writes their own cases, never a colleague's of
 * the same facility (DOMAIN.md: "own cases in full"); the facility contact enters data for
 * every case of the facility [R18][R30]; the data center writes only what is its own.
 */
type Writer = 'CASE_OPERATOR' | 'SITE_CONTACT' | 'DATA_CENTER';

const FACILITY: readonly Writer[] = ['CASE_OPERATOR', 'SITE_CONTACT'];
const DATA_CENTER: readonly Writer[] = ['DATA_CENTER'];

export const WRITERS: Readonly<Record<CaseWrite, readonly Writer[]>> = {
  [CaseWrite.SaveForm]: FACILITY,
  [CaseWrite.SubmitForm]: FACILITY,
  // [T14.1] the responsible operator signs; nobody signs for them.
  [CaseWrite.SignForm]: ['CASE_OPERATOR'],
  [CaseWrite.AnswerQuery]: FACILITY,
  // [R18] the facility sends its images; media sent to the data center are `recordImageSeries`.
  [CaseWrite.UploadImages]: FACILITY,
  // [R19] follow-up is the data center's inquiry to the facility contact, or to the patient directly.
  [CaseWrite.RecordFollowUp]: [...FACILITY, 'DATA_CENTER'],
  [CaseWrite.MarkLostToFollowUp]: [...FACILITY, 'DATA_CENTER'],
  [CaseWrite.ReportAdverseEvent]: FACILITY,
  [CaseWrite.RecordDeviation]: FACILITY,
  [CaseWrite.WithdrawConsent]: FACILITY,
  [CaseWrite.RecordImageSeries]: DATA_CENTER,
  [CaseWrite.ReviewHeldImage]: DATA_CENTER,
  [CaseWrite.RaiseQuery]: DATA_CENTER,
  [CaseWrite.CloseQuery]: DATA_CENTER,
  [CaseWrite.ReopenQuery]: DATA_CENTER,
  [CaseWrite.LockForm]: DATA_CENTER,
};

/** Each kind of writer is a capability of the access table (with its relation to the case). */
const CAPABILITY_OF: Readonly<Record<Writer, Capability>> = {
  CASE_OPERATOR: 'case:writeOwn',
  SITE_CONTACT: 'case:writeForFacility',
  DATA_CENTER: 'case:writeAsDataCenter',
};

const WHO: Readonly<Record<Writer, string>> = {
  CASE_OPERATOR: 'the case\'s operator',
  SITE_CONTACT: 'the facility contact',
  DATA_CENTER: 'the data center',
};

const describe = (writers: readonly Writer[]) => writers.map((w) => WHO[w]).join(' or ');

function assertSignedIn(viewer: Viewer): void {
  if (viewer.roles.length === 0 || !viewer.accountId) throw unauthenticated();
}

/**
 * Before anything is looked up: a role that can never make this write is refused, so the
 * refusal says nothing about whether the case exists (docs/errors.md, role before existence).
 */
export function assertRoleMayWrite(viewer: Viewer, action: CaseWrite): void {
  assertSignedIn(viewer);
  const writers = WRITERS[action];
  if (isCoreLab(viewer) || !writers.some((w) => mayHold(viewer, CAPABILITY_OF[w]))) {
    throw forbidden(`${action}: only ${describe(writers)}`);
  }
}

export function canWrite(viewer: Viewer, c: CaseScope, action: CaseWrite): boolean {
  if (viewer.roles.length === 0 || !viewer.accountId || isCoreLab(viewer)) return false;
  return WRITERS[action].some((w) => can(viewer, CAPABILITY_OF[w], c));
}

/** On the locked case row: the viewer is one of this write's writers for this case. */
export function assertCanWrite(viewer: Viewer, c: CaseScope, action: CaseWrite): void {
  assertRoleMayWrite(viewer, action);
  if (!canWrite(viewer, c, action)) throw forbidden(`${action}: only ${describe(WRITERS[action])} of this case`);
}
