/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** [T9.5] 転帰. */
export type AdverseEventOutcome =
  | 'DEATH'
  | 'IMPROVED'
  | 'NOT_RECOVERED'
  | 'RECOVERED'
  | 'RECOVERED_WITH_SEQUELAE'
  | 'UNKNOWN';

/** [T9.5] その他の処置. */
export type AdverseEventTreatment =
  | 'DRUG'
  | 'NONE'
  | 'OTHER';

export type AnnualReportStatus =
  /** Computed now from the official results, as presenting it today would adopt. */
  | 'DRAFT'
  /** Presented by the secretariat: frozen, the figures never change [R27][R41]. */
  | 'PRESENTED';

export type ApplicationInput = {
  applicantName: string;
  ctoExperience: number;
  facilityId: string | number;
  /**
   * The operator IDs (術者ID) of the certified operators asked to recommend the applicant
   * [R11]: each CERTIFIED, none twice, none the applicant, at most 5. The application waits
   * on each one's home page for their letter.
   */
  recommenderIds?: Array<string | number> | null | undefined;
};

export type ApplicationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** [T9.5] 因果関係 (with the procedure). */
export type Causality =
  | 'NOT_RELATED'
  | 'RELATED';

/** Written consent [R16]; follow-up consent only for domestic cases [R19]. */
export type ConsentInput = {
  /** Long-term follow-up (domestic cases only). */
  followUpConsented: boolean;
  /** Publication of the images for education. */
  imagePublicationConsented: boolean;
  obtainedOn: string;
};

export type ContinuationAnswer =
  | 'CONTINUE'
  /** → OB at once. */
  | 'DECLINE';

/** A facility's contract with the CTO-PCI expert council [R17]. */
export type ContractStatus =
  /** No contract is needed for this facility. */
  | 'NOT_REQUIRED'
  /** A contract is needed and not yet signed: the facility cannot register. */
  | 'PENDING'
  | 'SIGNED';

export type CoreLabJudgementInput = {
  bending: boolean;
  bluntStump: boolean;
  calcification: boolean;
  ctoStatus: CtoStatus;
  dissection: boolean;
  noReflow: boolean;
  occlusionLength20mm: boolean;
  perforation: CoreLabPerforation;
  /** Percent of diameter, 0–100. */
  residualStenosis: number;
  retryLesion: boolean;
  sideBranchLoss: boolean;
  technicalSuccess: boolean;
  timiAfter: number;
  /** TIMI flow 0–3. */
  timiBefore: number;
};

/** Perforation as the core lab reads it (Ellis class), NONE when there is none. */
export type CoreLabPerforation =
  | 'ELLIS_I'
  | 'ELLIS_II'
  | 'ELLIS_III'
  | 'ELLIS_III_CAVITY_SPILLING'
  | 'NONE';

export type CoreLabStatus =
  /** Waiting for the two independent reads [R26]. */
  | 'AWAITING_READS'
  /** The reads disagree; the supervisor decides the discordant fields [R26]. */
  | 'AWAITING_SUPERVISOR'
  /** The official result [R27]. */
  | 'FINAL';

export type CtoStatus =
  | 'CTO_CONFIRMED'
  | 'NOT_ELIGIBLE'
  | 'SUBTOTAL';

export type DataRequestDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CHANGES';

export type DataRequestInput = {
  /** The plan needs full dates; otherwise dates are reduced to year and month. */
  fullDates: boolean;
  items: Array<string>;
  plan: string;
  /** The confidentiality pledge, accepted [R21a]. */
  pledgeAccepted: boolean;
  purpose: DataRequestPurpose;
  recipientName: string;
  /** The recipient's age X25519 public key (age1…). */
  recipientPublicKey: string;
  title: string;
  years: Array<number>;
};

/** Research, or (a sponsor only) another purpose [R21b][R21c]. */
export type DataRequestPurpose =
  | 'OTHER'
  | 'RESEARCH';

export type DataRequestStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'REJECTED'
  | 'RELEASED'
  | 'SUBMITTED';

/** Who asks for data [R21a][R21b][R21c]. */
export type DataRequesterKind =
  | 'CERTIFIED_OPERATOR'
  | 'RESEARCHER'
  | 'SPONSOR';

export type DecideMatterInput = {
  /** The answer to the objector or to whoever asked [R24][R45]. */
  answer: string;
  /** The decision, in a sentence or two. */
  decision: string;
  matterId: string | number;
  /** The reasoning: the chair's summary of the discussion [R45c]. */
  reasoning: string;
  /** Changes to the case's official core-lab result, for an objection upheld [R28a]. */
  resultChanges?: Array<ResultChangeInput> | null | undefined;
};

export type EligibilityInput = {
  exclusion: ExclusionInput;
  inclusion: InclusionInput;
};

/** Exclusion criteria: each must be no [T5.3]. */
export type ExclusionInput = {
  acuteCoronarySyndromeCulprit: boolean;
  declinedDataUse: boolean;
};

export type FacilityInput = {
  /** 施設ID, `F` and three or more digits; the next free number when omitted. */
  id?: string | number | null | undefined;
  location: string;
  name: string;
  prefecture: string;
};

/** [T14.1] DRAFT while the site enters; SUBMITTED (changes need a reason); LOCKED by the data center. */
export type FormState =
  | 'DRAFT'
  | 'LOCKED'
  | 'SUBMITTED';

export type ImageLinkInput = {
  /** 0-based frame within the series. */
  frame?: number | null | undefined;
  seriesUid: string;
};

export type ImageUploadState =
  | 'DONE'
  /** The request broke off; what was stored before stays stored. */
  | 'FAILED'
  /** Announced; no bytes yet. */
  | 'OPEN'
  | 'RECEIVING';

/** Inclusion criteria: each must be yes [T5.3]. */
export type InclusionInput = {
  adult: boolean;
  nativeCoronaryArtery: boolean;
  occlusionAtLeastThreeMonths: boolean;
  timiZeroFlow: boolean;
};

export type JctoCategory =
  | 'DIFFICULT'
  | 'EASY'
  | 'INTERMEDIATE'
  | 'VERY_DIFFICULT';

export type MatterStatus =
  /** Taken by the committee; the chair may declare a session [R45][R46]. */
  | 'ACCEPTED'
  /** Answered by the steering committee without the committee [R45]. */
  | 'ANSWERED'
  /** Decided; the ruling is published [R24][R28b]. */
  | 'DECIDED'
  /** Not taken, with a reason [R45]. */
  | 'DECLINED'
  /** In session: points at issue, discussion and votes [R46][R48]. */
  | 'IN_SESSION'
  /** Awaiting the steering committee's screening [R45]. */
  | 'SUBMITTED';

export type NotificationKind =
  /** Someone asked in the discussion of one of your cases [R6]. */
  | 'QUESTION_ASKED';

/** Where an operator stands in the registry's certification life [R10][R11]. */
export type OperatorStatus =
  | 'APPLICANT'
  | 'ASSOCIATE'
  | 'CERTIFIED'
  | 'ENDED'
  | 'OB'
  | 'REJECTED'
  | 'REVOKED';

export type PatientIdentificationInput = {
  birthDate: string;
  /** The facility's patient identification code [R30]. */
  code: string;
  initials: string;
};

export type PointDecision =
  | 'ADOPTED'
  | 'REJECTED';

export type PostKind =
  /** A committee member in the committee's group thread [R47]. */
  | 'COMMITTEE'
  /** A question or answer in a case discussion [R6]. */
  | 'DISCUSSION'
  /**
   * The recused case operator's opinion, relayed by the steering committee or the
   * secretariat and shown as such [R49].
   */
  | 'OPERATOR_OPINION';

export type PublishCriteriaVersionInput = {
  body: string;
  /** YYYY-MM-DD, not before today: criteria are never retroactive. */
  effectiveFrom: string;
  rulingId?: string | number | null | undefined;
  title: string;
};

export type RegisterCaseInput = {
  /** Required; a missing consent is refused with its field path [R16]. */
  consent?: ConsentInput | null | undefined;
  domestic: boolean;
  eligibility: EligibilityInput;
  facilityId: string | number;
  operatorId: string | number;
  patient: PatientIdentificationInput;
  procedureDate: string;
  vessel: Vessel;
};

export type RenewalOutcome =
  /** A second consecutive year under 50: the secretariat asks whether to continue [R10]. */
  | 'ASK_TO_CONTINUE'
  /** A third year under 50 after the question: → OB [R10]. */
  | 'BECOMES_OB'
  /** A first year under 50. */
  | 'LEAN'
  /** 50 or more: nothing changes. */
  | 'MET'
  /**
   * Under 50 in the year the operator was certified (or returned from OB): not a whole year
   * as a certified operator, so never a lean year [R10].
   */
  | 'NOT_JUDGED'
  | 'REMAINS_OB'
  /** An OB operator reached 50: → CERTIFIED [R10]. */
  | 'RETURNS_CERTIFIED';

export type ReportAdverseEventInput = {
  causality: Causality;
  name: string;
  onsetOn: string;
  otherTreatment: AdverseEventTreatment;
  outcome: AdverseEventOutcome;
  outcomeOn?: string | null | undefined;
  registrationNumber: string;
  /** Serious when any criterion applies [T9.6.1]; empty for a non-serious event. */
  seriousnessCriteria: Array<SeriousnessCriterion>;
  severity: Severity;
};

/** ANTEGRADE: only antegrade strategies were tried. RETROGRADE: a retrograde attempt, alone or after antegrade ones (from the form). */
export type ReportApproach =
  | 'ANTEGRADE'
  | 'NOT_RECORDED'
  | 'RETROGRADE';

/** What a complication figure counts. The angiographic ones are the official result's; the in-hospital events are the form's. */
export type ReportComplication =
  | 'ACCESS_SITE_COMPLICATION'
  /** Any angiographic complication of the official result (perforation, no-reflow, dissection, or one a ruling found). */
  | 'ANGIOGRAPHIC'
  | 'CONTRAST_NEPHROPATHY'
  | 'DEATH'
  | 'DISSECTION'
  | 'DONOR_VESSEL_INJURY'
  | 'EMERGENCY_CABG'
  | 'MYOCARDIAL_INFARCTION'
  | 'NO_REFLOW'
  | 'PERFORATION'
  | 'PERFORATION_ELLIS_I'
  | 'PERFORATION_ELLIS_II'
  | 'PERFORATION_ELLIS_III'
  | 'PERFORATION_ELLIS_III_CAVITY_SPILLING'
  | 'STROKE'
  | 'TAMPONADE';

export type ResultChangeInput = {
  field: ResultField;
  to: boolean;
};

export type ResultField =
  | 'COMPLICATION'
  | 'INDICATION_APPROPRIATE'
  | 'PROCEDURE_SUCCESS'
  | 'TECHNICAL_SUCCESS';

export type ReviewStatus =
  | 'CERTIFIED'
  | 'ENDED'
  | 'PENDING'
  | 'STAYED';

export type RevocationGround =
  /** Intentional exclusion of unfavourable cases, after verification; published [R10]. */
  | 'EXCLUDED_UNFAVOURABLE_CASES'
  /** Failing to register all own cases [R50b]. */
  | 'INCOMPLETE_REGISTRATION'
  /** A warned operator whose next year did not improve [R15][R38]. */
  | 'NO_IMPROVEMENT_AFTER_WARNING';

