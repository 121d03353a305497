/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CommitteeCaseRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }": typeof types.CommitteeCaseReadDocument,
    "query CommitteeCaseMatter($m: ID!) { matter(id: $m) { status case { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } }\n  coreLabReads { criteriaVersion judgement { technicalSuccess } } images { seriesInstanceUid } } } }": typeof types.CommitteeCaseMatterDocument,
    "query CommitteeCaseCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber } }": typeof types.CommitteeCaseCaseDocument,
    "query CommitteeCaseViewer { viewer { id } }": typeof types.CommitteeCaseViewerDocument,
    "mutation CommitteeCaseAccept($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }": typeof types.CommitteeCaseAcceptDocument,
    "query CommitteeCaseAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }": typeof types.CommitteeCaseAssignmentsDocument,
    "mutation CommitteeCaseRaise($n: RegistrationNumber!) { raiseObjection(registrationNumber: $n, grounds: \"TIMI 3 on the final run.\") { id } }": typeof types.CommitteeCaseRaiseDocument,
    "mutation CommitteeCaseRegister($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": typeof types.CommitteeCaseRegisterDocument,
    "mutation CommitteeCaseStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { stowUrl } }": typeof types.CommitteeCaseStartUploadDocument,
    "mutation CommitteeCaseAskDataCenter($n: RegistrationNumber) { askDataCenterQuestion(question: \"Is this retrograde crossing a technical success?\", registrationNumber: $n) { id } }": typeof types.CommitteeCaseAskDataCenterDocument,
    "query CommitteeCaseImages($m: ID!) { matter(id: $m) { case { registrationNumber caseReportForm { state } images { kind seriesInstanceUid } } } }": typeof types.CommitteeCaseImagesDocument,
    "mutation CommitteeCaseRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }": typeof types.CommitteeCaseRemoveMemberDocument,
    "subscription CommitteeJourneyTally($m: ID!, $after: String) {\n  matterTallyUpdated(matterId: $m, after: $after) { event pointNumber round decision cursor tally { yes no abstain cast eligible complete outcome tie } }\n}": typeof types.CommitteeJourneyTallyDocument,
    "subscription CommitteeJourneyStatus($m: ID, $after: String) { matterStatusChanged(matterId: $m, after: $after) { matterId from to cursor case { registrationNumber } } }": typeof types.CommitteeJourneyStatusDocument,
    "mutation CommitteeJourneyVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id } }": typeof types.CommitteeJourneyVoteDocument,
    "mutation CommitteeJourneyRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status reads { criteriaVersion } } }": typeof types.CommitteeJourneyReadDocument,
    "query CommitteeJourneyAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }": typeof types.CommitteeJourneyAssignmentsDocument,
    "query CommitteeJourneyViewer { viewer { id } }": typeof types.CommitteeJourneyViewerDocument,
    "query CommitteeJourneyOfficialResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { criteriaVersion outcomes { technicalSuccess } } } }": typeof types.CommitteeJourneyOfficialResultDocument,
    "mutation CommitteeJourneyRaise($n: RegistrationNumber!) {\n      raiseObjection(registrationNumber: $n, grounds: \"The wire reached the distal true lumen; the final run shows TIMI 3.\") { id status }\n    }": typeof types.CommitteeJourneyRaiseDocument,
    "mutation CommitteeJourneyDeclareEarly($m: ID!) { declareSession(matterId: $m) { id } }": typeof types.CommitteeJourneyDeclareEarlyDocument,
    "mutation CommitteeJourneyScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }": typeof types.CommitteeJourneyScreenDocument,
    "mutation CommitteeJourneyDeclare($m: ID!) { declareSession(matterId: $m) { status } }": typeof types.CommitteeJourneyDeclareDocument,
    "mutation CommitteeJourneyPoints($m: ID!) {\n      postPointsAtIssue(matterId: $m, points: [\"The procedure was a technical success.\"]) { pointsAtIssue { id } committeeThread { id } }\n    }": typeof types.CommitteeJourneyPointsDocument,
    "query CommitteeJourneyCaseMatters($n: RegistrationNumber!) { case(registrationNumber: $n) { matters { id status pointsAtIssue { number text } } } }": typeof types.CommitteeJourneyCaseMattersDocument,
    "mutation CommitteeJourneySecondRound($p: ID!) { callSecondRound(pointId: $p) { currentRound } }": typeof types.CommitteeJourneySecondRoundDocument,
    "query CommitteeJourneyHiddenVotes($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { choice } } } } }": typeof types.CommitteeJourneyHiddenVotesDocument,
    "mutation CommitteeJourneyDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } } }": typeof types.CommitteeJourneyDecideDocument,
    "query CommitteeJourneyPublicRulings { rulings { id registrationNumber decision reasoning answer matter { status pointsAtIssue { decision rounds { tally { yes no } } } } } }": typeof types.CommitteeJourneyPublicRulingsDocument,
    "query CommitteeJourneyVoteRecord($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { member { name } choice } } } } }": typeof types.CommitteeJourneyVoteRecordDocument,
    "mutation CommitteeJourneyPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom ruling { id } } }": typeof types.CommitteeJourneyPublishCriteriaDocument,
    "query CommitteeJourneyChangedResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } changes { rulingId field to } } } }": typeof types.CommitteeJourneyChangedResultDocument,
    "subscription DiscussionPostsAdded($t: ID!) { threadPostAdded(threadId: $t) { id body kind author { name } image { seriesUid frame } replyTo { id } } }": typeof types.DiscussionPostsAddedDocument,
    "subscription DiscussionNotifications { notificationAdded { kind post { id body author { name } } thread { case { registrationNumber } } } }": typeof types.DiscussionNotificationsDocument,
    "mutation DiscussionPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput) { postToThread(threadId: $t, body: $b, replyTo: $r, image: $i) { id } }": typeof types.DiscussionPostDocument,
    "query DiscussionLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { id } discussion { id } } } }": typeof types.DiscussionLibraryDocument,
    "mutation DiscussionEdit($p: ID!) { editPost(postId: $p, body: \"How did you handle the ambiguous proximal cap?\") { id } }": typeof types.DiscussionEditDocument,
    "query DiscussionThread($t: ID!) { thread(id: $t) { posts { id body editedAt revisions { body } } } }": typeof types.DiscussionThreadDocument,
    "query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }": typeof types.AnnualReportJourneyDocument,
    "query AnnualReportPastYears($y: Int!) { annualReport(year: $y) { status sha256 overall { cases technicalSuccess { numerator denominator } complications { kind rate { numerator } } } byJctoCategory { category figures { cases } } byApproach { approach figures { cases } } } }": typeof types.AnnualReportPastYearsDocument,
    "mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id name } } }": typeof types.AskedFileDocument,
    "query AskedAwaiting($first: Int, $after: ID) {\n  applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName ctoExperience facility { name } } }": typeof types.AskedAwaitingDocument,
    "query AskedApplication($id: ID!) { application(id: $id) { applicantName askedRecommenders { id } recommendations { recommender { id } } } }": typeof types.AskedApplicationDocument,
    "mutation AskedRecommend($id: ID!, $letter: String!) { recommendApplication(applicationId: $id, letter: $letter) { id } }": typeof types.AskedRecommendDocument,
    "query EdcCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber operator { name } facility { name siteApproval { approvalNumber } }\n  patientIdentification { code initials } } }": typeof types.EdcCaseDocument,
    "query EdcCoreLabLibrary { caseLibrary(first: 100) { nodes { patientIdentification { code initials } } } }": typeof types.EdcCoreLabLibraryDocument,
    "mutation EdcSubmit { submitCaseReportForm(registrationNumber: \"CTO-2026-00001\") { caseReportForm { state } } }": typeof types.EdcSubmitDocument,
    "mutation EdcReauthenticate($pw: String!) { reauthenticateForSignature(password: $pw, registrationNumber: \"CTO-2026-00001\") { assertion expiresAt } }": typeof types.EdcReauthenticateDocument,
    "mutation EdcSign($t: String!) { signCaseReportForm(input: { registrationNumber: \"CTO-2026-00001\", meaning: APPROVED_AS_CORRECT, signatureAssertion: $t }) {\n        caseReportForm { signature { signer { name } operator { name } meaning valid signedAt } } } }": typeof types.EdcSignDocument,
    "query EdcUnsigned { case(registrationNumber: \"CTO-2026-00001\") { caseReportForm { signature { valid } } } }": typeof types.EdcUnsignedDocument,
    "query EdcAssertionAsSession { viewer { name } }": typeof types.EdcAssertionAsSessionDocument,
    "subscription EdcSeriousAdverseEvents { seriousAdverseEventReported(after: \"0\") { registrationNumber cursor adverseEvent { name serious } } }": typeof types.EdcSeriousAdverseEventsDocument,
    "mutation EdcSeriousEvent { reportAdverseEvent(input: { registrationNumber: \"CTO-2026-00001\", name: \"Cardiac tamponade\", onsetOn: \"2026-01-10\", outcome: IMPROVED, outcomeOn: \"2026-01-20\",\n        otherTreatment: OTHER, seriousnessCriteria: [LIFE_THREATENING], severity: SEVERE, causality: RELATED }) { serious } }": typeof types.EdcSeriousEventDocument,
    "query EdcAdverseEvents($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name onsetOn outcomeOn recordedAt } } }": typeof types.EdcAdverseEventsDocument,
    "mutation EdcMalformedDate($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }": typeof types.EdcMalformedDateDocument,
    "query EdcSafetyAlerts { safetyAlerts(first: 1) { reportedAt adverseEvent { recordedAt } } }": typeof types.EdcSafetyAlertsDocument,
    "query EdcAdverseEventNames($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name } } }": typeof types.EdcAdverseEventNamesDocument,
    "query EdcOrphanLibrary { caseLibrary(first: 5) { nodes { registrationNumber operator { name } facility { name } } } }": typeof types.EdcOrphanLibraryDocument,
    "mutation CertificationJourneyLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }": typeof types.CertificationJourneyLoginDocument,
    "query CertificationJourneyPublicList { certifiedOperators(prefecture: \"Osaka\") { id name facility { name location } } certifiedOperatorsUpdatedOn }": typeof types.CertificationJourneyPublicListDocument,
    "mutation CertificationJourneyRenew($year: Int!) { runAnnualRenewal(year: $year) { results { operator { id } outcome completedRegistrations } } }": typeof types.CertificationJourneyRenewDocument,
    "query CertificationJourneyMe { viewer { roles operator { id status continuationQuestion { id askedForYear } statusHistory { from to effectiveOn rule } } } }": typeof types.CertificationJourneyMeDocument,
    "mutation CertificationJourneyFile { fileApplication(input: { applicantName: \"Sora Aoki\", facilityId: \"F002\", ctoExperience: 340 }) { id status } }": typeof types.CertificationJourneyFileDocument,
    "mutation CertificationJourneyRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"I vouch for this operator.\") { id } }": typeof types.CertificationJourneyRecommendDocument,
    "mutation CertificationJourneyApprove($id: ID!) { approveApplication(applicationId: $id, reason: \"Recommended by two certified operators\") { initialPassword operator { id status } } }": typeof types.CertificationJourneyApproveDocument,
    "mutation CertificationJourneyChangePassword($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { viewer { roles } } }": typeof types.CertificationJourneyChangePasswordDocument,
    "mutation CertificationJourneyRequestReview { requestCertificationReview { id completedRegistrations } }": typeof types.CertificationJourneyRequestReviewDocument,
    "mutation CertificationJourneyDecideReview($id: ID!) { decideCertificationReview(reviewId: $id, decision: CERTIFY, reason: \"50 cases within the first year\") { status } }": typeof types.CertificationJourneyDecideReviewDocument,
    "mutation CertificationJourneyAnswerContinuation($id: ID!) { answerContinuationQuestion(questionId: $id, answer: CONTINUE) { answer } }": typeof types.CertificationJourneyAnswerContinuationDocument,
    "query BlindingWorklist { coreLabWorklist { registrationNumber dueOn status reads { readerId judgement { ctoStatus jctoScore } } result { outcomes { technicalSuccess } } }\n             coreLabCase(registrationNumber: \"CTO-2026-00001\") { registrationNumber status result { judgement { timiAfter } criteriaVersion } } }": typeof types.BlindingWorklistDocument,
    "query BlindingProbeLibrary { caseLibrary { nodes { registrationNumber operator { name } } } }": typeof types.BlindingProbeLibraryDocument,
    "query BlindingProbeCase { case(registrationNumber: \"CTO-2026-00001\") { registrationNumber operator { name } facility { name } } }": typeof types.BlindingProbeCaseDocument,
    "query BlindingProbeOperators { certifiedOperators { id name } }": typeof types.BlindingProbeOperatorsDocument,
    "query BlindingProbeRevocations { publishedRevocations { __typename } }": typeof types.BlindingProbeRevocationsDocument,
    "query BlindingProbeMatters { matters { id } }": typeof types.BlindingProbeMattersDocument,
    "query BlindingProbeCommittee { committee { members { person { name } } } }": typeof types.BlindingProbeCommitteeDocument,
    "mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }": typeof types.CoreLabOfficialReadDocument,
    "query CoreLabOfficialViewer { viewer { id } }": typeof types.CoreLabOfficialViewerDocument,
    "subscription CoreLabOfficialNotices($after: String) { officialResultRecorded(after: $after) { registrationNumber outcomes { technicalSuccess procedureSuccess } } }": typeof types.CoreLabOfficialNoticesDocument,
    "query CoreLabOfficialAssignments { coreLabCase(registrationNumber: \"CTO-2026-00002\") { assignments { readerId } } }": typeof types.CoreLabOfficialAssignmentsDocument,
    "query CoreLabOfficialComparison { case(registrationNumber: \"CTO-2026-00002\") { coreLabComparison { field official operator differs } } }": typeof types.CoreLabOfficialComparisonDocument,
    "mutation IdentityFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id asksIdentity identityApproved } }": typeof types.IdentityFileDocument,
    "mutation IdentityReview($id: ID!, $decision: DataRequestDecision!, $reason: String, $approveIdentity: Boolean) {\n  reviewDataRequest(id: $id, decision: $decision, reason: $reason, approveIdentity: $approveIdentity) { status identityApproved history { to reason } }\n}": typeof types.IdentityReviewDocument,
    "mutation IdentityRelease($id: ID!) { releaseData(requestId: $id) { release { downloadPath provision { items anonymization } } } }": typeof types.IdentityReleaseDocument,
    "query IdentityRequest($id: ID!) { dataRequest(id: $id) { status identityApproved } }": typeof types.IdentityRequestDocument,
    "query IdentityDictionary { dataDictionary { id identifying } }": typeof types.IdentityDictionaryDocument,
    "query DataReleaseRecipients { dataReleaseRecipients { recipientName requesterKind years publication } }": typeof types.DataReleaseRecipientsDocument,
    "query DataReleaseSteeringRequests { dataRequests { requesterKind status history { to } } }": typeof types.DataReleaseSteeringRequestsDocument,
    "mutation DataReleaseFileRefused($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }": typeof types.DataReleaseFileRefusedDocument,
    "mutation DataReleaseFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id status requesterKind } }": typeof types.DataReleaseFileDocument,
    "mutation DataReleaseApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }": typeof types.DataReleaseApproveDocument,
    "mutation DataReleaseRelease($id: ID!) { releaseData(requestId: $id) { status release { sha256 downloadPath provision { casesIncluded items keyTableExists } } } }": typeof types.DataReleaseReleaseDocument,
    "query DataReleaseOwnRequests { dataRequests { id release { downloadPath } } }": typeof types.DataReleaseOwnRequestsDocument,
    "query DataReleasePublishedRecipients { dataReleaseRecipients { recipientName title years } }": typeof types.DataReleasePublishedRecipientsDocument,
    "query AdjudicationCacheLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id }\n      discussion { id posts { id kind body createdAt editedAt cursor author { id } image { seriesUid frame } } }\n    }\n  }\n}": typeof types.AdjudicationCacheLibraryDocument,
    "mutation AdjudicationCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": typeof types.AdjudicationCachePostDocument,
    "query AdjudicationCacheCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }": typeof types.AdjudicationCacheCaseDocument,
    "query AdjudicationCacheCommittee($n: RegistrationNumber!) {\n  case(registrationNumber: $n) { matters { id committeeThread { id posts { id body } } } }\n}": typeof types.AdjudicationCacheCommitteeDocument,
    "mutation AdjudicationCacheRefer($n: RegistrationNumber) { referCriteriaQuestion(question: \"Is a 19 mm occlusion a long lesion?\", registrationNumber: $n) { id } }": typeof types.AdjudicationCacheReferDocument,
    "mutation AdjudicationCacheScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }": typeof types.AdjudicationCacheScreenDocument,
    "mutation AdjudicationCacheSession($m: ID!) { declareSession(matterId: $m) { status } }": typeof types.AdjudicationCacheSessionDocument,
    "query EntityCacheWritesLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id name status facility { name } }\n      discussion { id posts { id author { id name } } }\n    }\n  }\n}": typeof types.EntityCacheWritesLibraryDocument,
    "mutation EntityCacheWritesLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }": typeof types.EntityCacheWritesLoginDocument,
    "mutation EntityCacheWritesRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }": typeof types.EntityCacheWritesRevokeDocument,
    "query EntityCacheWritesViewer { viewer { id roles } }": typeof types.EntityCacheWritesViewerDocument,
    "query EntityCacheLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id name status facility { name } }\n      discussion { id posts { id body author { id name } } }\n    }\n  }\n}": typeof types.EntityCacheLibraryDocument,
    "mutation EntityCacheRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }": typeof types.EntityCacheRevokeDocument,
    "query EntityCacheReads { certifiedOperators(first: 5) { id } viewer { loginId } }": typeof types.EntityCacheReadsDocument,
    "query EntityCacheThread { case(registrationNumber: \"CTO-2026-00008\") { discussion { id } } }": typeof types.EntityCacheThreadDocument,
    "mutation EntityCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": typeof types.EntityCachePostDocument,
    "mutation RosterRegisterFacility($i: FacilityInput!) { registerFacility(input: $i) { id name location } }": typeof types.RosterRegisterFacilityDocument,
    "mutation RosterSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }": typeof types.RosterSiteApprovalDocument,
    "mutation RosterRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": typeof types.RosterRegisterCaseDocument,
    "query RosterLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { name } } } }": typeof types.RosterLibraryDocument,
    "query FirstSliceLibrary($first: Int, $after: String) {\n  caseLibrary(first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      registrationNumber\n      operator { id name facility { name } }\n      discussion { id posts { id body createdAt author { id name } } }\n    }\n  }\n}": typeof types.FirstSliceLibraryDocument,
    "query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }": typeof types.FirstSliceThreadDocument,
    "mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }": typeof types.FirstSlicePostDocument,
    "query FirstSliceCase { case(registrationNumber: \"CTO-2026-00001\") {\n          registrationNumber operator { id name facility { name } }\n          discussion { posts { body author { name } } } } }": typeof types.FirstSliceCaseDocument,
    "query FirstSliceCaseFields { __type(name: \"Case\") { fields { name } } }": typeof types.FirstSliceCaseFieldsDocument,
    "mutation DicomwebRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": typeof types.DicomwebRegisterCaseDocument,
    "mutation DicomwebStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }": typeof types.DicomwebStartUploadDocument,
    "query DicomwebUploadProgress($id: ID!) { imageUpload(id: $id) { state bytesReceived instancesStored } }": typeof types.DicomwebUploadProgressDocument,
    "query DicomwebCaseImages($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } images { seriesInstanceUid } } }": typeof types.DicomwebCaseImagesDocument,
    "mutation DicomwebLinkFrame($t: ID!, $i: ImageLinkInput) { postToThread(threadId: $t, body: \"Frame 40: the proximal cap.\", image: $i) { image { frame series { kind frameCount registrationNumber frameUrl(frame: 39) } } } }": typeof types.DicomwebLinkFrameDocument,
    "mutation DicomwebRegisterAbandoned($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": typeof types.DicomwebRegisterAbandonedDocument,
    "mutation DicomwebStartAbandoned($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }": typeof types.DicomwebStartAbandonedDocument,
    "query DicomwebAbandonedState($id: ID!) { imageUpload(id: $id) { state bytesReceived } }": typeof types.DicomwebAbandonedStateDocument,
    "subscription LifecyclePostsAdded($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }": typeof types.LifecyclePostsAddedDocument,
    "mutation LifecyclePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": typeof types.LifecyclePostDocument,
    "query LifecycleThreadOfCase { case(registrationNumber: \"CTO-2026-00002\") { discussion { id } } }": typeof types.LifecycleThreadOfCaseDocument,
    "query LifecycleLibraryInFlight { caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name } discussion { posts { body } } } } }": typeof types.LifecycleLibraryInFlightDocument,
    "mutation LiveJoinPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": typeof types.LiveJoinPostDocument,
    "query LiveJoinThread { case(registrationNumber: \"CTO-2026-00007\") { discussion { id } } }": typeof types.LiveJoinThreadDocument,
    "mutation LiveOutagePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": typeof types.LiveOutagePostDocument,
    "query LiveOutageThreadOfCase { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }": typeof types.LiveOutageThreadOfCaseDocument,
    "subscription LiveResumePostsAdded($threadId: ID!) { threadPostAdded(threadId: $threadId) { body author { name } } }": typeof types.LiveResumePostsAddedDocument,
    "mutation LiveResumePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": typeof types.LiveResumePostDocument,
    "query LiveResumeThreadOfCase { case(registrationNumber: \"CTO-2026-00006\") { discussion { id } } }": typeof types.LiveResumeThreadOfCaseDocument,
    "mutation LiveSharingPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": typeof types.LiveSharingPostDocument,
    "query LiveSharingThreadOfCase { case(registrationNumber: \"CTO-2026-00006\") { discussion { id } } }": typeof types.LiveSharingThreadOfCaseDocument,
    "mutation LivePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": typeof types.LivePostDocument,
    "query LiveThreadOfCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } } }": typeof types.LiveThreadOfCaseDocument,
    "subscription ReplicaFailoverPostsAdded($threadId: ID!, $after: String) {\n  threadPostAdded(threadId: $threadId, after: $after) { id body cursor author { name } }\n}": typeof types.ReplicaFailoverPostsAddedDocument,
    "mutation ReplicaFailoverPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": typeof types.ReplicaFailoverPostDocument,
    "query ReplicaFailoverThread { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }": typeof types.ReplicaFailoverThreadDocument,
    "query ReplicaFailoverThreadPosts { case(registrationNumber: \"CTO-2026-00004\") { discussion { id posts(first: 1) { body } } } }": typeof types.ReplicaFailoverThreadPostsDocument,
    "query SecurityThreadOfCase { case(registrationNumber: \"CTO-2026-00010\") { discussion { id } } }": typeof types.SecurityThreadOfCaseDocument,
    "mutation SecurityFailingPost($t: ID!) { postToThread(threadId: $t, body: \"boom\") { id } }": typeof types.SecurityFailingPostDocument,
    "query SecurityPostsAfterFailure { case(registrationNumber: \"CTO-2026-00010\") { discussion { posts { id } } } }": typeof types.SecurityPostsAfterFailureDocument,
    "query SharedFetchesThread($id: ID!) { thread(id: $id) { posts { body } } }": typeof types.SharedFetchesThreadDocument,
    "query SharedFetchesThreadOfCase { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }": typeof types.SharedFetchesThreadOfCaseDocument,
    "query SubscriptionReleaseThreadOfCase { case(registrationNumber: \"CTO-2026-00003\") { discussion { id } } }": typeof types.SubscriptionReleaseThreadOfCaseDocument,
};
const documents: Documents = {
    "mutation CommitteeCaseRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }": types.CommitteeCaseReadDocument,
    "query CommitteeCaseMatter($m: ID!) { matter(id: $m) { status case { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } }\n  coreLabReads { criteriaVersion judgement { technicalSuccess } } images { seriesInstanceUid } } } }": types.CommitteeCaseMatterDocument,
    "query CommitteeCaseCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber } }": types.CommitteeCaseCaseDocument,
    "query CommitteeCaseViewer { viewer { id } }": types.CommitteeCaseViewerDocument,
    "mutation CommitteeCaseAccept($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }": types.CommitteeCaseAcceptDocument,
    "query CommitteeCaseAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }": types.CommitteeCaseAssignmentsDocument,
    "mutation CommitteeCaseRaise($n: RegistrationNumber!) { raiseObjection(registrationNumber: $n, grounds: \"TIMI 3 on the final run.\") { id } }": types.CommitteeCaseRaiseDocument,
    "mutation CommitteeCaseRegister($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": types.CommitteeCaseRegisterDocument,
    "mutation CommitteeCaseStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { stowUrl } }": types.CommitteeCaseStartUploadDocument,
    "mutation CommitteeCaseAskDataCenter($n: RegistrationNumber) { askDataCenterQuestion(question: \"Is this retrograde crossing a technical success?\", registrationNumber: $n) { id } }": types.CommitteeCaseAskDataCenterDocument,
    "query CommitteeCaseImages($m: ID!) { matter(id: $m) { case { registrationNumber caseReportForm { state } images { kind seriesInstanceUid } } } }": types.CommitteeCaseImagesDocument,
    "mutation CommitteeCaseRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }": types.CommitteeCaseRemoveMemberDocument,
    "subscription CommitteeJourneyTally($m: ID!, $after: String) {\n  matterTallyUpdated(matterId: $m, after: $after) { event pointNumber round decision cursor tally { yes no abstain cast eligible complete outcome tie } }\n}": types.CommitteeJourneyTallyDocument,
    "subscription CommitteeJourneyStatus($m: ID, $after: String) { matterStatusChanged(matterId: $m, after: $after) { matterId from to cursor case { registrationNumber } } }": types.CommitteeJourneyStatusDocument,
    "mutation CommitteeJourneyVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id } }": types.CommitteeJourneyVoteDocument,
    "mutation CommitteeJourneyRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status reads { criteriaVersion } } }": types.CommitteeJourneyReadDocument,
    "query CommitteeJourneyAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }": types.CommitteeJourneyAssignmentsDocument,
    "query CommitteeJourneyViewer { viewer { id } }": types.CommitteeJourneyViewerDocument,
    "query CommitteeJourneyOfficialResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { criteriaVersion outcomes { technicalSuccess } } } }": types.CommitteeJourneyOfficialResultDocument,
    "mutation CommitteeJourneyRaise($n: RegistrationNumber!) {\n      raiseObjection(registrationNumber: $n, grounds: \"The wire reached the distal true lumen; the final run shows TIMI 3.\") { id status }\n    }": types.CommitteeJourneyRaiseDocument,
    "mutation CommitteeJourneyDeclareEarly($m: ID!) { declareSession(matterId: $m) { id } }": types.CommitteeJourneyDeclareEarlyDocument,
    "mutation CommitteeJourneyScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }": types.CommitteeJourneyScreenDocument,
    "mutation CommitteeJourneyDeclare($m: ID!) { declareSession(matterId: $m) { status } }": types.CommitteeJourneyDeclareDocument,
    "mutation CommitteeJourneyPoints($m: ID!) {\n      postPointsAtIssue(matterId: $m, points: [\"The procedure was a technical success.\"]) { pointsAtIssue { id } committeeThread { id } }\n    }": types.CommitteeJourneyPointsDocument,
    "query CommitteeJourneyCaseMatters($n: RegistrationNumber!) { case(registrationNumber: $n) { matters { id status pointsAtIssue { number text } } } }": types.CommitteeJourneyCaseMattersDocument,
    "mutation CommitteeJourneySecondRound($p: ID!) { callSecondRound(pointId: $p) { currentRound } }": types.CommitteeJourneySecondRoundDocument,
    "query CommitteeJourneyHiddenVotes($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { choice } } } } }": types.CommitteeJourneyHiddenVotesDocument,
    "mutation CommitteeJourneyDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } } }": types.CommitteeJourneyDecideDocument,
    "query CommitteeJourneyPublicRulings { rulings { id registrationNumber decision reasoning answer matter { status pointsAtIssue { decision rounds { tally { yes no } } } } } }": types.CommitteeJourneyPublicRulingsDocument,
    "query CommitteeJourneyVoteRecord($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { member { name } choice } } } } }": types.CommitteeJourneyVoteRecordDocument,
    "mutation CommitteeJourneyPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom ruling { id } } }": types.CommitteeJourneyPublishCriteriaDocument,
    "query CommitteeJourneyChangedResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } changes { rulingId field to } } } }": types.CommitteeJourneyChangedResultDocument,
    "subscription DiscussionPostsAdded($t: ID!) { threadPostAdded(threadId: $t) { id body kind author { name } image { seriesUid frame } replyTo { id } } }": types.DiscussionPostsAddedDocument,
    "subscription DiscussionNotifications { notificationAdded { kind post { id body author { name } } thread { case { registrationNumber } } } }": types.DiscussionNotificationsDocument,
    "mutation DiscussionPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput) { postToThread(threadId: $t, body: $b, replyTo: $r, image: $i) { id } }": types.DiscussionPostDocument,
    "query DiscussionLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { id } discussion { id } } } }": types.DiscussionLibraryDocument,
    "mutation DiscussionEdit($p: ID!) { editPost(postId: $p, body: \"How did you handle the ambiguous proximal cap?\") { id } }": types.DiscussionEditDocument,
    "query DiscussionThread($t: ID!) { thread(id: $t) { posts { id body editedAt revisions { body } } } }": types.DiscussionThreadDocument,
    "query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }": types.AnnualReportJourneyDocument,
    "query AnnualReportPastYears($y: Int!) { annualReport(year: $y) { status sha256 overall { cases technicalSuccess { numerator denominator } complications { kind rate { numerator } } } byJctoCategory { category figures { cases } } byApproach { approach figures { cases } } } }": types.AnnualReportPastYearsDocument,
    "mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id name } } }": types.AskedFileDocument,
    "query AskedAwaiting($first: Int, $after: ID) {\n  applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName ctoExperience facility { name } } }": types.AskedAwaitingDocument,
    "query AskedApplication($id: ID!) { application(id: $id) { applicantName askedRecommenders { id } recommendations { recommender { id } } } }": types.AskedApplicationDocument,
    "mutation AskedRecommend($id: ID!, $letter: String!) { recommendApplication(applicationId: $id, letter: $letter) { id } }": types.AskedRecommendDocument,
    "query EdcCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber operator { name } facility { name siteApproval { approvalNumber } }\n  patientIdentification { code initials } } }": types.EdcCaseDocument,
    "query EdcCoreLabLibrary { caseLibrary(first: 100) { nodes { patientIdentification { code initials } } } }": types.EdcCoreLabLibraryDocument,
    "mutation EdcSubmit { submitCaseReportForm(registrationNumber: \"CTO-2026-00001\") { caseReportForm { state } } }": types.EdcSubmitDocument,
    "mutation EdcReauthenticate($pw: String!) { reauthenticateForSignature(password: $pw, registrationNumber: \"CTO-2026-00001\") { assertion expiresAt } }": types.EdcReauthenticateDocument,
    "mutation EdcSign($t: String!) { signCaseReportForm(input: { registrationNumber: \"CTO-2026-00001\", meaning: APPROVED_AS_CORRECT, signatureAssertion: $t }) {\n        caseReportForm { signature { signer { name } operator { name } meaning valid signedAt } } } }": types.EdcSignDocument,
    "query EdcUnsigned { case(registrationNumber: \"CTO-2026-00001\") { caseReportForm { signature { valid } } } }": types.EdcUnsignedDocument,
    "query EdcAssertionAsSession { viewer { name } }": types.EdcAssertionAsSessionDocument,
    "subscription EdcSeriousAdverseEvents { seriousAdverseEventReported(after: \"0\") { registrationNumber cursor adverseEvent { name serious } } }": types.EdcSeriousAdverseEventsDocument,
    "mutation EdcSeriousEvent { reportAdverseEvent(input: { registrationNumber: \"CTO-2026-00001\", name: \"Cardiac tamponade\", onsetOn: \"2026-01-10\", outcome: IMPROVED, outcomeOn: \"2026-01-20\",\n        otherTreatment: OTHER, seriousnessCriteria: [LIFE_THREATENING], severity: SEVERE, causality: RELATED }) { serious } }": types.EdcSeriousEventDocument,
    "query EdcAdverseEvents($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name onsetOn outcomeOn recordedAt } } }": types.EdcAdverseEventsDocument,
    "mutation EdcMalformedDate($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }": types.EdcMalformedDateDocument,
    "query EdcSafetyAlerts { safetyAlerts(first: 1) { reportedAt adverseEvent { recordedAt } } }": types.EdcSafetyAlertsDocument,
    "query EdcAdverseEventNames($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name } } }": types.EdcAdverseEventNamesDocument,
    "query EdcOrphanLibrary { caseLibrary(first: 5) { nodes { registrationNumber operator { name } facility { name } } } }": types.EdcOrphanLibraryDocument,
    "mutation CertificationJourneyLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }": types.CertificationJourneyLoginDocument,
    "query CertificationJourneyPublicList { certifiedOperators(prefecture: \"Osaka\") { id name facility { name location } } certifiedOperatorsUpdatedOn }": types.CertificationJourneyPublicListDocument,
    "mutation CertificationJourneyRenew($year: Int!) { runAnnualRenewal(year: $year) { results { operator { id } outcome completedRegistrations } } }": types.CertificationJourneyRenewDocument,
    "query CertificationJourneyMe { viewer { roles operator { id status continuationQuestion { id askedForYear } statusHistory { from to effectiveOn rule } } } }": types.CertificationJourneyMeDocument,
    "mutation CertificationJourneyFile { fileApplication(input: { applicantName: \"Sora Aoki\", facilityId: \"F002\", ctoExperience: 340 }) { id status } }": types.CertificationJourneyFileDocument,
    "mutation CertificationJourneyRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"I vouch for this operator.\") { id } }": types.CertificationJourneyRecommendDocument,
    "mutation CertificationJourneyApprove($id: ID!) { approveApplication(applicationId: $id, reason: \"Recommended by two certified operators\") { initialPassword operator { id status } } }": types.CertificationJourneyApproveDocument,
    "mutation CertificationJourneyChangePassword($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { viewer { roles } } }": types.CertificationJourneyChangePasswordDocument,
    "mutation CertificationJourneyRequestReview { requestCertificationReview { id completedRegistrations } }": types.CertificationJourneyRequestReviewDocument,
    "mutation CertificationJourneyDecideReview($id: ID!) { decideCertificationReview(reviewId: $id, decision: CERTIFY, reason: \"50 cases within the first year\") { status } }": types.CertificationJourneyDecideReviewDocument,
    "mutation CertificationJourneyAnswerContinuation($id: ID!) { answerContinuationQuestion(questionId: $id, answer: CONTINUE) { answer } }": types.CertificationJourneyAnswerContinuationDocument,
    "query BlindingWorklist { coreLabWorklist { registrationNumber dueOn status reads { readerId judgement { ctoStatus jctoScore } } result { outcomes { technicalSuccess } } }\n             coreLabCase(registrationNumber: \"CTO-2026-00001\") { registrationNumber status result { judgement { timiAfter } criteriaVersion } } }": types.BlindingWorklistDocument,
    "query BlindingProbeLibrary { caseLibrary { nodes { registrationNumber operator { name } } } }": types.BlindingProbeLibraryDocument,
    "query BlindingProbeCase { case(registrationNumber: \"CTO-2026-00001\") { registrationNumber operator { name } facility { name } } }": types.BlindingProbeCaseDocument,
    "query BlindingProbeOperators { certifiedOperators { id name } }": types.BlindingProbeOperatorsDocument,
    "query BlindingProbeRevocations { publishedRevocations { __typename } }": types.BlindingProbeRevocationsDocument,
    "query BlindingProbeMatters { matters { id } }": types.BlindingProbeMattersDocument,
    "query BlindingProbeCommittee { committee { members { person { name } } } }": types.BlindingProbeCommitteeDocument,
    "mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }": types.CoreLabOfficialReadDocument,
    "query CoreLabOfficialViewer { viewer { id } }": types.CoreLabOfficialViewerDocument,
    "subscription CoreLabOfficialNotices($after: String) { officialResultRecorded(after: $after) { registrationNumber outcomes { technicalSuccess procedureSuccess } } }": types.CoreLabOfficialNoticesDocument,
    "query CoreLabOfficialAssignments { coreLabCase(registrationNumber: \"CTO-2026-00002\") { assignments { readerId } } }": types.CoreLabOfficialAssignmentsDocument,
    "query CoreLabOfficialComparison { case(registrationNumber: \"CTO-2026-00002\") { coreLabComparison { field official operator differs } } }": types.CoreLabOfficialComparisonDocument,
    "mutation IdentityFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id asksIdentity identityApproved } }": types.IdentityFileDocument,
    "mutation IdentityReview($id: ID!, $decision: DataRequestDecision!, $reason: String, $approveIdentity: Boolean) {\n  reviewDataRequest(id: $id, decision: $decision, reason: $reason, approveIdentity: $approveIdentity) { status identityApproved history { to reason } }\n}": types.IdentityReviewDocument,
    "mutation IdentityRelease($id: ID!) { releaseData(requestId: $id) { release { downloadPath provision { items anonymization } } } }": types.IdentityReleaseDocument,
    "query IdentityRequest($id: ID!) { dataRequest(id: $id) { status identityApproved } }": types.IdentityRequestDocument,
    "query IdentityDictionary { dataDictionary { id identifying } }": types.IdentityDictionaryDocument,
    "query DataReleaseRecipients { dataReleaseRecipients { recipientName requesterKind years publication } }": types.DataReleaseRecipientsDocument,
    "query DataReleaseSteeringRequests { dataRequests { requesterKind status history { to } } }": types.DataReleaseSteeringRequestsDocument,
    "mutation DataReleaseFileRefused($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }": types.DataReleaseFileRefusedDocument,
    "mutation DataReleaseFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id status requesterKind } }": types.DataReleaseFileDocument,
    "mutation DataReleaseApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }": types.DataReleaseApproveDocument,
    "mutation DataReleaseRelease($id: ID!) { releaseData(requestId: $id) { status release { sha256 downloadPath provision { casesIncluded items keyTableExists } } } }": types.DataReleaseReleaseDocument,
    "query DataReleaseOwnRequests { dataRequests { id release { downloadPath } } }": types.DataReleaseOwnRequestsDocument,
    "query DataReleasePublishedRecipients { dataReleaseRecipients { recipientName title years } }": types.DataReleasePublishedRecipientsDocument,
    "query AdjudicationCacheLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id }\n      discussion { id posts { id kind body createdAt editedAt cursor author { id } image { seriesUid frame } } }\n    }\n  }\n}": types.AdjudicationCacheLibraryDocument,
    "mutation AdjudicationCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": types.AdjudicationCachePostDocument,
    "query AdjudicationCacheCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }": types.AdjudicationCacheCaseDocument,
    "query AdjudicationCacheCommittee($n: RegistrationNumber!) {\n  case(registrationNumber: $n) { matters { id committeeThread { id posts { id body } } } }\n}": types.AdjudicationCacheCommitteeDocument,
    "mutation AdjudicationCacheRefer($n: RegistrationNumber) { referCriteriaQuestion(question: \"Is a 19 mm occlusion a long lesion?\", registrationNumber: $n) { id } }": types.AdjudicationCacheReferDocument,
    "mutation AdjudicationCacheScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }": types.AdjudicationCacheScreenDocument,
    "mutation AdjudicationCacheSession($m: ID!) { declareSession(matterId: $m) { status } }": types.AdjudicationCacheSessionDocument,
    "query EntityCacheWritesLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id name status facility { name } }\n      discussion { id posts { id author { id name } } }\n    }\n  }\n}": types.EntityCacheWritesLibraryDocument,
    "mutation EntityCacheWritesLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }": types.EntityCacheWritesLoginDocument,
    "mutation EntityCacheWritesRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }": types.EntityCacheWritesRevokeDocument,
    "query EntityCacheWritesViewer { viewer { id roles } }": types.EntityCacheWritesViewerDocument,
    "query EntityCacheLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id name status facility { name } }\n      discussion { id posts { id body author { id name } } }\n    }\n  }\n}": types.EntityCacheLibraryDocument,
    "mutation EntityCacheRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }": types.EntityCacheRevokeDocument,
    "query EntityCacheReads { certifiedOperators(first: 5) { id } viewer { loginId } }": types.EntityCacheReadsDocument,
    "query EntityCacheThread { case(registrationNumber: \"CTO-2026-00008\") { discussion { id } } }": types.EntityCacheThreadDocument,
    "mutation EntityCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": types.EntityCachePostDocument,
    "mutation RosterRegisterFacility($i: FacilityInput!) { registerFacility(input: $i) { id name location } }": types.RosterRegisterFacilityDocument,
    "mutation RosterSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }": types.RosterSiteApprovalDocument,
    "mutation RosterRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": types.RosterRegisterCaseDocument,
    "query RosterLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { name } } } }": types.RosterLibraryDocument,
    "query FirstSliceLibrary($first: Int, $after: String) {\n  caseLibrary(first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      registrationNumber\n      operator { id name facility { name } }\n      discussion { id posts { id body createdAt author { id name } } }\n    }\n  }\n}": types.FirstSliceLibraryDocument,
    "query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }": types.FirstSliceThreadDocument,
    "mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }": types.FirstSlicePostDocument,
    "query FirstSliceCase { case(registrationNumber: \"CTO-2026-00001\") {\n          registrationNumber operator { id name facility { name } }\n          discussion { posts { body author { name } } } } }": types.FirstSliceCaseDocument,
    "query FirstSliceCaseFields { __type(name: \"Case\") { fields { name } } }": types.FirstSliceCaseFieldsDocument,
    "mutation DicomwebRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": types.DicomwebRegisterCaseDocument,
    "mutation DicomwebStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }": types.DicomwebStartUploadDocument,
    "query DicomwebUploadProgress($id: ID!) { imageUpload(id: $id) { state bytesReceived instancesStored } }": types.DicomwebUploadProgressDocument,
    "query DicomwebCaseImages($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } images { seriesInstanceUid } } }": types.DicomwebCaseImagesDocument,
    "mutation DicomwebLinkFrame($t: ID!, $i: ImageLinkInput) { postToThread(threadId: $t, body: \"Frame 40: the proximal cap.\", image: $i) { image { frame series { kind frameCount registrationNumber frameUrl(frame: 39) } } } }": types.DicomwebLinkFrameDocument,
    "mutation DicomwebRegisterAbandoned($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }": types.DicomwebRegisterAbandonedDocument,
    "mutation DicomwebStartAbandoned($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }": types.DicomwebStartAbandonedDocument,
    "query DicomwebAbandonedState($id: ID!) { imageUpload(id: $id) { state bytesReceived } }": types.DicomwebAbandonedStateDocument,
    "subscription LifecyclePostsAdded($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }": types.LifecyclePostsAddedDocument,
    "mutation LifecyclePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": types.LifecyclePostDocument,
    "query LifecycleThreadOfCase { case(registrationNumber: \"CTO-2026-00002\") { discussion { id } } }": types.LifecycleThreadOfCaseDocument,
    "query LifecycleLibraryInFlight { caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name } discussion { posts { body } } } } }": types.LifecycleLibraryInFlightDocument,
    "mutation LiveJoinPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": types.LiveJoinPostDocument,
    "query LiveJoinThread { case(registrationNumber: \"CTO-2026-00007\") { discussion { id } } }": types.LiveJoinThreadDocument,
    "mutation LiveOutagePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": types.LiveOutagePostDocument,
    "query LiveOutageThreadOfCase { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }": types.LiveOutageThreadOfCaseDocument,
    "subscription LiveResumePostsAdded($threadId: ID!) { threadPostAdded(threadId: $threadId) { body author { name } } }": types.LiveResumePostsAddedDocument,
    "mutation LiveResumePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }": types.LiveResumePostDocument,
    "query LiveResumeThreadOfCase { case(registrationNumber: \"CTO-2026-00006\") { discussion { id } } }": types.LiveResumeThreadOfCaseDocument,
    "mutation LiveSharingPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": types.LiveSharingPostDocument,
    "query LiveSharingThreadOfCase { case(registrationNumber: \"CTO-2026-00006\") { discussion { id } } }": types.LiveSharingThreadOfCaseDocument,
    "mutation LivePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": types.LivePostDocument,
    "query LiveThreadOfCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } } }": types.LiveThreadOfCaseDocument,
    "subscription ReplicaFailoverPostsAdded($threadId: ID!, $after: String) {\n  threadPostAdded(threadId: $threadId, after: $after) { id body cursor author { name } }\n}": types.ReplicaFailoverPostsAddedDocument,
    "mutation ReplicaFailoverPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }": types.ReplicaFailoverPostDocument,
    "query ReplicaFailoverThread { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }": types.ReplicaFailoverThreadDocument,
    "query ReplicaFailoverThreadPosts { case(registrationNumber: \"CTO-2026-00004\") { discussion { id posts(first: 1) { body } } } }": types.ReplicaFailoverThreadPostsDocument,
    "query SecurityThreadOfCase { case(registrationNumber: \"CTO-2026-00010\") { discussion { id } } }": types.SecurityThreadOfCaseDocument,
    "mutation SecurityFailingPost($t: ID!) { postToThread(threadId: $t, body: \"boom\") { id } }": types.SecurityFailingPostDocument,
    "query SecurityPostsAfterFailure { case(registrationNumber: \"CTO-2026-00010\") { discussion { posts { id } } } }": types.SecurityPostsAfterFailureDocument,
    "query SharedFetchesThread($id: ID!) { thread(id: $id) { posts { body } } }": types.SharedFetchesThreadDocument,
    "query SharedFetchesThreadOfCase { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }": types.SharedFetchesThreadOfCaseDocument,
    "query SubscriptionReleaseThreadOfCase { case(registrationNumber: \"CTO-2026-00003\") { discussion { id } } }": types.SubscriptionReleaseThreadOfCaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }"): typeof import('./graphql.js').CommitteeCaseReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeCaseMatter($m: ID!) { matter(id: $m) { status case { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } }\n  coreLabReads { criteriaVersion judgement { technicalSuccess } } images { seriesInstanceUid } } } }"): typeof import('./graphql.js').CommitteeCaseMatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeCaseCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber } }"): typeof import('./graphql.js').CommitteeCaseCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeCaseViewer { viewer { id } }"): typeof import('./graphql.js').CommitteeCaseViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseAccept($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }"): typeof import('./graphql.js').CommitteeCaseAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeCaseAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }"): typeof import('./graphql.js').CommitteeCaseAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseRaise($n: RegistrationNumber!) { raiseObjection(registrationNumber: $n, grounds: \"TIMI 3 on the final run.\") { id } }"): typeof import('./graphql.js').CommitteeCaseRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseRegister($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }"): typeof import('./graphql.js').CommitteeCaseRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { stowUrl } }"): typeof import('./graphql.js').CommitteeCaseStartUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseAskDataCenter($n: RegistrationNumber) { askDataCenterQuestion(question: \"Is this retrograde crossing a technical success?\", registrationNumber: $n) { id } }"): typeof import('./graphql.js').CommitteeCaseAskDataCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeCaseImages($m: ID!) { matter(id: $m) { case { registrationNumber caseReportForm { state } images { kind seriesInstanceUid } } } }"): typeof import('./graphql.js').CommitteeCaseImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeCaseRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }"): typeof import('./graphql.js').CommitteeCaseRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CommitteeJourneyTally($m: ID!, $after: String) {\n  matterTallyUpdated(matterId: $m, after: $after) { event pointNumber round decision cursor tally { yes no abstain cast eligible complete outcome tie } }\n}"): typeof import('./graphql.js').CommitteeJourneyTallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CommitteeJourneyStatus($m: ID, $after: String) { matterStatusChanged(matterId: $m, after: $after) { matterId from to cursor case { registrationNumber } } }"): typeof import('./graphql.js').CommitteeJourneyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id } }"): typeof import('./graphql.js').CommitteeJourneyVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status reads { criteriaVersion } } }"): typeof import('./graphql.js').CommitteeJourneyReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }"): typeof import('./graphql.js').CommitteeJourneyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyViewer { viewer { id } }"): typeof import('./graphql.js').CommitteeJourneyViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyOfficialResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { criteriaVersion outcomes { technicalSuccess } } } }"): typeof import('./graphql.js').CommitteeJourneyOfficialResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyRaise($n: RegistrationNumber!) {\n      raiseObjection(registrationNumber: $n, grounds: \"The wire reached the distal true lumen; the final run shows TIMI 3.\") { id status }\n    }"): typeof import('./graphql.js').CommitteeJourneyRaiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyDeclareEarly($m: ID!) { declareSession(matterId: $m) { id } }"): typeof import('./graphql.js').CommitteeJourneyDeclareEarlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }"): typeof import('./graphql.js').CommitteeJourneyScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyDeclare($m: ID!) { declareSession(matterId: $m) { status } }"): typeof import('./graphql.js').CommitteeJourneyDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyPoints($m: ID!) {\n      postPointsAtIssue(matterId: $m, points: [\"The procedure was a technical success.\"]) { pointsAtIssue { id } committeeThread { id } }\n    }"): typeof import('./graphql.js').CommitteeJourneyPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyCaseMatters($n: RegistrationNumber!) { case(registrationNumber: $n) { matters { id status pointsAtIssue { number text } } } }"): typeof import('./graphql.js').CommitteeJourneyCaseMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneySecondRound($p: ID!) { callSecondRound(pointId: $p) { currentRound } }"): typeof import('./graphql.js').CommitteeJourneySecondRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyHiddenVotes($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { choice } } } } }"): typeof import('./graphql.js').CommitteeJourneyHiddenVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } } }"): typeof import('./graphql.js').CommitteeJourneyDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyPublicRulings { rulings { id registrationNumber decision reasoning answer matter { status pointsAtIssue { decision rounds { tally { yes no } } } } } }"): typeof import('./graphql.js').CommitteeJourneyPublicRulingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyVoteRecord($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { member { name } choice } } } } }"): typeof import('./graphql.js').CommitteeJourneyVoteRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitteeJourneyPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom ruling { id } } }"): typeof import('./graphql.js').CommitteeJourneyPublishCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeJourneyChangedResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } changes { rulingId field to } } } }"): typeof import('./graphql.js').CommitteeJourneyChangedResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DiscussionPostsAdded($t: ID!) { threadPostAdded(threadId: $t) { id body kind author { name } image { seriesUid frame } replyTo { id } } }"): typeof import('./graphql.js').DiscussionPostsAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DiscussionNotifications { notificationAdded { kind post { id body author { name } } thread { case { registrationNumber } } } }"): typeof import('./graphql.js').DiscussionNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscussionPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput) { postToThread(threadId: $t, body: $b, replyTo: $r, image: $i) { id } }"): typeof import('./graphql.js').DiscussionPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscussionLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { id } discussion { id } } } }"): typeof import('./graphql.js').DiscussionLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscussionEdit($p: ID!) { editPost(postId: $p, body: \"How did you handle the ambiguous proximal cap?\") { id } }"): typeof import('./graphql.js').DiscussionEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscussionThread($t: ID!) { thread(id: $t) { posts { id body editedAt revisions { body } } } }"): typeof import('./graphql.js').DiscussionThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportJourney($y: Int!) { annualReport(year: $y) { year status csvPath overall { cases technicalSuccess { numerator denominator } } } }"): typeof import('./graphql.js').AnnualReportJourneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportPastYears($y: Int!) { annualReport(year: $y) { status sha256 overall { cases technicalSuccess { numerator denominator } complications { kind rate { numerator } } } byJctoCategory { category figures { cases } } byApproach { approach figures { cases } } } }"): typeof import('./graphql.js').AnnualReportPastYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id name } } }"): typeof import('./graphql.js').AskedFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AskedAwaiting($first: Int, $after: ID) {\n  applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName ctoExperience facility { name } } }"): typeof import('./graphql.js').AskedAwaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AskedApplication($id: ID!) { application(id: $id) { applicantName askedRecommenders { id } recommendations { recommender { id } } } }"): typeof import('./graphql.js').AskedApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskedRecommend($id: ID!, $letter: String!) { recommendApplication(applicationId: $id, letter: $letter) { id } }"): typeof import('./graphql.js').AskedRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber operator { name } facility { name siteApproval { approvalNumber } }\n  patientIdentification { code initials } } }"): typeof import('./graphql.js').EdcCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcCoreLabLibrary { caseLibrary(first: 100) { nodes { patientIdentification { code initials } } } }"): typeof import('./graphql.js').EdcCoreLabLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcSubmit { submitCaseReportForm(registrationNumber: \"CTO-2026-00001\") { caseReportForm { state } } }"): typeof import('./graphql.js').EdcSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcReauthenticate($pw: String!) { reauthenticateForSignature(password: $pw, registrationNumber: \"CTO-2026-00001\") { assertion expiresAt } }"): typeof import('./graphql.js').EdcReauthenticateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcSign($t: String!) { signCaseReportForm(input: { registrationNumber: \"CTO-2026-00001\", meaning: APPROVED_AS_CORRECT, signatureAssertion: $t }) {\n        caseReportForm { signature { signer { name } operator { name } meaning valid signedAt } } } }"): typeof import('./graphql.js').EdcSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcUnsigned { case(registrationNumber: \"CTO-2026-00001\") { caseReportForm { signature { valid } } } }"): typeof import('./graphql.js').EdcUnsignedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcAssertionAsSession { viewer { name } }"): typeof import('./graphql.js').EdcAssertionAsSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EdcSeriousAdverseEvents { seriousAdverseEventReported(after: \"0\") { registrationNumber cursor adverseEvent { name serious } } }"): typeof import('./graphql.js').EdcSeriousAdverseEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcSeriousEvent { reportAdverseEvent(input: { registrationNumber: \"CTO-2026-00001\", name: \"Cardiac tamponade\", onsetOn: \"2026-01-10\", outcome: IMPROVED, outcomeOn: \"2026-01-20\",\n        otherTreatment: OTHER, seriousnessCriteria: [LIFE_THREATENING], severity: SEVERE, causality: RELATED }) { serious } }"): typeof import('./graphql.js').EdcSeriousEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcAdverseEvents($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name onsetOn outcomeOn recordedAt } } }"): typeof import('./graphql.js').EdcAdverseEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcMalformedDate($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }"): typeof import('./graphql.js').EdcMalformedDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcSafetyAlerts { safetyAlerts(first: 1) { reportedAt adverseEvent { recordedAt } } }"): typeof import('./graphql.js').EdcSafetyAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcAdverseEventNames($n: RegistrationNumber!) { case(registrationNumber: $n) { adverseEvents { name } } }"): typeof import('./graphql.js').EdcAdverseEventNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcOrphanLibrary { caseLibrary(first: 5) { nodes { registrationNumber operator { name } facility { name } } } }"): typeof import('./graphql.js').EdcOrphanLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token mustChangePassword viewer { roles } } }"): typeof import('./graphql.js').CertificationJourneyLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CertificationJourneyPublicList { certifiedOperators(prefecture: \"Osaka\") { id name facility { name location } } certifiedOperatorsUpdatedOn }"): typeof import('./graphql.js').CertificationJourneyPublicListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyRenew($year: Int!) { runAnnualRenewal(year: $year) { results { operator { id } outcome completedRegistrations } } }"): typeof import('./graphql.js').CertificationJourneyRenewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CertificationJourneyMe { viewer { roles operator { id status continuationQuestion { id askedForYear } statusHistory { from to effectiveOn rule } } } }"): typeof import('./graphql.js').CertificationJourneyMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyFile { fileApplication(input: { applicantName: \"Sora Aoki\", facilityId: \"F002\", ctoExperience: 340 }) { id status } }"): typeof import('./graphql.js').CertificationJourneyFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: \"I vouch for this operator.\") { id } }"): typeof import('./graphql.js').CertificationJourneyRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyApprove($id: ID!) { approveApplication(applicationId: $id, reason: \"Recommended by two certified operators\") { initialPassword operator { id status } } }"): typeof import('./graphql.js').CertificationJourneyApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyChangePassword($old: String!, $new: String!) { changePassword(currentPassword: $old, newPassword: $new) { viewer { roles } } }"): typeof import('./graphql.js').CertificationJourneyChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyRequestReview { requestCertificationReview { id completedRegistrations } }"): typeof import('./graphql.js').CertificationJourneyRequestReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyDecideReview($id: ID!) { decideCertificationReview(reviewId: $id, decision: CERTIFY, reason: \"50 cases within the first year\") { status } }"): typeof import('./graphql.js').CertificationJourneyDecideReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CertificationJourneyAnswerContinuation($id: ID!) { answerContinuationQuestion(questionId: $id, answer: CONTINUE) { answer } }"): typeof import('./graphql.js').CertificationJourneyAnswerContinuationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingWorklist { coreLabWorklist { registrationNumber dueOn status reads { readerId judgement { ctoStatus jctoScore } } result { outcomes { technicalSuccess } } }\n             coreLabCase(registrationNumber: \"CTO-2026-00001\") { registrationNumber status result { judgement { timiAfter } criteriaVersion } } }"): typeof import('./graphql.js').BlindingWorklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingProbeLibrary { caseLibrary { nodes { registrationNumber operator { name } } } }"): typeof import('./graphql.js').BlindingProbeLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingProbeCase { case(registrationNumber: \"CTO-2026-00001\") { registrationNumber operator { name } facility { name } } }"): typeof import('./graphql.js').BlindingProbeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingProbeOperators { certifiedOperators { id name } }"): typeof import('./graphql.js').BlindingProbeOperatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingProbeRevocations { publishedRevocations { __typename } }"): typeof import('./graphql.js').BlindingProbeRevocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingProbeMatters { matters { id } }"): typeof import('./graphql.js').BlindingProbeMattersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlindingProbeCommittee { committee { members { person { name } } } }"): typeof import('./graphql.js').BlindingProbeCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }"): typeof import('./graphql.js').CoreLabOfficialReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabOfficialViewer { viewer { id } }"): typeof import('./graphql.js').CoreLabOfficialViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CoreLabOfficialNotices($after: String) { officialResultRecorded(after: $after) { registrationNumber outcomes { technicalSuccess procedureSuccess } } }"): typeof import('./graphql.js').CoreLabOfficialNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabOfficialAssignments { coreLabCase(registrationNumber: \"CTO-2026-00002\") { assignments { readerId } } }"): typeof import('./graphql.js').CoreLabOfficialAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabOfficialComparison { case(registrationNumber: \"CTO-2026-00002\") { coreLabComparison { field official operator differs } } }"): typeof import('./graphql.js').CoreLabOfficialComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id asksIdentity identityApproved } }"): typeof import('./graphql.js').IdentityFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityReview($id: ID!, $decision: DataRequestDecision!, $reason: String, $approveIdentity: Boolean) {\n  reviewDataRequest(id: $id, decision: $decision, reason: $reason, approveIdentity: $approveIdentity) { status identityApproved history { to reason } }\n}"): typeof import('./graphql.js').IdentityReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityRelease($id: ID!) { releaseData(requestId: $id) { release { downloadPath provision { items anonymization } } } }"): typeof import('./graphql.js').IdentityReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityRequest($id: ID!) { dataRequest(id: $id) { status identityApproved } }"): typeof import('./graphql.js').IdentityRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityDictionary { dataDictionary { id identifying } }"): typeof import('./graphql.js').IdentityDictionaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseRecipients { dataReleaseRecipients { recipientName requesterKind years publication } }"): typeof import('./graphql.js').DataReleaseRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseSteeringRequests { dataRequests { requesterKind status history { to } } }"): typeof import('./graphql.js').DataReleaseSteeringRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataReleaseFileRefused($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }"): typeof import('./graphql.js').DataReleaseFileRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataReleaseFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id status requesterKind } }"): typeof import('./graphql.js').DataReleaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataReleaseApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }"): typeof import('./graphql.js').DataReleaseApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataReleaseRelease($id: ID!) { releaseData(requestId: $id) { status release { sha256 downloadPath provision { casesIncluded items keyTableExists } } } }"): typeof import('./graphql.js').DataReleaseReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleaseOwnRequests { dataRequests { id release { downloadPath } } }"): typeof import('./graphql.js').DataReleaseOwnRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataReleasePublishedRecipients { dataReleaseRecipients { recipientName title years } }"): typeof import('./graphql.js').DataReleasePublishedRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationCacheLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id }\n      discussion { id posts { id kind body createdAt editedAt cursor author { id } image { seriesUid frame } } }\n    }\n  }\n}"): typeof import('./graphql.js').AdjudicationCacheLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }"): typeof import('./graphql.js').AdjudicationCachePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationCacheCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }"): typeof import('./graphql.js').AdjudicationCacheCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdjudicationCacheCommittee($n: RegistrationNumber!) {\n  case(registrationNumber: $n) { matters { id committeeThread { id posts { id body } } } }\n}"): typeof import('./graphql.js').AdjudicationCacheCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationCacheRefer($n: RegistrationNumber) { referCriteriaQuestion(question: \"Is a 19 mm occlusion a long lesion?\", registrationNumber: $n) { id } }"): typeof import('./graphql.js').AdjudicationCacheReferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationCacheScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }"): typeof import('./graphql.js').AdjudicationCacheScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdjudicationCacheSession($m: ID!) { declareSession(matterId: $m) { status } }"): typeof import('./graphql.js').AdjudicationCacheSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityCacheWritesLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id name status facility { name } }\n      discussion { id posts { id author { id name } } }\n    }\n  }\n}"): typeof import('./graphql.js').EntityCacheWritesLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntityCacheWritesLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }"): typeof import('./graphql.js').EntityCacheWritesLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntityCacheWritesRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }"): typeof import('./graphql.js').EntityCacheWritesRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityCacheWritesViewer { viewer { id roles } }"): typeof import('./graphql.js').EntityCacheWritesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityCacheLibrary {\n  caseLibrary(first: 50) {\n    nodes {\n      registrationNumber\n      operator { id name status facility { name } }\n      discussion { id posts { id body author { id name } } }\n    }\n  }\n}"): typeof import('./graphql.js').EntityCacheLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntityCacheRevoke($input: RevocationInput!) { revokeCertification(input: $input) { operator { id status } } }"): typeof import('./graphql.js').EntityCacheRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityCacheReads { certifiedOperators(first: 5) { id } viewer { loginId } }"): typeof import('./graphql.js').EntityCacheReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityCacheThread { case(registrationNumber: \"CTO-2026-00008\") { discussion { id } } }"): typeof import('./graphql.js').EntityCacheThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntityCachePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }"): typeof import('./graphql.js').EntityCachePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterRegisterFacility($i: FacilityInput!) { registerFacility(input: $i) { id name location } }"): typeof import('./graphql.js').RosterRegisterFacilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }"): typeof import('./graphql.js').RosterSiteApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RosterRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }"): typeof import('./graphql.js').RosterRegisterCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RosterLibrary { caseLibrary(first: 50) { nodes { registrationNumber operator { name } } } }"): typeof import('./graphql.js').RosterLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceLibrary($first: Int, $after: String) {\n  caseLibrary(first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      registrationNumber\n      operator { id name facility { name } }\n      discussion { id posts { id body createdAt author { id name } } }\n    }\n  }\n}"): typeof import('./graphql.js').FirstSliceLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceThread($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id posts { id body } } } }"): typeof import('./graphql.js').FirstSliceThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirstSlicePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id body author { name } } }"): typeof import('./graphql.js').FirstSlicePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceCase { case(registrationNumber: \"CTO-2026-00001\") {\n          registrationNumber operator { id name facility { name } }\n          discussion { posts { body author { name } } } } }"): typeof import('./graphql.js').FirstSliceCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstSliceCaseFields { __type(name: \"Case\") { fields { name } } }"): typeof import('./graphql.js').FirstSliceCaseFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DicomwebRegisterCase($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }"): typeof import('./graphql.js').DicomwebRegisterCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DicomwebStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }"): typeof import('./graphql.js').DicomwebStartUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DicomwebUploadProgress($id: ID!) { imageUpload(id: $id) { state bytesReceived instancesStored } }"): typeof import('./graphql.js').DicomwebUploadProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DicomwebCaseImages($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } images { seriesInstanceUid } } }"): typeof import('./graphql.js').DicomwebCaseImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DicomwebLinkFrame($t: ID!, $i: ImageLinkInput) { postToThread(threadId: $t, body: \"Frame 40: the proximal cap.\", image: $i) { image { frame series { kind frameCount registrationNumber frameUrl(frame: 39) } } } }"): typeof import('./graphql.js').DicomwebLinkFrameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DicomwebRegisterAbandoned($i: RegisterCaseInput!) { registerCase(input: $i) { registrationNumber } }"): typeof import('./graphql.js').DicomwebRegisterAbandonedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DicomwebStartAbandoned($i: StartImageUploadInput!) { startImageUpload(input: $i) { id stowUrl } }"): typeof import('./graphql.js').DicomwebStartAbandonedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DicomwebAbandonedState($id: ID!) { imageUpload(id: $id) { state bytesReceived } }"): typeof import('./graphql.js').DicomwebAbandonedStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LifecyclePostsAdded($t: ID!, $after: String) { threadPostAdded(threadId: $t, after: $after) { body cursor author { name } } }"): typeof import('./graphql.js').LifecyclePostsAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecyclePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }"): typeof import('./graphql.js').LifecyclePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleThreadOfCase { case(registrationNumber: \"CTO-2026-00002\") { discussion { id } } }"): typeof import('./graphql.js').LifecycleThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleLibraryInFlight { caseLibrary(first: 50) { totalCount nodes { registrationNumber operator { name } discussion { posts { body } } } } }"): typeof import('./graphql.js').LifecycleLibraryInFlightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveJoinPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }"): typeof import('./graphql.js').LiveJoinPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveJoinThread { case(registrationNumber: \"CTO-2026-00007\") { discussion { id } } }"): typeof import('./graphql.js').LiveJoinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveOutagePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }"): typeof import('./graphql.js').LiveOutagePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveOutageThreadOfCase { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }"): typeof import('./graphql.js').LiveOutageThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveResumePostsAdded($threadId: ID!) { threadPostAdded(threadId: $threadId) { body author { name } } }"): typeof import('./graphql.js').LiveResumePostsAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveResumePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }"): typeof import('./graphql.js').LiveResumePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveResumeThreadOfCase { case(registrationNumber: \"CTO-2026-00006\") { discussion { id } } }"): typeof import('./graphql.js').LiveResumeThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSharingPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }"): typeof import('./graphql.js').LiveSharingPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveSharingThreadOfCase { case(registrationNumber: \"CTO-2026-00006\") { discussion { id } } }"): typeof import('./graphql.js').LiveSharingThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LivePost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }"): typeof import('./graphql.js').LivePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveThreadOfCase($n: RegistrationNumber!) { case(registrationNumber: $n) { discussion { id } } }"): typeof import('./graphql.js').LiveThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReplicaFailoverPostsAdded($threadId: ID!, $after: String) {\n  threadPostAdded(threadId: $threadId, after: $after) { id body cursor author { name } }\n}"): typeof import('./graphql.js').ReplicaFailoverPostsAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaFailoverPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id cursor } }"): typeof import('./graphql.js').ReplicaFailoverPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaFailoverThread { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }"): typeof import('./graphql.js').ReplicaFailoverThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaFailoverThreadPosts { case(registrationNumber: \"CTO-2026-00004\") { discussion { id posts(first: 1) { body } } } }"): typeof import('./graphql.js').ReplicaFailoverThreadPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityThreadOfCase { case(registrationNumber: \"CTO-2026-00010\") { discussion { id } } }"): typeof import('./graphql.js').SecurityThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityFailingPost($t: ID!) { postToThread(threadId: $t, body: \"boom\") { id } }"): typeof import('./graphql.js').SecurityFailingPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityPostsAfterFailure { case(registrationNumber: \"CTO-2026-00010\") { discussion { posts { id } } } }"): typeof import('./graphql.js').SecurityPostsAfterFailureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedFetchesThread($id: ID!) { thread(id: $id) { posts { body } } }"): typeof import('./graphql.js').SharedFetchesThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedFetchesThreadOfCase { case(registrationNumber: \"CTO-2026-00004\") { discussion { id } } }"): typeof import('./graphql.js').SharedFetchesThreadOfCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionReleaseThreadOfCase { case(registrationNumber: \"CTO-2026-00003\") { discussion { id } } }"): typeof import('./graphql.js').SubscriptionReleaseThreadOfCaseDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