export type RevocationInput = {
  decisionRecord: string;
  ground: RevocationGround;
  operatorId: string | number;
  reason: string;
  /** For NO_IMPROVEMENT_AFTER_WARNING: the warning (the latest when omitted). */
  warningId?: string | number | null | undefined;
};

/** Roles of DOMAIN.md "Who uses it". A person may hold several. */
export type Role =
  /** 準認定術者: an associate operator [R11]. */
  | 'ASSOCIATE'
  | 'COMMITTEE_CHAIR'
  /** CTO疑義判定委員会 [R43]. */
  | 'COMMITTEE_MEMBER'
  | 'CORE_LAB_READER'
  | 'CORE_LAB_SUPERVISOR'
  /** データセンター [R32]. */
  | 'DATA_CENTER'
  /** A former operator [R10]. */
  | 'OB'
  /** 認定術者: a certified operator. */
  | 'OPERATOR'
  | 'RESEARCHER'
  /** 研究事務局 [R34]. */
  | 'SECRETARIAT'
  /** 施設連絡担当者: enters data for one facility [R18][R30]. */
  | 'SITE_CONTACT'
  | 'SPONSOR'
  /** 運営委員会 [R36]. */
  | 'STEERING';

export type RoundOutcome =
  | 'ADOPTED'
  | 'REJECTED'
  /** Opinions differ after the first round: the secretariat asks every member again [R48]. */
  | 'SPLIT';

/** [T9.6.1] what makes an adverse event serious. */
export type SeriousnessCriterion =
  | 'COMPARABLE_SEVERITY'
  | 'CONGENITAL_ANOMALY'
  | 'DEATH'
  | 'DISABILITY'
  | 'HOSPITALIZATION'
  | 'LIFE_THREATENING'
  | 'RISK_OF_DISABILITY';

/** [T9.5] 重症度. */
export type Severity =
  | 'MILD'
  | 'MODERATE'
  | 'SEVERE';

export type SignatureMeaning =
  /** The responsible operator confirms the form is correct and complete (作成したCRFに誤りがないことを確認). */
  | 'APPROVED_AS_CORRECT';

export type SiteApprovalInput = {
  approvalNumber: string;
  contractStatus: ContractStatus;
  ethicsApprovedOn: string;
  /** The facility's id in the operators subgraph, e.g. F001. */
  facilityId: string | number;
};

export type StartImageUploadInput = {
  /** The size about to be sent, for the fraction received: whole bytes, at most 20 GiB (21474836480). */
  bytesExpected?: number | null | undefined;
  /** The series slot: PRE_PROCEDURE_ANGIO, CTO_PCI_ANGIO, IVUS, ADDITIONAL_ANGIO or ADDITIONAL_IVUS. */
  kind: string;
  registrationNumber: string;
};

export type TallyEvent =
  | 'ROUND_CLOSED'
  | 'SECOND_ROUND_CALLED'
  | 'VOTE_CAST';

/** The coronary vessel of the occlusion. */
export type Vessel =
  | 'LAD'
  | 'LCX'
  | 'LM'
  | 'RCA';

export type VoteChoice =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

export type CommitteeCaseReadMutationVariables = Exact<{
  n: string;
  j: CoreLabJudgementInput;
}>;


export type CommitteeCaseReadMutation = { submitCoreLabRead: { status: CoreLabStatus } };

export type CommitteeCaseMatterQueryVariables = Exact<{
  m: string | number;
}>;


export type CommitteeCaseMatterQuery = { matter: { status: MatterStatus, case: { registrationNumber: string, caseReportForm: { state: FormState }, officialResult: { outcomes: { technicalSuccess: boolean } } | null, coreLabReads: Array<{ criteriaVersion: number, judgement: { technicalSuccess: boolean } }> | null, images: Array<{ seriesInstanceUid: string }> } | null } | null };

export type CommitteeCaseCaseQueryVariables = Exact<{
  n: string;
}>;


export type CommitteeCaseCaseQuery = { case: { registrationNumber: string } | null };

export type CommitteeCaseViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeCaseViewerQuery = { viewer: { id: string } | null };

export type CommitteeCaseAcceptMutationVariables = Exact<{
  m: string | number;
}>;


export type CommitteeCaseAcceptMutation = { screenMatter: { status: MatterStatus } };

export type CommitteeCaseAssignmentsQueryVariables = Exact<{
  n: string;
}>;


export type CommitteeCaseAssignmentsQuery = { coreLabCase: { assignments: Array<{ readerId: string }> | null } | null };

export type CommitteeCaseRaiseMutationVariables = Exact<{
  n: string;
}>;


export type CommitteeCaseRaiseMutation = { raiseObjection: { id: string } };

export type CommitteeCaseRegisterMutationVariables = Exact<{
  i: RegisterCaseInput;
}>;


export type CommitteeCaseRegisterMutation = { registerCase: { registrationNumber: string } };

export type CommitteeCaseStartUploadMutationVariables = Exact<{
  i: StartImageUploadInput;
}>;


export type CommitteeCaseStartUploadMutation = { startImageUpload: { stowUrl: string } };

export type CommitteeCaseAskDataCenterMutationVariables = Exact<{
  n?: string | null | undefined;
}>;


export type CommitteeCaseAskDataCenterMutation = { askDataCenterQuestion: { id: string } };

export type CommitteeCaseImagesQueryVariables = Exact<{
  m: string | number;
}>;


export type CommitteeCaseImagesQuery = { matter: { case: { registrationNumber: string, caseReportForm: { state: FormState }, images: Array<{ kind: string, seriesInstanceUid: string }> } | null } | null };

export type CommitteeCaseRemoveMemberMutationVariables = Exact<{
  a: string | number;
}>;


export type CommitteeCaseRemoveMemberMutation = { removeCommitteeMember: { shortfalls: Array<string> } };

export type CommitteeJourneyTallySubscriptionVariables = Exact<{
  m: string | number;
  after?: string | null | undefined;
}>;


export type CommitteeJourneyTallySubscription = { matterTallyUpdated: { event: TallyEvent, pointNumber: number, round: number, decision: PointDecision | null, cursor: string, tally: { yes: number, no: number, abstain: number, cast: number, eligible: number, complete: boolean, outcome: RoundOutcome, tie: boolean } } };

export type CommitteeJourneyStatusSubscriptionVariables = Exact<{
  m?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommitteeJourneyStatusSubscription = { matterStatusChanged: { matterId: string, from: MatterStatus | null, to: MatterStatus, cursor: string, case: { registrationNumber: string } | null } };

export type CommitteeJourneyVoteMutationVariables = Exact<{
  p: string | number;
  c: VoteChoice;
}>;


export type CommitteeJourneyVoteMutation = { castVote: { id: string } };

export type CommitteeJourneyReadMutationVariables = Exact<{
  n: string;
  j: CoreLabJudgementInput;
}>;


export type CommitteeJourneyReadMutation = { submitCoreLabRead: { status: CoreLabStatus, reads: Array<{ criteriaVersion: number }> } };

export type CommitteeJourneyAssignmentsQueryVariables = Exact<{
  n: string;
}>;


export type CommitteeJourneyAssignmentsQuery = { coreLabCase: { assignments: Array<{ readerId: string }> | null } | null };

export type CommitteeJourneyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeJourneyViewerQuery = { viewer: { id: string } | null };

export type CommitteeJourneyOfficialResultQueryVariables = Exact<{
  n: string;
}>;


export type CommitteeJourneyOfficialResultQuery = { case: { officialResult: { criteriaVersion: number, outcomes: { technicalSuccess: boolean } } | null } | null };

export type CommitteeJourneyRaiseMutationVariables = Exact<{
  n: string;
}>;


export type CommitteeJourneyRaiseMutation = { raiseObjection: { id: string, status: MatterStatus } };

export type CommitteeJourneyDeclareEarlyMutationVariables = Exact<{
  m: string | number;
}>;


export type CommitteeJourneyDeclareEarlyMutation = { declareSession: { id: string } };

export type CommitteeJourneyScreenMutationVariables = Exact<{
  m: string | number;
}>;


export type CommitteeJourneyScreenMutation = { screenMatter: { status: MatterStatus } };

export type CommitteeJourneyDeclareMutationVariables = Exact<{
  m: string | number;
}>;


export type CommitteeJourneyDeclareMutation = { declareSession: { status: MatterStatus } };

export type CommitteeJourneyPointsMutationVariables = Exact<{
  m: string | number;
}>;


export type CommitteeJourneyPointsMutation = { postPointsAtIssue: { pointsAtIssue: Array<{ id: string }>, committeeThread: { id: string } | null } };

export type CommitteeJourneyCaseMattersQueryVariables = Exact<{
  n: string;
}>;


export type CommitteeJourneyCaseMattersQuery = { case: { matters: Array<{ id: string, status: MatterStatus, pointsAtIssue: Array<{ number: number, text: string }> }> } | null };

export type CommitteeJourneySecondRoundMutationVariables = Exact<{
  p: string | number;
}>;


export type CommitteeJourneySecondRoundMutation = { callSecondRound: { currentRound: number } };

export type CommitteeJourneyHiddenVotesQueryVariables = Exact<{
  m: string | number;
}>;


export type CommitteeJourneyHiddenVotesQuery = { matter: { pointsAtIssue: Array<{ rounds: Array<{ votes: Array<{ choice: VoteChoice }> | null }> }> } | null };

export type CommitteeJourneyDecideMutationVariables = Exact<{
  i: DecideMatterInput;
}>;


export type CommitteeJourneyDecideMutation = { decideMatter: { id: string, resultChanges: Array<{ field: ResultField, from: boolean | null, to: boolean }> } };

export type CommitteeJourneyPublicRulingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeJourneyPublicRulingsQuery = { rulings: Array<{ id: string, registrationNumber: string | null, decision: string, reasoning: string, answer: string, matter: { status: MatterStatus, pointsAtIssue: Array<{ decision: PointDecision | null, rounds: Array<{ tally: { yes: number, no: number } }> }> } }> };

export type CommitteeJourneyVoteRecordQueryVariables = Exact<{
  m: string | number;
}>;


export type CommitteeJourneyVoteRecordQuery = { matter: { pointsAtIssue: Array<{ rounds: Array<{ votes: Array<{ choice: VoteChoice, member: { name: string } }> | null }> }> } | null };

export type CommitteeJourneyPublishCriteriaMutationVariables = Exact<{
  i: PublishCriteriaVersionInput;
}>;


export type CommitteeJourneyPublishCriteriaMutation = { publishCriteriaVersion: { version: number, effectiveFrom: string, ruling: { id: string } | null } };

export type CommitteeJourneyChangedResultQueryVariables = Exact<{
  n: string;
}>;


export type CommitteeJourneyChangedResultQuery = { case: { officialResult: { outcomes: { technicalSuccess: boolean }, changes: Array<{ rulingId: string, field: string, to: string | null }> } | null } | null };

export type DiscussionPostsAddedSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type DiscussionPostsAddedSubscription = { threadPostAdded: { id: string, body: string, kind: PostKind, author: { name: string }, image: { seriesUid: string, frame: number | null } | null, replyTo: { id: string } | null } };

export type DiscussionNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DiscussionNotificationsSubscription = { notificationAdded: { kind: NotificationKind, post: { id: string, body: string, author: { name: string } }, thread: { case: { registrationNumber: string } | null } } };

export type DiscussionPostMutationVariables = Exact<{
  t: string | number;
  b: string;
  r?: string | number | null | undefined;
  i?: ImageLinkInput | null | undefined;
}>;


export type DiscussionPostMutation = { postToThread: { id: string } };

export type DiscussionLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscussionLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { id: string } | null, discussion: { id: string } | null }> } };

export type DiscussionEditMutationVariables = Exact<{
  p: string | number;
}>;


export type DiscussionEditMutation = { editPost: { id: string } };

export type DiscussionThreadQueryVariables = Exact<{
  t: string | number;
}>;


export type DiscussionThreadQuery = { thread: { posts: Array<{ id: string, body: string, editedAt: string | null, revisions: Array<{ body: string }> }> } | null };

export type AnnualReportJourneyQueryVariables = Exact<{
  y: number;
}>;


export type AnnualReportJourneyQuery = { annualReport: { year: number, status: AnnualReportStatus, csvPath: string, overall: { cases: number, technicalSuccess: { numerator: number, denominator: number } } } };

export type AnnualReportPastYearsQueryVariables = Exact<{
  y: number;
}>;


export type AnnualReportPastYearsQuery = { annualReport: { status: AnnualReportStatus, sha256: string | null, overall: { cases: number, technicalSuccess: { numerator: number, denominator: number }, complications: Array<{ kind: ReportComplication, rate: { numerator: number } }> }, byJctoCategory: Array<{ category: JctoCategory, figures: { cases: number } }>, byApproach: Array<{ approach: ReportApproach, figures: { cases: number } }> } };

export type AskedFileMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type AskedFileMutation = { fileApplication: { id: string, askedRecommenders: Array<{ id: string, name: string }> } };

export type AskedAwaitingQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type AskedAwaitingQuery = { applicationsAwaitingMyRecommendation: Array<{ id: string, applicantName: string, ctoExperience: number, facility: { name: string } }> };

export type AskedApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type AskedApplicationQuery = { application: { applicantName: string, askedRecommenders: Array<{ id: string }>, recommendations: Array<{ recommender: { id: string } }> } | null };

export type AskedRecommendMutationVariables = Exact<{
  id: string | number;
  letter: string;
}>;


export type AskedRecommendMutation = { recommendApplication: { id: string } };

export type EdcCaseQueryVariables = Exact<{
  n: string;
}>;


export type EdcCaseQuery = { case: { registrationNumber: string, operator: { name: string } | null, facility: { name: string, siteApproval: { approvalNumber: string } | null } | null, patientIdentification: { code: string, initials: string } | null } | null };

export type EdcCoreLabLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcCoreLabLibraryQuery = { caseLibrary: { nodes: Array<{ patientIdentification: { code: string, initials: string } | null }> } };

export type EdcSubmitMutationVariables = Exact<{ [key: string]: never; }>;


export type EdcSubmitMutation = { submitCaseReportForm: { caseReportForm: { state: FormState } } };

export type EdcReauthenticateMutationVariables = Exact<{
  pw: string;
}>;


export type EdcReauthenticateMutation = { reauthenticateForSignature: { assertion: string, expiresAt: string } };

export type EdcSignMutationVariables = Exact<{
  t: string;
}>;


export type EdcSignMutation = { signCaseReportForm: { caseReportForm: { signature: { meaning: SignatureMeaning, valid: boolean, signedAt: string, signer: { name: string } | null, operator: { name: string } | null } | null } } };

export type EdcUnsignedQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcUnsignedQuery = { case: { caseReportForm: { signature: { valid: boolean } | null } } | null };

export type EdcAssertionAsSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcAssertionAsSessionQuery = { viewer: { name: string } | null };

export type EdcSeriousAdverseEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EdcSeriousAdverseEventsSubscription = { seriousAdverseEventReported: { registrationNumber: string, cursor: string, adverseEvent: { name: string, serious: boolean } } };

export type EdcSeriousEventMutationVariables = Exact<{ [key: string]: never; }>;


export type EdcSeriousEventMutation = { reportAdverseEvent: { serious: boolean } };

export type EdcAdverseEventsQueryVariables = Exact<{
  n: string;
}>;


export type EdcAdverseEventsQuery = { case: { adverseEvents: Array<{ name: string, onsetOn: string, outcomeOn: string | null, recordedAt: string }> | null } | null };

export type EdcMalformedDateMutationVariables = Exact<{
  i: ReportAdverseEventInput;
}>;


export type EdcMalformedDateMutation = { reportAdverseEvent: { id: string } };

export type EdcSafetyAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcSafetyAlertsQuery = { safetyAlerts: Array<{ reportedAt: string, adverseEvent: { recordedAt: string } }> };

export type EdcAdverseEventNamesQueryVariables = Exact<{
  n: string;
}>;


export type EdcAdverseEventNamesQuery = { case: { adverseEvents: Array<{ name: string }> | null } | null };

export type EdcOrphanLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type EdcOrphanLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { name: string } | null, facility: { name: string } | null }> } };

export type CertificationJourneyLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type CertificationJourneyLoginMutation = { login: { token: string, mustChangePassword: boolean, viewer: { roles: Array<Role> } } };

export type CertificationJourneyPublicListQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationJourneyPublicListQuery = { certifiedOperatorsUpdatedOn: string | null, certifiedOperators: Array<{ id: string, name: string, facility: { name: string, location: string } }> };

export type CertificationJourneyRenewMutationVariables = Exact<{
  year: number;
}>;


export type CertificationJourneyRenewMutation = { runAnnualRenewal: { results: Array<{ outcome: RenewalOutcome, completedRegistrations: number, operator: { id: string } }> } };

export type CertificationJourneyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationJourneyMeQuery = { viewer: { roles: Array<Role>, operator: { id: string, status: OperatorStatus, continuationQuestion: { id: string, askedForYear: number } | null, statusHistory: Array<{ from: OperatorStatus | null, to: OperatorStatus, effectiveOn: string, rule: string }> | null } | null } | null };

export type CertificationJourneyFileMutationVariables = Exact<{ [key: string]: never; }>;


export type CertificationJourneyFileMutation = { fileApplication: { id: string, status: ApplicationStatus } };

export type CertificationJourneyRecommendMutationVariables = Exact<{
  id: string | number;
}>;


export type CertificationJourneyRecommendMutation = { recommendApplication: { id: string } };

export type CertificationJourneyApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type CertificationJourneyApproveMutation = { approveApplication: { initialPassword: string, operator: { id: string, status: OperatorStatus } } };

export type CertificationJourneyChangePasswordMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type CertificationJourneyChangePasswordMutation = { changePassword: { viewer: { roles: Array<Role> } } };

export type CertificationJourneyRequestReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type CertificationJourneyRequestReviewMutation = { requestCertificationReview: { id: string, completedRegistrations: number } };

export type CertificationJourneyDecideReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type CertificationJourneyDecideReviewMutation = { decideCertificationReview: { status: ReviewStatus } };

export type CertificationJourneyAnswerContinuationMutationVariables = Exact<{
  id: string | number;
}>;


export type CertificationJourneyAnswerContinuationMutation = { answerContinuationQuestion: { answer: ContinuationAnswer | null } };

export type BlindingWorklistQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingWorklistQuery = { coreLabWorklist: Array<{ registrationNumber: string, dueOn: string, status: CoreLabStatus, reads: Array<{ readerId: string, judgement: { ctoStatus: CtoStatus, jctoScore: number } }>, result: { outcomes: { technicalSuccess: boolean } } | null }>, coreLabCase: { registrationNumber: string, status: CoreLabStatus, result: { criteriaVersion: number, judgement: { timiAfter: number } } | null } | null };

export type BlindingProbeLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingProbeLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { name: string } | null }> } };

export type BlindingProbeCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingProbeCaseQuery = { case: { registrationNumber: string, operator: { name: string } | null, facility: { name: string } | null } | null };

export type BlindingProbeOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingProbeOperatorsQuery = { certifiedOperators: Array<{ id: string, name: string }> };

export type BlindingProbeRevocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingProbeRevocationsQuery = { publishedRevocations: Array<{ __typename: 'PublishedRevocation' }> };

export type BlindingProbeMattersQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingProbeMattersQuery = { matters: Array<{ id: string }> };

export type BlindingProbeCommitteeQueryVariables = Exact<{ [key: string]: never; }>;


export type BlindingProbeCommitteeQuery = { committee: { members: Array<{ person: { name: string } }> } };

export type CoreLabOfficialReadMutationVariables = Exact<{
  n: string;
  j: CoreLabJudgementInput;
}>;


export type CoreLabOfficialReadMutation = { submitCoreLabRead: { status: CoreLabStatus } };

export type CoreLabOfficialViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabOfficialViewerQuery = { viewer: { id: string } | null };

export type CoreLabOfficialNoticesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CoreLabOfficialNoticesSubscription = { officialResultRecorded: { registrationNumber: string, outcomes: { technicalSuccess: boolean, procedureSuccess: boolean } } };

export type CoreLabOfficialAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabOfficialAssignmentsQuery = { coreLabCase: { assignments: Array<{ readerId: string }> | null } | null };

export type CoreLabOfficialComparisonQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabOfficialComparisonQuery = { case: { coreLabComparison: Array<{ field: string, official: string, operator: string | null, differs: boolean }> | null } | null };

export type IdentityFileMutationVariables = Exact<{
  input: DataRequestInput;
}>;


export type IdentityFileMutation = { fileDataRequest: { id: string, asksIdentity: boolean, identityApproved: boolean } };

export type IdentityReviewMutationVariables = Exact<{
  id: string | number;
  decision: DataRequestDecision;
  reason?: string | null | undefined;
  approveIdentity?: boolean | null | undefined;
}>;


export type IdentityReviewMutation = { reviewDataRequest: { status: DataRequestStatus, identityApproved: boolean, history: Array<{ to: DataRequestStatus, reason: string | null }> } };

export type IdentityReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type IdentityReleaseMutation = { releaseData: { release: { downloadPath: string, provision: { items: Array<string>, anonymization: Array<string> } } | null } };

export type IdentityRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityRequestQuery = { dataRequest: { status: DataRequestStatus, identityApproved: boolean } | null };

export type IdentityDictionaryQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityDictionaryQuery = { dataDictionary: Array<{ id: string, identifying: boolean }> };

export type DataReleaseRecipientsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseRecipientsQuery = { dataReleaseRecipients: Array<{ recipientName: string, requesterKind: DataRequesterKind, years: Array<number>, publication: string | null }> };

export type DataReleaseSteeringRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseSteeringRequestsQuery = { dataRequests: Array<{ requesterKind: DataRequesterKind, status: DataRequestStatus, history: Array<{ to: DataRequestStatus }> }> };

export type DataReleaseFileRefusedMutationVariables = Exact<{
  input: DataRequestInput;
}>;


export type DataReleaseFileRefusedMutation = { fileDataRequest: { id: string } };

export type DataReleaseFileMutationVariables = Exact<{
  input: DataRequestInput;
}>;


export type DataReleaseFileMutation = { fileDataRequest: { id: string, status: DataRequestStatus, requesterKind: DataRequesterKind } };

export type DataReleaseApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type DataReleaseApproveMutation = { reviewDataRequest: { status: DataRequestStatus } };

export type DataReleaseReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type DataReleaseReleaseMutation = { releaseData: { status: DataRequestStatus, release: { sha256: string, downloadPath: string, provision: { casesIncluded: number, items: Array<string>, keyTableExists: boolean } } | null } };

export type DataReleaseOwnRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleaseOwnRequestsQuery = { dataRequests: Array<{ id: string, release: { downloadPath: string } | null }> };

export type DataReleasePublishedRecipientsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataReleasePublishedRecipientsQuery = { dataReleaseRecipients: Array<{ recipientName: string, title: string, years: Array<number> }> };

export type AdjudicationCacheLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationCacheLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { id: string } | null, discussion: { id: string, posts: Array<{ id: string, kind: PostKind, body: string, createdAt: string, editedAt: string | null, cursor: string, author: { id: string }, image: { seriesUid: string, frame: number | null } | null }> } | null }> } };

export type AdjudicationCachePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type AdjudicationCachePostMutation = { postToThread: { id: string } };

export type AdjudicationCacheCaseQueryVariables = Exact<{
  n: string;
}>;


export type AdjudicationCacheCaseQuery = { case: { discussion: { id: string, posts: Array<{ id: string, body: string }> } | null } | null };

export type AdjudicationCacheCommitteeQueryVariables = Exact<{
  n: string;
}>;


export type AdjudicationCacheCommitteeQuery = { case: { matters: Array<{ id: string, committeeThread: { id: string, posts: Array<{ id: string, body: string }> } | null }> } | null };

export type AdjudicationCacheReferMutationVariables = Exact<{
  n?: string | null | undefined;
}>;


export type AdjudicationCacheReferMutation = { referCriteriaQuestion: { id: string } };

export type AdjudicationCacheScreenMutationVariables = Exact<{
  m: string | number;
}>;


export type AdjudicationCacheScreenMutation = { screenMatter: { status: MatterStatus } };

export type AdjudicationCacheSessionMutationVariables = Exact<{
  m: string | number;
}>;


export type AdjudicationCacheSessionMutation = { declareSession: { status: MatterStatus } };

export type EntityCacheWritesLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityCacheWritesLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { id: string, name: string, status: OperatorStatus, facility: { name: string } } | null, discussion: { id: string, posts: Array<{ id: string, author: { id: string, name: string } }> } | null }> } };

export type EntityCacheWritesLoginMutationVariables = Exact<{
  id: string;
  pw: string;
}>;


export type EntityCacheWritesLoginMutation = { login: { token: string } };

export type EntityCacheWritesRevokeMutationVariables = Exact<{
  input: RevocationInput;
}>;


export type EntityCacheWritesRevokeMutation = { revokeCertification: { operator: { id: string, status: OperatorStatus } } };

export type EntityCacheWritesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityCacheWritesViewerQuery = { viewer: { id: string, roles: Array<Role> } | null };

export type EntityCacheLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityCacheLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { id: string, name: string, status: OperatorStatus, facility: { name: string } } | null, discussion: { id: string, posts: Array<{ id: string, body: string, author: { id: string, name: string } }> } | null }> } };

export type EntityCacheRevokeMutationVariables = Exact<{
  input: RevocationInput;
}>;


export type EntityCacheRevokeMutation = { revokeCertification: { operator: { id: string, status: OperatorStatus } } };

export type EntityCacheReadsQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityCacheReadsQuery = { certifiedOperators: Array<{ id: string }>, viewer: { loginId: string } | null };

export type EntityCacheThreadQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityCacheThreadQuery = { case: { discussion: { id: string } | null } | null };

export type EntityCachePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type EntityCachePostMutation = { postToThread: { id: string } };

export type RosterRegisterFacilityMutationVariables = Exact<{
  i: FacilityInput;
}>;


export type RosterRegisterFacilityMutation = { registerFacility: { id: string, name: string, location: string } };

export type RosterSiteApprovalMutationVariables = Exact<{
  i: SiteApprovalInput;
}>;


export type RosterSiteApprovalMutation = { recordSiteApproval: { readyToRegister: boolean } };

export type RosterRegisterCaseMutationVariables = Exact<{
  i: RegisterCaseInput;
}>;


export type RosterRegisterCaseMutation = { registerCase: { registrationNumber: string } };

export type RosterLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterLibraryQuery = { caseLibrary: { nodes: Array<{ registrationNumber: string, operator: { name: string } | null }> } };

export type FirstSliceLibraryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FirstSliceLibraryQuery = { caseLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ registrationNumber: string, operator: { id: string, name: string, facility: { name: string } } | null, discussion: { id: string, posts: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> } | null }> } };

export type FirstSliceThreadQueryVariables = Exact<{
  n: string;
}>;


export type FirstSliceThreadQuery = { case: { discussion: { id: string, posts: Array<{ id: string, body: string }> } | null } | null };

export type FirstSlicePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type FirstSlicePostMutation = { postToThread: { id: string, body: string, author: { name: string } } };

export type FirstSliceCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstSliceCaseQuery = { case: { registrationNumber: string, operator: { id: string, name: string, facility: { name: string } } | null, discussion: { posts: Array<{ body: string, author: { name: string } }> } | null } | null };

export type FirstSliceCaseFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstSliceCaseFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type DicomwebRegisterCaseMutationVariables = Exact<{
  i: RegisterCaseInput;
}>;


export type DicomwebRegisterCaseMutation = { registerCase: { registrationNumber: string } };

export type DicomwebStartUploadMutationVariables = Exact<{
  i: StartImageUploadInput;
}>;


export type DicomwebStartUploadMutation = { startImageUpload: { id: string, stowUrl: string } };

export type DicomwebUploadProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type DicomwebUploadProgressQuery = { imageUpload: { state: ImageUploadState, bytesReceived: number, instancesStored: number } | null };

export type DicomwebCaseImagesQueryVariables = Exact<{
  n: string;
}>;


export type DicomwebCaseImagesQuery = { case: { discussion: { id: string } | null, images: Array<{ seriesInstanceUid: string }> } | null };

export type DicomwebLinkFrameMutationVariables = Exact<{
  t: string | number;
  i?: ImageLinkInput | null | undefined;
}>;


export type DicomwebLinkFrameMutation = { postToThread: { image: { frame: number | null, series: { kind: string, frameCount: number, registrationNumber: string, frameUrl: string | null } | null } | null } };

export type DicomwebRegisterAbandonedMutationVariables = Exact<{
  i: RegisterCaseInput;
}>;


export type DicomwebRegisterAbandonedMutation = { registerCase: { registrationNumber: string } };

export type DicomwebStartAbandonedMutationVariables = Exact<{
  i: StartImageUploadInput;
}>;


export type DicomwebStartAbandonedMutation = { startImageUpload: { id: string, stowUrl: string } };

export type DicomwebAbandonedStateQueryVariables = Exact<{
  id: string | number;
}>;


export type DicomwebAbandonedStateQuery = { imageUpload: { state: ImageUploadState, bytesReceived: number } | null };

export type LifecyclePostsAddedSubscriptionVariables = Exact<{
  t: string | number;
  after?: string | null | undefined;
}>;


export type LifecyclePostsAddedSubscription = { threadPostAdded: { body: string, cursor: string, author: { name: string } } };

export type LifecyclePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type LifecyclePostMutation = { postToThread: { id: string, cursor: string } };

export type LifecycleThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type LifecycleLibraryInFlightQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleLibraryInFlightQuery = { caseLibrary: { totalCount: number, nodes: Array<{ registrationNumber: string, operator: { name: string } | null, discussion: { posts: Array<{ body: string }> } | null }> } };

export type LiveJoinPostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type LiveJoinPostMutation = { postToThread: { id: string, cursor: string } };

export type LiveJoinThreadQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveJoinThreadQuery = { case: { discussion: { id: string } | null } | null };

export type LiveOutagePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type LiveOutagePostMutation = { postToThread: { id: string, cursor: string } };

export type LiveOutageThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveOutageThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type LiveResumePostsAddedSubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type LiveResumePostsAddedSubscription = { threadPostAdded: { body: string, author: { name: string } } };

export type LiveResumePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type LiveResumePostMutation = { postToThread: { id: string } };

export type LiveResumeThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveResumeThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type LiveSharingPostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type LiveSharingPostMutation = { postToThread: { id: string, cursor: string } };

export type LiveSharingThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveSharingThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type LivePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type LivePostMutation = { postToThread: { id: string, cursor: string } };

export type LiveThreadOfCaseQueryVariables = Exact<{
  n: string;
}>;


export type LiveThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type ReplicaFailoverPostsAddedSubscriptionVariables = Exact<{
  threadId: string | number;
  after?: string | null | undefined;
}>;


export type ReplicaFailoverPostsAddedSubscription = { threadPostAdded: { id: string, body: string, cursor: string, author: { name: string } } };

export type ReplicaFailoverPostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type ReplicaFailoverPostMutation = { postToThread: { id: string, cursor: string } };

export type ReplicaFailoverThreadQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaFailoverThreadQuery = { case: { discussion: { id: string } | null } | null };

export type ReplicaFailoverThreadPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaFailoverThreadPostsQuery = { case: { discussion: { id: string, posts: Array<{ body: string }> } | null } | null };

export type SecurityThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type SecurityFailingPostMutationVariables = Exact<{
  t: string | number;
}>;


export type SecurityFailingPostMutation = { postToThread: { id: string } };

export type SecurityPostsAfterFailureQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityPostsAfterFailureQuery = { case: { discussion: { posts: Array<{ id: string }> } | null } | null };

export type SharedFetchesThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedFetchesThreadQuery = { thread: { posts: Array<{ body: string }> } | null };

export type SharedFetchesThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedFetchesThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export type SubscriptionReleaseThreadOfCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionReleaseThreadOfCaseQuery = { case: { discussion: { id: string } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CommitteeCaseReadDocument = new TypedDocumentString(`
    mutation CommitteeCaseRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) {
  submitCoreLabRead(registrationNumber: $n, judgement: $j) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseReadMutation, CommitteeCaseReadMutationVariables>;
export const CommitteeCaseMatterDocument = new TypedDocumentString(`
    query CommitteeCaseMatter($m: ID!) {
  matter(id: $m) {
    status
    case {
      registrationNumber
      caseReportForm {
        state
      }
      officialResult {
        outcomes {
          technicalSuccess
        }
      }
      coreLabReads {
        criteriaVersion
        judgement {
          technicalSuccess
        }
      }
      images {
        seriesInstanceUid
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseMatterQuery, CommitteeCaseMatterQueryVariables>;
export const CommitteeCaseCaseDocument = new TypedDocumentString(`
    query CommitteeCaseCase($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseCaseQuery, CommitteeCaseCaseQueryVariables>;
export const CommitteeCaseViewerDocument = new TypedDocumentString(`
    query CommitteeCaseViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseViewerQuery, CommitteeCaseViewerQueryVariables>;
export const CommitteeCaseAcceptDocument = new TypedDocumentString(`
    mutation CommitteeCaseAccept($m: ID!) {
  screenMatter(matterId: $m, decision: ACCEPT) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseAcceptMutation, CommitteeCaseAcceptMutationVariables>;
export const CommitteeCaseAssignmentsDocument = new TypedDocumentString(`
    query CommitteeCaseAssignments($n: RegistrationNumber!) {
  coreLabCase(registrationNumber: $n) {
    assignments {
      readerId
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseAssignmentsQuery, CommitteeCaseAssignmentsQueryVariables>;
export const CommitteeCaseRaiseDocument = new TypedDocumentString(`
    mutation CommitteeCaseRaise($n: RegistrationNumber!) {
  raiseObjection(registrationNumber: $n, grounds: "TIMI 3 on the final run.") {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseRaiseMutation, CommitteeCaseRaiseMutationVariables>;
export const CommitteeCaseRegisterDocument = new TypedDocumentString(`
    mutation CommitteeCaseRegister($i: RegisterCaseInput!) {
  registerCase(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseRegisterMutation, CommitteeCaseRegisterMutationVariables>;
export const CommitteeCaseStartUploadDocument = new TypedDocumentString(`
    mutation CommitteeCaseStartUpload($i: StartImageUploadInput!) {
  startImageUpload(input: $i) {
    stowUrl
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseStartUploadMutation, CommitteeCaseStartUploadMutationVariables>;
export const CommitteeCaseAskDataCenterDocument = new TypedDocumentString(`
    mutation CommitteeCaseAskDataCenter($n: RegistrationNumber) {
  askDataCenterQuestion(
    question: "Is this retrograde crossing a technical success?"
    registrationNumber: $n
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseAskDataCenterMutation, CommitteeCaseAskDataCenterMutationVariables>;
export const CommitteeCaseImagesDocument = new TypedDocumentString(`
    query CommitteeCaseImages($m: ID!) {
  matter(id: $m) {
    case {
      registrationNumber
      caseReportForm {
        state
      }
      images {
        kind
        seriesInstanceUid
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseImagesQuery, CommitteeCaseImagesQueryVariables>;
export const CommitteeCaseRemoveMemberDocument = new TypedDocumentString(`
    mutation CommitteeCaseRemoveMember($a: ID!) {
  removeCommitteeMember(accountId: $a) {
    shortfalls
  }
}
    `) as unknown as TypedDocumentString<CommitteeCaseRemoveMemberMutation, CommitteeCaseRemoveMemberMutationVariables>;
export const CommitteeJourneyTallyDocument = new TypedDocumentString(`
    subscription CommitteeJourneyTally($m: ID!, $after: String) {
  matterTallyUpdated(matterId: $m, after: $after) {
    event
    pointNumber
    round
    decision
    cursor
    tally {
      yes
      no
      abstain
      cast
      eligible
      complete
      outcome
      tie
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyTallySubscription, CommitteeJourneyTallySubscriptionVariables>;
export const CommitteeJourneyStatusDocument = new TypedDocumentString(`
    subscription CommitteeJourneyStatus($m: ID, $after: String) {
  matterStatusChanged(matterId: $m, after: $after) {
    matterId
    from
    to
    cursor
    case {
      registrationNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyStatusSubscription, CommitteeJourneyStatusSubscriptionVariables>;
export const CommitteeJourneyVoteDocument = new TypedDocumentString(`
    mutation CommitteeJourneyVote($p: ID!, $c: VoteChoice!) {
  castVote(pointId: $p, choice: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyVoteMutation, CommitteeJourneyVoteMutationVariables>;
export const CommitteeJourneyReadDocument = new TypedDocumentString(`
    mutation CommitteeJourneyRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) {
  submitCoreLabRead(registrationNumber: $n, judgement: $j) {
    status
    reads {
      criteriaVersion
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyReadMutation, CommitteeJourneyReadMutationVariables>;
export const CommitteeJourneyAssignmentsDocument = new TypedDocumentString(`
    query CommitteeJourneyAssignments($n: RegistrationNumber!) {
  coreLabCase(registrationNumber: $n) {
    assignments {
      readerId
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyAssignmentsQuery, CommitteeJourneyAssignmentsQueryVariables>;
export const CommitteeJourneyViewerDocument = new TypedDocumentString(`
    query CommitteeJourneyViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyViewerQuery, CommitteeJourneyViewerQueryVariables>;
export const CommitteeJourneyOfficialResultDocument = new TypedDocumentString(`
    query CommitteeJourneyOfficialResult($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    officialResult {
      criteriaVersion
      outcomes {
        technicalSuccess
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyOfficialResultQuery, CommitteeJourneyOfficialResultQueryVariables>;
export const CommitteeJourneyRaiseDocument = new TypedDocumentString(`
    mutation CommitteeJourneyRaise($n: RegistrationNumber!) {
  raiseObjection(
    registrationNumber: $n
    grounds: "The wire reached the distal true lumen; the final run shows TIMI 3."
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyRaiseMutation, CommitteeJourneyRaiseMutationVariables>;
export const CommitteeJourneyDeclareEarlyDocument = new TypedDocumentString(`
    mutation CommitteeJourneyDeclareEarly($m: ID!) {
  declareSession(matterId: $m) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyDeclareEarlyMutation, CommitteeJourneyDeclareEarlyMutationVariables>;
export const CommitteeJourneyScreenDocument = new TypedDocumentString(`
    mutation CommitteeJourneyScreen($m: ID!) {
  screenMatter(matterId: $m, decision: ACCEPT) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyScreenMutation, CommitteeJourneyScreenMutationVariables>;
export const CommitteeJourneyDeclareDocument = new TypedDocumentString(`
    mutation CommitteeJourneyDeclare($m: ID!) {
  declareSession(matterId: $m) {
    status
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyDeclareMutation, CommitteeJourneyDeclareMutationVariables>;
export const CommitteeJourneyPointsDocument = new TypedDocumentString(`
    mutation CommitteeJourneyPoints($m: ID!) {
  postPointsAtIssue(
    matterId: $m
    points: ["The procedure was a technical success."]
  ) {
    pointsAtIssue {
      id
    }
    committeeThread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyPointsMutation, CommitteeJourneyPointsMutationVariables>;
export const CommitteeJourneyCaseMattersDocument = new TypedDocumentString(`
    query CommitteeJourneyCaseMatters($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    matters {
      id
      status
      pointsAtIssue {
        number
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyCaseMattersQuery, CommitteeJourneyCaseMattersQueryVariables>;
export const CommitteeJourneySecondRoundDocument = new TypedDocumentString(`
    mutation CommitteeJourneySecondRound($p: ID!) {
  callSecondRound(pointId: $p) {
    currentRound
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneySecondRoundMutation, CommitteeJourneySecondRoundMutationVariables>;
export const CommitteeJourneyHiddenVotesDocument = new TypedDocumentString(`
    query CommitteeJourneyHiddenVotes($m: ID!) {
  matter(id: $m) {
    pointsAtIssue {
      rounds {
        votes {
          choice
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyHiddenVotesQuery, CommitteeJourneyHiddenVotesQueryVariables>;
export const CommitteeJourneyDecideDocument = new TypedDocumentString(`
    mutation CommitteeJourneyDecide($i: DecideMatterInput!) {
  decideMatter(input: $i) {
    id
    resultChanges {
      field
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyDecideMutation, CommitteeJourneyDecideMutationVariables>;
export const CommitteeJourneyPublicRulingsDocument = new TypedDocumentString(`
    query CommitteeJourneyPublicRulings {
  rulings {
    id
    registrationNumber
    decision
    reasoning
    answer
    matter {
      status
      pointsAtIssue {
        decision
        rounds {
          tally {
            yes
            no
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyPublicRulingsQuery, CommitteeJourneyPublicRulingsQueryVariables>;
export const CommitteeJourneyVoteRecordDocument = new TypedDocumentString(`
    query CommitteeJourneyVoteRecord($m: ID!) {
  matter(id: $m) {
    pointsAtIssue {
      rounds {
        votes {
          member {
            name
          }
          choice
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyVoteRecordQuery, CommitteeJourneyVoteRecordQueryVariables>;
export const CommitteeJourneyPublishCriteriaDocument = new TypedDocumentString(`
    mutation CommitteeJourneyPublishCriteria($i: PublishCriteriaVersionInput!) {
  publishCriteriaVersion(input: $i) {
    version
    effectiveFrom
    ruling {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyPublishCriteriaMutation, CommitteeJourneyPublishCriteriaMutationVariables>;
export const CommitteeJourneyChangedResultDocument = new TypedDocumentString(`
    query CommitteeJourneyChangedResult($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    officialResult {
      outcomes {
        technicalSuccess
      }
      changes {
        rulingId
        field
        to
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyChangedResultQuery, CommitteeJourneyChangedResultQueryVariables>;
export const DiscussionPostsAddedDocument = new TypedDocumentString(`
    subscription DiscussionPostsAdded($t: ID!) {
  threadPostAdded(threadId: $t) {
    id
    body
    kind
    author {
      name
    }
    image {
      seriesUid
      frame
    }
    replyTo {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionPostsAddedSubscription, DiscussionPostsAddedSubscriptionVariables>;
export const DiscussionNotificationsDocument = new TypedDocumentString(`
    subscription DiscussionNotifications {
  notificationAdded {
    kind
    post {
      id
      body
      author {
        name
      }
    }
    thread {
      case {
        registrationNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionNotificationsSubscription, DiscussionNotificationsSubscriptionVariables>;
export const DiscussionPostDocument = new TypedDocumentString(`
    mutation DiscussionPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput) {
  postToThread(threadId: $t, body: $b, replyTo: $r, image: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionPostMutation, DiscussionPostMutationVariables>;
export const DiscussionLibraryDocument = new TypedDocumentString(`
    query DiscussionLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator {
        id
      }
      discussion {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionLibraryQuery, DiscussionLibraryQueryVariables>;
export const DiscussionEditDocument = new TypedDocumentString(`
    mutation DiscussionEdit($p: ID!) {
  editPost(postId: $p, body: "How did you handle the ambiguous proximal cap?") {
    id
  }
}
    `) as unknown as TypedDocumentString<DiscussionEditMutation, DiscussionEditMutationVariables>;
export const DiscussionThreadDocument = new TypedDocumentString(`
    query DiscussionThread($t: ID!) {
  thread(id: $t) {
    posts {
      id
      body
      editedAt
      revisions {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionThreadQuery, DiscussionThreadQueryVariables>;
export const AnnualReportJourneyDocument = new TypedDocumentString(`
    query AnnualReportJourney($y: Int!) {
  annualReport(year: $y) {
    year
    status
    csvPath
    overall {
      cases
      technicalSuccess {
        numerator
        denominator
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportJourneyQuery, AnnualReportJourneyQueryVariables>;
export const AnnualReportPastYearsDocument = new TypedDocumentString(`
    query AnnualReportPastYears($y: Int!) {
  annualReport(year: $y) {
    status
    sha256
    overall {
      cases
      technicalSuccess {
        numerator
        denominator
      }
      complications {
        kind
        rate {
          numerator
        }
      }
    }
    byJctoCategory {
      category
      figures {
        cases
      }
    }
    byApproach {
      approach
      figures {
        cases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportPastYearsQuery, AnnualReportPastYearsQueryVariables>;
export const AskedFileDocument = new TypedDocumentString(`
    mutation AskedFile($input: ApplicationInput!) {
  fileApplication(input: $input) {
    id
    askedRecommenders {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AskedFileMutation, AskedFileMutationVariables>;
export const AskedAwaitingDocument = new TypedDocumentString(`
    query AskedAwaiting($first: Int, $after: ID) {
  applicationsAwaitingMyRecommendation(first: $first, after: $after) {
    id
    applicantName
    ctoExperience
    facility {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AskedAwaitingQuery, AskedAwaitingQueryVariables>;
export const AskedApplicationDocument = new TypedDocumentString(`
    query AskedApplication($id: ID!) {
  application(id: $id) {
    applicantName
    askedRecommenders {
      id
    }
    recommendations {
      recommender {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AskedApplicationQuery, AskedApplicationQueryVariables>;
export const AskedRecommendDocument = new TypedDocumentString(`
    mutation AskedRecommend($id: ID!, $letter: String!) {
  recommendApplication(applicationId: $id, letter: $letter) {
    id
  }
}
    `) as unknown as TypedDocumentString<AskedRecommendMutation, AskedRecommendMutationVariables>;
export const EdcCaseDocument = new TypedDocumentString(`
    query EdcCase($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    registrationNumber
    operator {
      name
    }
    facility {
      name
      siteApproval {
        approvalNumber
      }
    }
    patientIdentification {
      code
      initials
    }
  }
}
    `) as unknown as TypedDocumentString<EdcCaseQuery, EdcCaseQueryVariables>;
export const EdcCoreLabLibraryDocument = new TypedDocumentString(`
    query EdcCoreLabLibrary {
  caseLibrary(first: 100) {
    nodes {
      patientIdentification {
        code
        initials
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcCoreLabLibraryQuery, EdcCoreLabLibraryQueryVariables>;
export const EdcSubmitDocument = new TypedDocumentString(`
    mutation EdcSubmit {
  submitCaseReportForm(registrationNumber: "CTO-2026-00001") {
    caseReportForm {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<EdcSubmitMutation, EdcSubmitMutationVariables>;
export const EdcReauthenticateDocument = new TypedDocumentString(`
    mutation EdcReauthenticate($pw: String!) {
  reauthenticateForSignature(password: $pw, registrationNumber: "CTO-2026-00001") {
    assertion
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<EdcReauthenticateMutation, EdcReauthenticateMutationVariables>;
export const EdcSignDocument = new TypedDocumentString(`
    mutation EdcSign($t: String!) {
  signCaseReportForm(
    input: {registrationNumber: "CTO-2026-00001", meaning: APPROVED_AS_CORRECT, signatureAssertion: $t}
  ) {
    caseReportForm {
      signature {
        signer {
          name
        }
        operator {
          name
        }
        meaning
        valid
        signedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcSignMutation, EdcSignMutationVariables>;
export const EdcUnsignedDocument = new TypedDocumentString(`
    query EdcUnsigned {
  case(registrationNumber: "CTO-2026-00001") {
    caseReportForm {
      signature {
        valid
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcUnsignedQuery, EdcUnsignedQueryVariables>;
export const EdcAssertionAsSessionDocument = new TypedDocumentString(`
    query EdcAssertionAsSession {
  viewer {
    name
  }
}
    `) as unknown as TypedDocumentString<EdcAssertionAsSessionQuery, EdcAssertionAsSessionQueryVariables>;
export const EdcSeriousAdverseEventsDocument = new TypedDocumentString(`
    subscription EdcSeriousAdverseEvents {
  seriousAdverseEventReported(after: "0") {
    registrationNumber
    cursor
    adverseEvent {
      name
      serious
    }
  }
}
    `) as unknown as TypedDocumentString<EdcSeriousAdverseEventsSubscription, EdcSeriousAdverseEventsSubscriptionVariables>;
export const EdcSeriousEventDocument = new TypedDocumentString(`
    mutation EdcSeriousEvent {
  reportAdverseEvent(
    input: {registrationNumber: "CTO-2026-00001", name: "Cardiac tamponade", onsetOn: "2026-01-10", outcome: IMPROVED, outcomeOn: "2026-01-20", otherTreatment: OTHER, seriousnessCriteria: [LIFE_THREATENING], severity: SEVERE, causality: RELATED}
  ) {
    serious
  }
}
    `) as unknown as TypedDocumentString<EdcSeriousEventMutation, EdcSeriousEventMutationVariables>;
export const EdcAdverseEventsDocument = new TypedDocumentString(`
    query EdcAdverseEvents($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    adverseEvents {
      name
      onsetOn
      outcomeOn
      recordedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EdcAdverseEventsQuery, EdcAdverseEventsQueryVariables>;
export const EdcMalformedDateDocument = new TypedDocumentString(`
    mutation EdcMalformedDate($i: ReportAdverseEventInput!) {
  reportAdverseEvent(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdcMalformedDateMutation, EdcMalformedDateMutationVariables>;
export const EdcSafetyAlertsDocument = new TypedDocumentString(`
    query EdcSafetyAlerts {
  safetyAlerts(first: 1) {
    reportedAt
    adverseEvent {
      recordedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EdcSafetyAlertsQuery, EdcSafetyAlertsQueryVariables>;
export const EdcAdverseEventNamesDocument = new TypedDocumentString(`
    query EdcAdverseEventNames($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    adverseEvents {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EdcAdverseEventNamesQuery, EdcAdverseEventNamesQueryVariables>;
export const EdcOrphanLibraryDocument = new TypedDocumentString(`
    query EdcOrphanLibrary {
  caseLibrary(first: 5) {
    nodes {
      registrationNumber
      operator {
        name
      }
      facility {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EdcOrphanLibraryQuery, EdcOrphanLibraryQueryVariables>;
export const CertificationJourneyLoginDocument = new TypedDocumentString(`
    mutation CertificationJourneyLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
    mustChangePassword
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyLoginMutation, CertificationJourneyLoginMutationVariables>;
export const CertificationJourneyPublicListDocument = new TypedDocumentString(`
    query CertificationJourneyPublicList {
  certifiedOperators(prefecture: "Osaka") {
    id
    name
    facility {
      name
      location
    }
  }
  certifiedOperatorsUpdatedOn
}
    `) as unknown as TypedDocumentString<CertificationJourneyPublicListQuery, CertificationJourneyPublicListQueryVariables>;
export const CertificationJourneyRenewDocument = new TypedDocumentString(`
    mutation CertificationJourneyRenew($year: Int!) {
  runAnnualRenewal(year: $year) {
    results {
      operator {
        id
      }
      outcome
      completedRegistrations
    }
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyRenewMutation, CertificationJourneyRenewMutationVariables>;
export const CertificationJourneyMeDocument = new TypedDocumentString(`
    query CertificationJourneyMe {
  viewer {
    roles
    operator {
      id
      status
      continuationQuestion {
        id
        askedForYear
      }
      statusHistory {
        from
        to
        effectiveOn
        rule
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyMeQuery, CertificationJourneyMeQueryVariables>;
export const CertificationJourneyFileDocument = new TypedDocumentString(`
    mutation CertificationJourneyFile {
  fileApplication(
    input: {applicantName: "Sora Aoki", facilityId: "F002", ctoExperience: 340}
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyFileMutation, CertificationJourneyFileMutationVariables>;
export const CertificationJourneyRecommendDocument = new TypedDocumentString(`
    mutation CertificationJourneyRecommend($id: ID!) {
  recommendApplication(applicationId: $id, letter: "I vouch for this operator.") {
    id
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyRecommendMutation, CertificationJourneyRecommendMutationVariables>;
export const CertificationJourneyApproveDocument = new TypedDocumentString(`
    mutation CertificationJourneyApprove($id: ID!) {
  approveApplication(
    applicationId: $id
    reason: "Recommended by two certified operators"
  ) {
    initialPassword
    operator {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyApproveMutation, CertificationJourneyApproveMutationVariables>;
export const CertificationJourneyChangePasswordDocument = new TypedDocumentString(`
    mutation CertificationJourneyChangePassword($old: String!, $new: String!) {
  changePassword(currentPassword: $old, newPassword: $new) {
    viewer {
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyChangePasswordMutation, CertificationJourneyChangePasswordMutationVariables>;
export const CertificationJourneyRequestReviewDocument = new TypedDocumentString(`
    mutation CertificationJourneyRequestReview {
  requestCertificationReview {
    id
    completedRegistrations
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyRequestReviewMutation, CertificationJourneyRequestReviewMutationVariables>;
export const CertificationJourneyDecideReviewDocument = new TypedDocumentString(`
    mutation CertificationJourneyDecideReview($id: ID!) {
  decideCertificationReview(
    reviewId: $id
    decision: CERTIFY
    reason: "50 cases within the first year"
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyDecideReviewMutation, CertificationJourneyDecideReviewMutationVariables>;
export const CertificationJourneyAnswerContinuationDocument = new TypedDocumentString(`
    mutation CertificationJourneyAnswerContinuation($id: ID!) {
  answerContinuationQuestion(questionId: $id, answer: CONTINUE) {
    answer
  }
}
    `) as unknown as TypedDocumentString<CertificationJourneyAnswerContinuationMutation, CertificationJourneyAnswerContinuationMutationVariables>;
export const BlindingWorklistDocument = new TypedDocumentString(`
    query BlindingWorklist {
  coreLabWorklist {
    registrationNumber
    dueOn
    status
    reads {
      readerId
      judgement {
        ctoStatus
        jctoScore
      }
    }
    result {
      outcomes {
        technicalSuccess
      }
    }
  }
  coreLabCase(registrationNumber: "CTO-2026-00001") {
    registrationNumber
    status
    result {
      judgement {
        timiAfter
      }
      criteriaVersion
    }
  }
}
    `) as unknown as TypedDocumentString<BlindingWorklistQuery, BlindingWorklistQueryVariables>;
export const BlindingProbeLibraryDocument = new TypedDocumentString(`
    query BlindingProbeLibrary {
  caseLibrary {
    nodes {
      registrationNumber
      operator {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BlindingProbeLibraryQuery, BlindingProbeLibraryQueryVariables>;
export const BlindingProbeCaseDocument = new TypedDocumentString(`
    query BlindingProbeCase {
  case(registrationNumber: "CTO-2026-00001") {
    registrationNumber
    operator {
      name
    }
    facility {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BlindingProbeCaseQuery, BlindingProbeCaseQueryVariables>;
export const BlindingProbeOperatorsDocument = new TypedDocumentString(`
    query BlindingProbeOperators {
  certifiedOperators {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<BlindingProbeOperatorsQuery, BlindingProbeOperatorsQueryVariables>;
export const BlindingProbeRevocationsDocument = new TypedDocumentString(`
    query BlindingProbeRevocations {
  publishedRevocations {
    __typename
  }
}
    `) as unknown as TypedDocumentString<BlindingProbeRevocationsQuery, BlindingProbeRevocationsQueryVariables>;
export const BlindingProbeMattersDocument = new TypedDocumentString(`
    query BlindingProbeMatters {
  matters {
    id
  }
}
    `) as unknown as TypedDocumentString<BlindingProbeMattersQuery, BlindingProbeMattersQueryVariables>;
export const BlindingProbeCommitteeDocument = new TypedDocumentString(`
    query BlindingProbeCommittee {
  committee {
    members {
      person {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BlindingProbeCommitteeQuery, BlindingProbeCommitteeQueryVariables>;
export const CoreLabOfficialReadDocument = new TypedDocumentString(`
    mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) {
  submitCoreLabRead(registrationNumber: $n, judgement: $j) {
    status
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialReadMutation, CoreLabOfficialReadMutationVariables>;
export const CoreLabOfficialViewerDocument = new TypedDocumentString(`
    query CoreLabOfficialViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialViewerQuery, CoreLabOfficialViewerQueryVariables>;
export const CoreLabOfficialNoticesDocument = new TypedDocumentString(`
    subscription CoreLabOfficialNotices($after: String) {
  officialResultRecorded(after: $after) {
    registrationNumber
    outcomes {
      technicalSuccess
      procedureSuccess
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialNoticesSubscription, CoreLabOfficialNoticesSubscriptionVariables>;
export const CoreLabOfficialAssignmentsDocument = new TypedDocumentString(`
    query CoreLabOfficialAssignments {
  coreLabCase(registrationNumber: "CTO-2026-00002") {
    assignments {
      readerId
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialAssignmentsQuery, CoreLabOfficialAssignmentsQueryVariables>;
export const CoreLabOfficialComparisonDocument = new TypedDocumentString(`
    query CoreLabOfficialComparison {
  case(registrationNumber: "CTO-2026-00002") {
    coreLabComparison {
      field
      official
      operator
      differs
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialComparisonQuery, CoreLabOfficialComparisonQueryVariables>;
export const IdentityFileDocument = new TypedDocumentString(`
    mutation IdentityFile($input: DataRequestInput!) {
  fileDataRequest(input: $input) {
    id
    asksIdentity
    identityApproved
  }
}
    `) as unknown as TypedDocumentString<IdentityFileMutation, IdentityFileMutationVariables>;
export const IdentityReviewDocument = new TypedDocumentString(`
    mutation IdentityReview($id: ID!, $decision: DataRequestDecision!, $reason: String, $approveIdentity: Boolean) {
  reviewDataRequest(
    id: $id
    decision: $decision
    reason: $reason
    approveIdentity: $approveIdentity
  ) {
    status
    identityApproved
    history {
      to
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityReviewMutation, IdentityReviewMutationVariables>;
export const IdentityReleaseDocument = new TypedDocumentString(`
    mutation IdentityRelease($id: ID!) {
  releaseData(requestId: $id) {
    release {
      downloadPath
      provision {
        items
        anonymization
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityReleaseMutation, IdentityReleaseMutationVariables>;
export const IdentityRequestDocument = new TypedDocumentString(`
    query IdentityRequest($id: ID!) {
  dataRequest(id: $id) {
    status
    identityApproved
  }
}
    `) as unknown as TypedDocumentString<IdentityRequestQuery, IdentityRequestQueryVariables>;
export const IdentityDictionaryDocument = new TypedDocumentString(`
    query IdentityDictionary {
  dataDictionary {
    id
    identifying
  }
}
    `) as unknown as TypedDocumentString<IdentityDictionaryQuery, IdentityDictionaryQueryVariables>;
export const DataReleaseRecipientsDocument = new TypedDocumentString(`
    query DataReleaseRecipients {
  dataReleaseRecipients {
    recipientName
    requesterKind
    years
    publication
  }
}
    `) as unknown as TypedDocumentString<DataReleaseRecipientsQuery, DataReleaseRecipientsQueryVariables>;
export const DataReleaseSteeringRequestsDocument = new TypedDocumentString(`
    query DataReleaseSteeringRequests {
  dataRequests {
    requesterKind
    status
    history {
      to
    }
  }
}
    `) as unknown as TypedDocumentString<DataReleaseSteeringRequestsQuery, DataReleaseSteeringRequestsQueryVariables>;
export const DataReleaseFileRefusedDocument = new TypedDocumentString(`
    mutation DataReleaseFileRefused($input: DataRequestInput!) {
  fileDataRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DataReleaseFileRefusedMutation, DataReleaseFileRefusedMutationVariables>;
export const DataReleaseFileDocument = new TypedDocumentString(`
    mutation DataReleaseFile($input: DataRequestInput!) {
  fileDataRequest(input: $input) {
    id
    status
    requesterKind
  }
}
    `) as unknown as TypedDocumentString<DataReleaseFileMutation, DataReleaseFileMutationVariables>;
export const DataReleaseApproveDocument = new TypedDocumentString(`
    mutation DataReleaseApprove($id: ID!) {
  reviewDataRequest(id: $id, decision: APPROVE) {
    status
  }
}
    `) as unknown as TypedDocumentString<DataReleaseApproveMutation, DataReleaseApproveMutationVariables>;
export const DataReleaseReleaseDocument = new TypedDocumentString(`
    mutation DataReleaseRelease($id: ID!) {
  releaseData(requestId: $id) {
    status
    release {
      sha256
      downloadPath
      provision {
        casesIncluded
        items
        keyTableExists
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataReleaseReleaseMutation, DataReleaseReleaseMutationVariables>;
export const DataReleaseOwnRequestsDocument = new TypedDocumentString(`
    query DataReleaseOwnRequests {
  dataRequests {
    id
    release {
      downloadPath
    }
  }
}
    `) as unknown as TypedDocumentString<DataReleaseOwnRequestsQuery, DataReleaseOwnRequestsQueryVariables>;
export const DataReleasePublishedRecipientsDocument = new TypedDocumentString(`
    query DataReleasePublishedRecipients {
  dataReleaseRecipients {
    recipientName
    title
    years
  }
}
    `) as unknown as TypedDocumentString<DataReleasePublishedRecipientsQuery, DataReleasePublishedRecipientsQueryVariables>;
export const AdjudicationCacheLibraryDocument = new TypedDocumentString(`
    query AdjudicationCacheLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator {
        id
      }
      discussion {
        id
        posts {
          id
          kind
          body
          createdAt
          editedAt
          cursor
          author {
            id
          }
          image {
            seriesUid
            frame
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCacheLibraryQuery, AdjudicationCacheLibraryQueryVariables>;
export const AdjudicationCachePostDocument = new TypedDocumentString(`
    mutation AdjudicationCachePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCachePostMutation, AdjudicationCachePostMutationVariables>;
export const AdjudicationCacheCaseDocument = new TypedDocumentString(`
    query AdjudicationCacheCase($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    discussion {
      id
      posts {
        id
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCacheCaseQuery, AdjudicationCacheCaseQueryVariables>;
export const AdjudicationCacheCommitteeDocument = new TypedDocumentString(`
    query AdjudicationCacheCommittee($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    matters {
      id
      committeeThread {
        id
        posts {
          id
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCacheCommitteeQuery, AdjudicationCacheCommitteeQueryVariables>;
export const AdjudicationCacheReferDocument = new TypedDocumentString(`
    mutation AdjudicationCacheRefer($n: RegistrationNumber) {
  referCriteriaQuestion(
    question: "Is a 19 mm occlusion a long lesion?"
    registrationNumber: $n
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCacheReferMutation, AdjudicationCacheReferMutationVariables>;
export const AdjudicationCacheScreenDocument = new TypedDocumentString(`
    mutation AdjudicationCacheScreen($m: ID!) {
  screenMatter(matterId: $m, decision: ACCEPT) {
    status
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCacheScreenMutation, AdjudicationCacheScreenMutationVariables>;
export const AdjudicationCacheSessionDocument = new TypedDocumentString(`
    mutation AdjudicationCacheSession($m: ID!) {
  declareSession(matterId: $m) {
    status
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCacheSessionMutation, AdjudicationCacheSessionMutationVariables>;
export const EntityCacheWritesLibraryDocument = new TypedDocumentString(`
    query EntityCacheWritesLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator {
        id
        name
        status
        facility {
          name
        }
      }
      discussion {
        id
        posts {
          id
          author {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCacheWritesLibraryQuery, EntityCacheWritesLibraryQueryVariables>;
export const EntityCacheWritesLoginDocument = new TypedDocumentString(`
    mutation EntityCacheWritesLogin($id: String!, $pw: String!) {
  login(operatorId: $id, password: $pw) {
    token
  }
}
    `) as unknown as TypedDocumentString<EntityCacheWritesLoginMutation, EntityCacheWritesLoginMutationVariables>;
export const EntityCacheWritesRevokeDocument = new TypedDocumentString(`
    mutation EntityCacheWritesRevoke($input: RevocationInput!) {
  revokeCertification(input: $input) {
    operator {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCacheWritesRevokeMutation, EntityCacheWritesRevokeMutationVariables>;
export const EntityCacheWritesViewerDocument = new TypedDocumentString(`
    query EntityCacheWritesViewer {
  viewer {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<EntityCacheWritesViewerQuery, EntityCacheWritesViewerQueryVariables>;
export const EntityCacheLibraryDocument = new TypedDocumentString(`
    query EntityCacheLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator {
        id
        name
        status
        facility {
          name
        }
      }
      discussion {
        id
        posts {
          id
          body
          author {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCacheLibraryQuery, EntityCacheLibraryQueryVariables>;
export const EntityCacheRevokeDocument = new TypedDocumentString(`
    mutation EntityCacheRevoke($input: RevocationInput!) {
  revokeCertification(input: $input) {
    operator {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCacheRevokeMutation, EntityCacheRevokeMutationVariables>;
export const EntityCacheReadsDocument = new TypedDocumentString(`
    query EntityCacheReads {
  certifiedOperators(first: 5) {
    id
  }
  viewer {
    loginId
  }
}
    `) as unknown as TypedDocumentString<EntityCacheReadsQuery, EntityCacheReadsQueryVariables>;
export const EntityCacheThreadDocument = new TypedDocumentString(`
    query EntityCacheThread {
  case(registrationNumber: "CTO-2026-00008") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EntityCacheThreadQuery, EntityCacheThreadQueryVariables>;
export const EntityCachePostDocument = new TypedDocumentString(`
    mutation EntityCachePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<EntityCachePostMutation, EntityCachePostMutationVariables>;
export const RosterRegisterFacilityDocument = new TypedDocumentString(`
    mutation RosterRegisterFacility($i: FacilityInput!) {
  registerFacility(input: $i) {
    id
    name
    location
  }
}
    `) as unknown as TypedDocumentString<RosterRegisterFacilityMutation, RosterRegisterFacilityMutationVariables>;
export const RosterSiteApprovalDocument = new TypedDocumentString(`
    mutation RosterSiteApproval($i: SiteApprovalInput!) {
  recordSiteApproval(input: $i) {
    readyToRegister
  }
}
    `) as unknown as TypedDocumentString<RosterSiteApprovalMutation, RosterSiteApprovalMutationVariables>;
export const RosterRegisterCaseDocument = new TypedDocumentString(`
    mutation RosterRegisterCase($i: RegisterCaseInput!) {
  registerCase(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<RosterRegisterCaseMutation, RosterRegisterCaseMutationVariables>;
export const RosterLibraryDocument = new TypedDocumentString(`
    query RosterLibrary {
  caseLibrary(first: 50) {
    nodes {
      registrationNumber
      operator {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RosterLibraryQuery, RosterLibraryQueryVariables>;
export const FirstSliceLibraryDocument = new TypedDocumentString(`
    query FirstSliceLibrary($first: Int, $after: String) {
  caseLibrary(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      registrationNumber
      operator {
        id
        name
        facility {
          name
        }
      }
      discussion {
        id
        posts {
          id
          body
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceLibraryQuery, FirstSliceLibraryQueryVariables>;
export const FirstSliceThreadDocument = new TypedDocumentString(`
    query FirstSliceThread($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    discussion {
      id
      posts {
        id
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceThreadQuery, FirstSliceThreadQueryVariables>;
export const FirstSlicePostDocument = new TypedDocumentString(`
    mutation FirstSlicePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    body
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSlicePostMutation, FirstSlicePostMutationVariables>;
export const FirstSliceCaseDocument = new TypedDocumentString(`
    query FirstSliceCase {
  case(registrationNumber: "CTO-2026-00001") {
    registrationNumber
    operator {
      id
      name
      facility {
        name
      }
    }
    discussion {
      posts {
        body
        author {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceCaseQuery, FirstSliceCaseQueryVariables>;
export const FirstSliceCaseFieldsDocument = new TypedDocumentString(`
    query FirstSliceCaseFields {
  __type(name: "Case") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceCaseFieldsQuery, FirstSliceCaseFieldsQueryVariables>;
export const DicomwebRegisterCaseDocument = new TypedDocumentString(`
    mutation DicomwebRegisterCase($i: RegisterCaseInput!) {
  registerCase(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<DicomwebRegisterCaseMutation, DicomwebRegisterCaseMutationVariables>;
export const DicomwebStartUploadDocument = new TypedDocumentString(`
    mutation DicomwebStartUpload($i: StartImageUploadInput!) {
  startImageUpload(input: $i) {
    id
    stowUrl
  }
}
    `) as unknown as TypedDocumentString<DicomwebStartUploadMutation, DicomwebStartUploadMutationVariables>;
export const DicomwebUploadProgressDocument = new TypedDocumentString(`
    query DicomwebUploadProgress($id: ID!) {
  imageUpload(id: $id) {
    state
    bytesReceived
    instancesStored
  }
}
    `) as unknown as TypedDocumentString<DicomwebUploadProgressQuery, DicomwebUploadProgressQueryVariables>;
export const DicomwebCaseImagesDocument = new TypedDocumentString(`
    query DicomwebCaseImages($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    discussion {
      id
    }
    images {
      seriesInstanceUid
    }
  }
}
    `) as unknown as TypedDocumentString<DicomwebCaseImagesQuery, DicomwebCaseImagesQueryVariables>;
export const DicomwebLinkFrameDocument = new TypedDocumentString(`
    mutation DicomwebLinkFrame($t: ID!, $i: ImageLinkInput) {
  postToThread(threadId: $t, body: "Frame 40: the proximal cap.", image: $i) {
    image {
      frame
      series {
        kind
        frameCount
        registrationNumber
        frameUrl(frame: 39)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DicomwebLinkFrameMutation, DicomwebLinkFrameMutationVariables>;
export const DicomwebRegisterAbandonedDocument = new TypedDocumentString(`
    mutation DicomwebRegisterAbandoned($i: RegisterCaseInput!) {
  registerCase(input: $i) {
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<DicomwebRegisterAbandonedMutation, DicomwebRegisterAbandonedMutationVariables>;
export const DicomwebStartAbandonedDocument = new TypedDocumentString(`
    mutation DicomwebStartAbandoned($i: StartImageUploadInput!) {
  startImageUpload(input: $i) {
    id
    stowUrl
  }
}
    `) as unknown as TypedDocumentString<DicomwebStartAbandonedMutation, DicomwebStartAbandonedMutationVariables>;
export const DicomwebAbandonedStateDocument = new TypedDocumentString(`
    query DicomwebAbandonedState($id: ID!) {
  imageUpload(id: $id) {
    state
    bytesReceived
  }
}
    `) as unknown as TypedDocumentString<DicomwebAbandonedStateQuery, DicomwebAbandonedStateQueryVariables>;
export const LifecyclePostsAddedDocument = new TypedDocumentString(`
    subscription LifecyclePostsAdded($t: ID!, $after: String) {
  threadPostAdded(threadId: $t, after: $after) {
    body
    cursor
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LifecyclePostsAddedSubscription, LifecyclePostsAddedSubscriptionVariables>;
export const LifecyclePostDocument = new TypedDocumentString(`
    mutation LifecyclePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    cursor
  }
}
    `) as unknown as TypedDocumentString<LifecyclePostMutation, LifecyclePostMutationVariables>;
export const LifecycleThreadOfCaseDocument = new TypedDocumentString(`
    query LifecycleThreadOfCase {
  case(registrationNumber: "CTO-2026-00002") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleThreadOfCaseQuery, LifecycleThreadOfCaseQueryVariables>;
export const LifecycleLibraryInFlightDocument = new TypedDocumentString(`
    query LifecycleLibraryInFlight {
  caseLibrary(first: 50) {
    totalCount
    nodes {
      registrationNumber
      operator {
        name
      }
      discussion {
        posts {
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleLibraryInFlightQuery, LifecycleLibraryInFlightQueryVariables>;
export const LiveJoinPostDocument = new TypedDocumentString(`
    mutation LiveJoinPost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    cursor
  }
}
    `) as unknown as TypedDocumentString<LiveJoinPostMutation, LiveJoinPostMutationVariables>;
export const LiveJoinThreadDocument = new TypedDocumentString(`
    query LiveJoinThread {
  case(registrationNumber: "CTO-2026-00007") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveJoinThreadQuery, LiveJoinThreadQueryVariables>;
export const LiveOutagePostDocument = new TypedDocumentString(`
    mutation LiveOutagePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    cursor
  }
}
    `) as unknown as TypedDocumentString<LiveOutagePostMutation, LiveOutagePostMutationVariables>;
export const LiveOutageThreadOfCaseDocument = new TypedDocumentString(`
    query LiveOutageThreadOfCase {
  case(registrationNumber: "CTO-2026-00004") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveOutageThreadOfCaseQuery, LiveOutageThreadOfCaseQueryVariables>;
export const LiveResumePostsAddedDocument = new TypedDocumentString(`
    subscription LiveResumePostsAdded($threadId: ID!) {
  threadPostAdded(threadId: $threadId) {
    body
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LiveResumePostsAddedSubscription, LiveResumePostsAddedSubscriptionVariables>;
export const LiveResumePostDocument = new TypedDocumentString(`
    mutation LiveResumePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveResumePostMutation, LiveResumePostMutationVariables>;
export const LiveResumeThreadOfCaseDocument = new TypedDocumentString(`
    query LiveResumeThreadOfCase {
  case(registrationNumber: "CTO-2026-00006") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveResumeThreadOfCaseQuery, LiveResumeThreadOfCaseQueryVariables>;
export const LiveSharingPostDocument = new TypedDocumentString(`
    mutation LiveSharingPost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    cursor
  }
}
    `) as unknown as TypedDocumentString<LiveSharingPostMutation, LiveSharingPostMutationVariables>;
export const LiveSharingThreadOfCaseDocument = new TypedDocumentString(`
    query LiveSharingThreadOfCase {
  case(registrationNumber: "CTO-2026-00006") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveSharingThreadOfCaseQuery, LiveSharingThreadOfCaseQueryVariables>;
export const LivePostDocument = new TypedDocumentString(`
    mutation LivePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    cursor
  }
}
    `) as unknown as TypedDocumentString<LivePostMutation, LivePostMutationVariables>;
export const LiveThreadOfCaseDocument = new TypedDocumentString(`
    query LiveThreadOfCase($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveThreadOfCaseQuery, LiveThreadOfCaseQueryVariables>;
export const ReplicaFailoverPostsAddedDocument = new TypedDocumentString(`
    subscription ReplicaFailoverPostsAdded($threadId: ID!, $after: String) {
  threadPostAdded(threadId: $threadId, after: $after) {
    id
    body
    cursor
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaFailoverPostsAddedSubscription, ReplicaFailoverPostsAddedSubscriptionVariables>;
export const ReplicaFailoverPostDocument = new TypedDocumentString(`
    mutation ReplicaFailoverPost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    cursor
  }
}
    `) as unknown as TypedDocumentString<ReplicaFailoverPostMutation, ReplicaFailoverPostMutationVariables>;
export const ReplicaFailoverThreadDocument = new TypedDocumentString(`
    query ReplicaFailoverThread {
  case(registrationNumber: "CTO-2026-00004") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaFailoverThreadQuery, ReplicaFailoverThreadQueryVariables>;
export const ReplicaFailoverThreadPostsDocument = new TypedDocumentString(`
    query ReplicaFailoverThreadPosts {
  case(registrationNumber: "CTO-2026-00004") {
    discussion {
      id
      posts(first: 1) {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaFailoverThreadPostsQuery, ReplicaFailoverThreadPostsQueryVariables>;
export const SecurityThreadOfCaseDocument = new TypedDocumentString(`
    query SecurityThreadOfCase {
  case(registrationNumber: "CTO-2026-00010") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityThreadOfCaseQuery, SecurityThreadOfCaseQueryVariables>;
export const SecurityFailingPostDocument = new TypedDocumentString(`
    mutation SecurityFailingPost($t: ID!) {
  postToThread(threadId: $t, body: "boom") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityFailingPostMutation, SecurityFailingPostMutationVariables>;
export const SecurityPostsAfterFailureDocument = new TypedDocumentString(`
    query SecurityPostsAfterFailure {
  case(registrationNumber: "CTO-2026-00010") {
    discussion {
      posts {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityPostsAfterFailureQuery, SecurityPostsAfterFailureQueryVariables>;
export const SharedFetchesThreadDocument = new TypedDocumentString(`
    query SharedFetchesThread($id: ID!) {
  thread(id: $id) {
    posts {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<SharedFetchesThreadQuery, SharedFetchesThreadQueryVariables>;
export const SharedFetchesThreadOfCaseDocument = new TypedDocumentString(`
    query SharedFetchesThreadOfCase {
  case(registrationNumber: "CTO-2026-00004") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SharedFetchesThreadOfCaseQuery, SharedFetchesThreadOfCaseQueryVariables>;
export const SubscriptionReleaseThreadOfCaseDocument = new TypedDocumentString(`
    query SubscriptionReleaseThreadOfCase {
  case(registrationNumber: "CTO-2026-00003") {
    discussion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionReleaseThreadOfCaseQuery, SubscriptionReleaseThreadOfCaseQueryVariables>;