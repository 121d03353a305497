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
    "query AnnualReportReport($y: Int!) { annualReport(year: $y) { year status sha256 content presentedAt csvPath\n  adoption { domesticCases adopted notComplete awaitingOfficialResult consentWithdrawn }\n  overall { cases technicalSuccess { numerator denominator percent } procedureSuccess { numerator denominator } indicationAppropriate { numerator denominator } complications { kind source rate { numerator denominator } } }\n  byJctoCategory { category figures { cases technicalSuccess { numerator denominator } } }\n  byApproach { approach figures { cases } } byExperienceBand { band figures { cases } }\n  corrections { registrationNumber field from to rulingId changedAt } } }": typeof types.AnnualReportReportDocument,
    "mutation AnnualReportPresent($y: Int!) { presentAnnualReport(year: $y) { year status sha256 content } }": typeof types.AnnualReportPresentDocument,
    "query AnnualReportFees { feeStatement(facilityId: \"F001\", year: 2026) { lines { case { registrationNumber } total } } }": typeof types.AnnualReportFeesDocument,
    "query AnnualReportOfficial($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } } } }": typeof types.AnnualReportOfficialDocument,
    "query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }": typeof types.CasesRegistrationYearDocument,
    "query CasesCoreLabEntity { _entities(representations: [{ __typename: \"Case\", registrationNumber: \"CTO-2026-00001\" }]) { ... on Case { operator { id } } } }": typeof types.CasesCoreLabEntityDocument,
    "query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }": typeof types.CoreLabCommitteeCaseDocument,
    "mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }": typeof types.CoreLabCommitteeReplaceDocument,
    "query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }": typeof types.CoreLabCommitteeTrailDocument,
    "query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }": typeof types.DemoHistoryReportDocument,
    "query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }": typeof types.DemoHistoryTrailDocument,
    "mutation EdcApiRegister($input: RegisterCaseInput!) { registerCase(input: $input) { verdict registrationNumber registeredOn case { status } } }": typeof types.EdcApiRegisterDocument,
    "mutation EdcApiSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { status caseReportForm { state scores { jcto { score category } progressCto castle } } } }": typeof types.EdcApiSaveDocument,
    "mutation EdcApiRecordSeries($n: RegistrationNumber!, $k: ImageSeriesKind!) { recordImageSeries(input: { registrationNumber: $n, kind: $k }) { status } }": typeof types.EdcApiRecordSeriesDocument,
    "query EdcApiCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber ageAtProcedure patientIdentification { code initials birthDate }\n  consent { followUpConsented } auditTrail { seq action field oldValue newValue reason } } }": typeof types.EdcApiCaseDocument,
    "mutation EdcApiSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { ethicsApprovedOn approvalNumber contractStatus readyToRegister } }": typeof types.EdcApiSiteApprovalDocument,
    "query EdcApiFacilityReadiness { _entities(representations: [{ __typename: \"Facility\", id: \"F001\" }]) { ... on Facility { siteApproval { approvalNumber } } } }": typeof types.EdcApiFacilityReadinessDocument,
    "mutation EdcApiSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { caseReportForm { state } } }": typeof types.EdcApiSubmitDocument,
    "query EdcApiVerifyTrail($n: RegistrationNumber!) { verifyAuditTrail(registrationNumber: $n) { intact checkedEntries firstAlteredSeq } }": typeof types.EdcApiVerifyTrailDocument,
    "mutation EdcApiSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { caseReportForm { signature { signer { id } operator { id } meaning valid signedAt } } } }": typeof types.EdcApiSignDocument,
    "query EdcApiSignatureAfterChange($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { signature { valid voidedAt } } auditTrail { action } } }": typeof types.EdcApiSignatureAfterChangeDocument,
    "query EdcApiOpenQueryIds { openDataQueries(facilityId: \"F001\") { id } }": typeof types.EdcApiOpenQueryIdsDocument,
    "mutation EdcApiRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id status } }": typeof types.EdcApiRaiseQueryDocument,
    "query EdcApiOpenQueries { openDataQueries(facilityId: \"F001\") { id status field } }": typeof types.EdcApiOpenQueriesDocument,
    "mutation EdcApiAnswerQuery($id: ID!) { answerDataQuery(id: $id, answer: \"250 ml is correct\") { status answer } }": typeof types.EdcApiAnswerQueryDocument,
    "mutation EdcApiReopenQuery($id: ID!) { reopenDataQuery(id: $id, reason: \"Source shows 260\") { status } }": typeof types.EdcApiReopenQueryDocument,
    "mutation EdcApiAnswerQueryAgain($id: ID!) { answerDataQuery(id: $id, answer: \"Corrected source: 250\") { status } }": typeof types.EdcApiAnswerQueryAgainDocument,
    "mutation EdcApiCloseQuery($id: ID!) { closeDataQuery(id: $id) { status } }": typeof types.EdcApiCloseQueryDocument,
    "mutation EdcApiRaiseQueryOnPatient($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }": typeof types.EdcApiRaiseQueryOnPatientDocument,
    "query EdcApiReminders { completionReminders { case { registrationNumber } missingSections missingImageSeries } }": typeof types.EdcApiRemindersDocument,
    "query EdcApiRemindersLeft { completionReminders { case { registrationNumber } } }": typeof types.EdcApiRemindersLeftDocument,
    "query EdcApiFollowUpsDue { followUpsDue(asOf: \"2027-03-20\") { case { registrationNumber } year dueOn state } }": typeof types.EdcApiFollowUpsDueDocument,
    "query EdcApiFollowUpsOverdue { followUpsDue(asOf: \"2027-07-01\") { year state } }": typeof types.EdcApiFollowUpsOverdueDocument,
    "query EdcApiFollowUpsOn($d: String!) { followUpsDue(asOf: $d) { case { registrationNumber } year state } }": typeof types.EdcApiFollowUpsOnDocument,
    "query EdcApiFollowUpsTooMany { followUpsDue(first: 101) { year } }": typeof types.EdcApiFollowUpsTooManyDocument,
    "query EdcApiCaseFollowUps($n: RegistrationNumber!) { case(registrationNumber: $n) { followUps { year } } }": typeof types.EdcApiCaseFollowUpsDocument,
    "query EdcApiSafetyAlerts { safetyAlerts { registrationNumber } }": typeof types.EdcApiSafetyAlertsDocument,
    "mutation EdcApiReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id serious } }": typeof types.EdcApiReportAdverseEventDocument,
    "query EdcApiSafetyAlertDetails { safetyAlerts { registrationNumber cursor adverseEvent { name severity } } }": typeof types.EdcApiSafetyAlertDetailsDocument,
    "mutation EdcApiDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { occurredOn reason } }": typeof types.EdcApiDeviationDocument,
    "mutation EdcApiWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { consent { withdrawnOn withdrawalReason } followUps { year } } }": typeof types.EdcApiWithdrawDocument,
    "mutation EdcRulesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }": typeof types.EdcRulesRegisterDocument,
    "mutation EdcRulesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }": typeof types.EdcRulesSaveDocument,
    "query EdcRulesForm($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { judgement { comment finalTimiFlow } signature { valid } } auditTrail { action field } } }": typeof types.EdcRulesFormDocument,
    "mutation EdcRulesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }": typeof types.EdcRulesDeviationDocument,
    "mutation EdcRulesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }": typeof types.EdcRulesSiteApprovalDocument,
    "mutation EdcRulesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }": typeof types.EdcRulesSubmitDocument,
    "mutation EdcRulesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }": typeof types.EdcRulesSignDocument,
    "mutation EdcRulesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }": typeof types.EdcRulesFollowUpDocument,
    "mutation EdcRulesDeviationLiteral($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: \"2025/06/30\", description: \"Late form\", reason: \"Delivery\" }) { id } }": typeof types.EdcRulesDeviationLiteralDocument,
    "mutation EdcRulesDeviationWellFormed($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: \"2025-06-30\", description: \"Late form\", reason: \"Delivery\" }) { occurredOn recordedAt } }": typeof types.EdcRulesDeviationWellFormedDocument,
    "mutation EdcRulesReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id outcomeOn } }": typeof types.EdcRulesReportAdverseEventDocument,
    "query EdcRulesProcedureDate($n: RegistrationNumber!) { case(registrationNumber: $n) { procedureDate registeredOn } }": typeof types.EdcRulesProcedureDateDocument,
    "mutation EdcWritesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }": typeof types.EdcWritesRegisterDocument,
    "mutation EdcWritesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }": typeof types.EdcWritesSaveDocument,
    "mutation EdcWritesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }": typeof types.EdcWritesSiteApprovalDocument,
    "mutation EdcWritesRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }": typeof types.EdcWritesRaiseQueryDocument,
    "mutation EdcWritesWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { registrationNumber } }": typeof types.EdcWritesWithdrawDocument,
    "mutation EdcWritesAnswerConfirmed($id: ID!) { answerDataQuery(id: $id, answer: \"Confirmed\") { status } }": typeof types.EdcWritesAnswerConfirmedDocument,
    "mutation EdcWritesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }": typeof types.EdcWritesSubmitDocument,
    "mutation EdcWritesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }": typeof types.EdcWritesSignDocument,
    "mutation EdcWritesAnswer($id: ID!) { answerDataQuery(id: $id, answer: \"It is 220 ml\") { status } }": typeof types.EdcWritesAnswerDocument,
    "mutation EdcWritesReopen($id: ID!) { reopenDataQuery(id: $id, reason: \"Source says 230\") { status } }": typeof types.EdcWritesReopenDocument,
    "mutation EdcWritesClose($id: ID!) { closeDataQuery(id: $id) { status } }": typeof types.EdcWritesCloseDocument,
    "mutation EdcWritesStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id } }": typeof types.EdcWritesStartUploadDocument,
    "mutation EdcWritesRecordSeries($n: RegistrationNumber!) { recordImageSeries(input: { registrationNumber: $n, kind: IVUS }) { status } }": typeof types.EdcWritesRecordSeriesDocument,
    "mutation EdcWritesReviewHeld($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status } }": typeof types.EdcWritesReviewHeldDocument,
    "mutation EdcWritesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }": typeof types.EdcWritesFollowUpDocument,
    "mutation EdcWritesAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }": typeof types.EdcWritesAdverseEventDocument,
    "mutation EdcWritesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }": typeof types.EdcWritesDeviationDocument,
    "mutation EdcWritesLock($n: RegistrationNumber!) { lockCaseReportForm(registrationNumber: $n) { registrationNumber } }": typeof types.EdcWritesLockDocument,
    "mutation EdcWritesLostToFollowUp($i: MarkLostToFollowUpInput!) { markLostToFollowUp(input: $i) { registrationNumber } }": typeof types.EdcWritesLostToFollowUpDocument,
    "query EdcWritesLibrary { caseLibrary(first: 100) { totalCount nodes { registrationNumber } } }": typeof types.EdcWritesLibraryDocument,
    "query EdcWritesImages($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber images { instances { status } } } }": typeof types.EdcWritesImagesDocument,
    "fragment FeeStatementsFields on IssuedFeeStatement { id number year revision total issuedAt issuedBy correctionReason csvPath facility { id } replaces { id number } replacedBy { id number }\n  lines { registrationNumber procedureDate registrationFee acuteResultFee followUpYears followUpFee total } }": typeof types.FeeStatementsFieldsFragmentDoc,
    "mutation FeeStatementsIssue($y: Int!) { issueFeeStatements(year: $y) { ...FeeStatementsFields } }": typeof types.FeeStatementsIssueDocument,
    "query FeeStatementsList($y: Int!, $f: ID) { issuedFeeStatements(year: $y, facilityId: $f) { ...FeeStatementsFields } }": typeof types.FeeStatementsListDocument,
    "mutation FeeStatementsCorrect($id: ID!, $r: String!) { correctFeeStatement(statementId: $id, reason: $r) { ...FeeStatementsFields } }": typeof types.FeeStatementsCorrectDocument,
    "mutation FeeStatementsPresent { presentAnnualReport(year: 2026) { status } }": typeof types.FeeStatementsPresentDocument,
    "query FeeStatementsNow($f: ID!) { feeStatement(facilityId: $f, year: 2026) { total lines { case { registrationNumber } total } } }": typeof types.FeeStatementsNowDocument,
    "query FeeStatementsOne($id: ID!) { issuedFeeStatement(id: $id) { number } }": typeof types.FeeStatementsOneDocument,
    "query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }": typeof types.BurnedInTextImagesDocument,
    "query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }": typeof types.BurnedInTextHeldDocument,
    "query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }": typeof types.DicomwebStatusDocument,
    "mutation ImagesLibraryStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl bytesExpected } }": typeof types.ImagesLibraryStartDocument,
    "query ImagesLibraryUpload($id: ID!) { imageUpload(id: $id) { state bytesReceived fractionReceived instancesStored instancesQuarantined refusals { code } finishedAt } }": typeof types.ImagesLibraryUploadDocument,
    "query ImagesLibraryImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { seriesInstanceUid kind modality frameCount retrieveUrl dicomwebUrl\n  instances { sopInstanceUid status quarantineReason numberOfFrames bytes retrieveUrl review { decision reason } } } } }": typeof types.ImagesLibraryImagesDocument,
    "query ImagesLibraryPage($n: RegistrationNumber!, $first: Int, $after: String) { case(registrationNumber: $n) { images { frameCount instances(first: $first, after: $after) { sopInstanceUid } } } }": typeof types.ImagesLibraryPageDocument,
    "query ImagesLibraryCoreLabImages($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { images { seriesInstanceUid frameCount instances { sopInstanceUid status } } } }": typeof types.ImagesLibraryCoreLabImagesDocument,
    "query ImagesLibraryHeld { heldImages { registrationNumber sopInstanceUid quarantineReason } }": typeof types.ImagesLibraryHeldDocument,
    "mutation ImagesLibraryReview($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status review { decision reason } } }": typeof types.ImagesLibraryReviewDocument,
    "query ImagesLibraryAudit($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action reason } } }": typeof types.ImagesLibraryAuditDocument,
    "query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }": typeof types.StagingUploadsDocument,
    "mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }": typeof types.UploadRefusalsStartDocument,
    "query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }": typeof types.UploadRefusalsUploadDocument,
    "fragment ReleaseApiRequest on DataRequest { id status items years requesterKind history { from to reason }\n  release { id sha256 packageBytes downloadPath provision { recipient items years providedOn method formats casesIncluded casesExcludedForWithdrawnConsent anonymization smallCellThreshold keyTableExists keyTableHeldBy packageSha256 } } }": typeof types.ReleaseApiRequestFragmentDoc,
    "mutation ReleaseApiFile($input: DataRequestInput!) { fileDataRequest(input: $input) { ...ReleaseApiRequest } }": typeof types.ReleaseApiFileDocument,
    "mutation ReleaseApiRevise($id: ID!, $input: DataRequestInput!) { reviseDataRequest(id: $id, input: $input) { ...ReleaseApiRequest } }": typeof types.ReleaseApiReviseDocument,
    "mutation ReleaseApiReview($id: ID!, $d: DataRequestDecision!, $r: String) { reviewDataRequest(id: $id, decision: $d, reason: $r) { ...ReleaseApiRequest } }": typeof types.ReleaseApiReviewDocument,
    "mutation ReleaseApiRelease($id: ID!) { releaseData(requestId: $id) { ...ReleaseApiRequest } }": typeof types.ReleaseApiReleaseDocument,
    "query ReleaseApiDictionary { dataDictionary { id dataType source identifying } }": typeof types.ReleaseApiDictionaryDocument,
    "query ReleaseApiDictionaryIds { dataDictionary { id } }": typeof types.ReleaseApiDictionaryIdsDocument,
    "mutation ReleaseApiPublication($id: ID!, $p: String!) { reportDataPublication(requestId: $id, publication: $p) { status } }": typeof types.ReleaseApiPublicationDocument,
    "query ReleaseApiRecipients { dataReleaseRecipients { recipientName requesterKind title years releasedOn publication } }": typeof types.ReleaseApiRecipientsDocument,
    "query ReleaseApiRequesterKinds { dataRequests { requesterKind } }": typeof types.ReleaseApiRequesterKindsDocument,
    "query ReleaseApiRequestIds { dataRequests { id } }": typeof types.ReleaseApiRequestIdsDocument,
    "query ReleaseApiWaiting($a: ID) { dataRequests(status: SUBMITTED, first: 1, after: $a) { id status } }": typeof types.ReleaseApiWaitingDocument,
    "query ReleaseApiSubmitted { dataRequests(status: SUBMITTED) { id title } }": typeof types.ReleaseApiSubmittedDocument,
    "query ReleaseApiOne($id: ID!) { dataRequest(id: $id) { id title } }": typeof types.ReleaseApiOneDocument,
    "query ReleaseApiMine($id: ID!) { dataRequest(id: $id) { mine } }": typeof types.ReleaseApiMineDocument,
    "query ReleaseApiTooMany { dataRequests(first: 51) { id } }": typeof types.ReleaseApiTooManyDocument,
    "query ReleaseApiYears { dataRequestYears }": typeof types.ReleaseApiYearsDocument,
    "mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }": typeof types.ReleaseLargeFileDocument,
    "mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }": typeof types.ReleaseLargeApproveDocument,
    "mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }": typeof types.ReleaseLargeReleaseDocument,
    "fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }\n  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }": typeof types.RiskModelApiFieldsFragmentDoc,
    "mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }": typeof types.RiskApiFitDocument,
    "query RiskApiModels { riskModels { ...RiskModelApiFields } }": typeof types.RiskApiModelsDocument,
    "query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }\n  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }\n  overdispersion { operators phi pValue tau2 applied }\n  funnel { cases lower95 upper95 lower998 upper998 } } }": typeof types.RiskApiReviewDocument,
    "query RiskApiModelIds { riskModels { id years } }": typeof types.RiskApiModelIdsDocument,
};
const documents: Documents = {
    "query AnnualReportReport($y: Int!) { annualReport(year: $y) { year status sha256 content presentedAt csvPath\n  adoption { domesticCases adopted notComplete awaitingOfficialResult consentWithdrawn }\n  overall { cases technicalSuccess { numerator denominator percent } procedureSuccess { numerator denominator } indicationAppropriate { numerator denominator } complications { kind source rate { numerator denominator } } }\n  byJctoCategory { category figures { cases technicalSuccess { numerator denominator } } }\n  byApproach { approach figures { cases } } byExperienceBand { band figures { cases } }\n  corrections { registrationNumber field from to rulingId changedAt } } }": types.AnnualReportReportDocument,
    "mutation AnnualReportPresent($y: Int!) { presentAnnualReport(year: $y) { year status sha256 content } }": types.AnnualReportPresentDocument,
    "query AnnualReportFees { feeStatement(facilityId: \"F001\", year: 2026) { lines { case { registrationNumber } total } } }": types.AnnualReportFeesDocument,
    "query AnnualReportOfficial($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } } } }": types.AnnualReportOfficialDocument,
    "query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }": types.CasesRegistrationYearDocument,
    "query CasesCoreLabEntity { _entities(representations: [{ __typename: \"Case\", registrationNumber: \"CTO-2026-00001\" }]) { ... on Case { operator { id } } } }": types.CasesCoreLabEntityDocument,
    "query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }": types.CoreLabCommitteeCaseDocument,
    "mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }": types.CoreLabCommitteeReplaceDocument,
    "query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }": types.CoreLabCommitteeTrailDocument,
    "query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }": types.DemoHistoryReportDocument,
    "query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }": types.DemoHistoryTrailDocument,
    "mutation EdcApiRegister($input: RegisterCaseInput!) { registerCase(input: $input) { verdict registrationNumber registeredOn case { status } } }": types.EdcApiRegisterDocument,
    "mutation EdcApiSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { status caseReportForm { state scores { jcto { score category } progressCto castle } } } }": types.EdcApiSaveDocument,
    "mutation EdcApiRecordSeries($n: RegistrationNumber!, $k: ImageSeriesKind!) { recordImageSeries(input: { registrationNumber: $n, kind: $k }) { status } }": types.EdcApiRecordSeriesDocument,
    "query EdcApiCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber ageAtProcedure patientIdentification { code initials birthDate }\n  consent { followUpConsented } auditTrail { seq action field oldValue newValue reason } } }": types.EdcApiCaseDocument,
    "mutation EdcApiSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { ethicsApprovedOn approvalNumber contractStatus readyToRegister } }": types.EdcApiSiteApprovalDocument,
    "query EdcApiFacilityReadiness { _entities(representations: [{ __typename: \"Facility\", id: \"F001\" }]) { ... on Facility { siteApproval { approvalNumber } } } }": types.EdcApiFacilityReadinessDocument,
    "mutation EdcApiSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { caseReportForm { state } } }": types.EdcApiSubmitDocument,
    "query EdcApiVerifyTrail($n: RegistrationNumber!) { verifyAuditTrail(registrationNumber: $n) { intact checkedEntries firstAlteredSeq } }": types.EdcApiVerifyTrailDocument,
    "mutation EdcApiSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { caseReportForm { signature { signer { id } operator { id } meaning valid signedAt } } } }": types.EdcApiSignDocument,
    "query EdcApiSignatureAfterChange($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { signature { valid voidedAt } } auditTrail { action } } }": types.EdcApiSignatureAfterChangeDocument,
    "query EdcApiOpenQueryIds { openDataQueries(facilityId: \"F001\") { id } }": types.EdcApiOpenQueryIdsDocument,
    "mutation EdcApiRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id status } }": types.EdcApiRaiseQueryDocument,
    "query EdcApiOpenQueries { openDataQueries(facilityId: \"F001\") { id status field } }": types.EdcApiOpenQueriesDocument,
    "mutation EdcApiAnswerQuery($id: ID!) { answerDataQuery(id: $id, answer: \"250 ml is correct\") { status answer } }": types.EdcApiAnswerQueryDocument,
    "mutation EdcApiReopenQuery($id: ID!) { reopenDataQuery(id: $id, reason: \"Source shows 260\") { status } }": types.EdcApiReopenQueryDocument,
    "mutation EdcApiAnswerQueryAgain($id: ID!) { answerDataQuery(id: $id, answer: \"Corrected source: 250\") { status } }": types.EdcApiAnswerQueryAgainDocument,
    "mutation EdcApiCloseQuery($id: ID!) { closeDataQuery(id: $id) { status } }": types.EdcApiCloseQueryDocument,
    "mutation EdcApiRaiseQueryOnPatient($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }": types.EdcApiRaiseQueryOnPatientDocument,
    "query EdcApiReminders { completionReminders { case { registrationNumber } missingSections missingImageSeries } }": types.EdcApiRemindersDocument,
    "query EdcApiRemindersLeft { completionReminders { case { registrationNumber } } }": types.EdcApiRemindersLeftDocument,
    "query EdcApiFollowUpsDue { followUpsDue(asOf: \"2027-03-20\") { case { registrationNumber } year dueOn state } }": types.EdcApiFollowUpsDueDocument,
    "query EdcApiFollowUpsOverdue { followUpsDue(asOf: \"2027-07-01\") { year state } }": types.EdcApiFollowUpsOverdueDocument,
    "query EdcApiFollowUpsOn($d: String!) { followUpsDue(asOf: $d) { case { registrationNumber } year state } }": types.EdcApiFollowUpsOnDocument,
    "query EdcApiFollowUpsTooMany { followUpsDue(first: 101) { year } }": types.EdcApiFollowUpsTooManyDocument,
    "query EdcApiCaseFollowUps($n: RegistrationNumber!) { case(registrationNumber: $n) { followUps { year } } }": types.EdcApiCaseFollowUpsDocument,
    "query EdcApiSafetyAlerts { safetyAlerts { registrationNumber } }": types.EdcApiSafetyAlertsDocument,
    "mutation EdcApiReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id serious } }": types.EdcApiReportAdverseEventDocument,
    "query EdcApiSafetyAlertDetails { safetyAlerts { registrationNumber cursor adverseEvent { name severity } } }": types.EdcApiSafetyAlertDetailsDocument,
    "mutation EdcApiDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { occurredOn reason } }": types.EdcApiDeviationDocument,
    "mutation EdcApiWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { consent { withdrawnOn withdrawalReason } followUps { year } } }": types.EdcApiWithdrawDocument,
    "mutation EdcRulesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }": types.EdcRulesRegisterDocument,
    "mutation EdcRulesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }": types.EdcRulesSaveDocument,
    "query EdcRulesForm($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { judgement { comment finalTimiFlow } signature { valid } } auditTrail { action field } } }": types.EdcRulesFormDocument,
    "mutation EdcRulesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }": types.EdcRulesDeviationDocument,
    "mutation EdcRulesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }": types.EdcRulesSiteApprovalDocument,
    "mutation EdcRulesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }": types.EdcRulesSubmitDocument,
    "mutation EdcRulesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }": types.EdcRulesSignDocument,
    "mutation EdcRulesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }": types.EdcRulesFollowUpDocument,
    "mutation EdcRulesDeviationLiteral($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: \"2025/06/30\", description: \"Late form\", reason: \"Delivery\" }) { id } }": types.EdcRulesDeviationLiteralDocument,
    "mutation EdcRulesDeviationWellFormed($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: \"2025-06-30\", description: \"Late form\", reason: \"Delivery\" }) { occurredOn recordedAt } }": types.EdcRulesDeviationWellFormedDocument,
    "mutation EdcRulesReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id outcomeOn } }": types.EdcRulesReportAdverseEventDocument,
    "query EdcRulesProcedureDate($n: RegistrationNumber!) { case(registrationNumber: $n) { procedureDate registeredOn } }": types.EdcRulesProcedureDateDocument,
    "mutation EdcWritesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }": types.EdcWritesRegisterDocument,
    "mutation EdcWritesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }": types.EdcWritesSaveDocument,
    "mutation EdcWritesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }": types.EdcWritesSiteApprovalDocument,
    "mutation EdcWritesRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }": types.EdcWritesRaiseQueryDocument,
    "mutation EdcWritesWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { registrationNumber } }": types.EdcWritesWithdrawDocument,
    "mutation EdcWritesAnswerConfirmed($id: ID!) { answerDataQuery(id: $id, answer: \"Confirmed\") { status } }": types.EdcWritesAnswerConfirmedDocument,
    "mutation EdcWritesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }": types.EdcWritesSubmitDocument,
    "mutation EdcWritesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }": types.EdcWritesSignDocument,
    "mutation EdcWritesAnswer($id: ID!) { answerDataQuery(id: $id, answer: \"It is 220 ml\") { status } }": types.EdcWritesAnswerDocument,
    "mutation EdcWritesReopen($id: ID!) { reopenDataQuery(id: $id, reason: \"Source says 230\") { status } }": types.EdcWritesReopenDocument,
    "mutation EdcWritesClose($id: ID!) { closeDataQuery(id: $id) { status } }": types.EdcWritesCloseDocument,
    "mutation EdcWritesStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id } }": types.EdcWritesStartUploadDocument,
    "mutation EdcWritesRecordSeries($n: RegistrationNumber!) { recordImageSeries(input: { registrationNumber: $n, kind: IVUS }) { status } }": types.EdcWritesRecordSeriesDocument,
    "mutation EdcWritesReviewHeld($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status } }": types.EdcWritesReviewHeldDocument,
    "mutation EdcWritesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }": types.EdcWritesFollowUpDocument,
    "mutation EdcWritesAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }": types.EdcWritesAdverseEventDocument,
    "mutation EdcWritesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }": types.EdcWritesDeviationDocument,
    "mutation EdcWritesLock($n: RegistrationNumber!) { lockCaseReportForm(registrationNumber: $n) { registrationNumber } }": types.EdcWritesLockDocument,
    "mutation EdcWritesLostToFollowUp($i: MarkLostToFollowUpInput!) { markLostToFollowUp(input: $i) { registrationNumber } }": types.EdcWritesLostToFollowUpDocument,
    "query EdcWritesLibrary { caseLibrary(first: 100) { totalCount nodes { registrationNumber } } }": types.EdcWritesLibraryDocument,
    "query EdcWritesImages($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber images { instances { status } } } }": types.EdcWritesImagesDocument,
    "fragment FeeStatementsFields on IssuedFeeStatement { id number year revision total issuedAt issuedBy correctionReason csvPath facility { id } replaces { id number } replacedBy { id number }\n  lines { registrationNumber procedureDate registrationFee acuteResultFee followUpYears followUpFee total } }": types.FeeStatementsFieldsFragmentDoc,
    "mutation FeeStatementsIssue($y: Int!) { issueFeeStatements(year: $y) { ...FeeStatementsFields } }": types.FeeStatementsIssueDocument,
    "query FeeStatementsList($y: Int!, $f: ID) { issuedFeeStatements(year: $y, facilityId: $f) { ...FeeStatementsFields } }": types.FeeStatementsListDocument,
    "mutation FeeStatementsCorrect($id: ID!, $r: String!) { correctFeeStatement(statementId: $id, reason: $r) { ...FeeStatementsFields } }": types.FeeStatementsCorrectDocument,
    "mutation FeeStatementsPresent { presentAnnualReport(year: 2026) { status } }": types.FeeStatementsPresentDocument,
    "query FeeStatementsNow($f: ID!) { feeStatement(facilityId: $f, year: 2026) { total lines { case { registrationNumber } total } } }": types.FeeStatementsNowDocument,
    "query FeeStatementsOne($id: ID!) { issuedFeeStatement(id: $id) { number } }": types.FeeStatementsOneDocument,
    "query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }": types.BurnedInTextImagesDocument,
    "query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }": types.BurnedInTextHeldDocument,
    "query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }": types.DicomwebStatusDocument,
    "mutation ImagesLibraryStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl bytesExpected } }": types.ImagesLibraryStartDocument,
    "query ImagesLibraryUpload($id: ID!) { imageUpload(id: $id) { state bytesReceived fractionReceived instancesStored instancesQuarantined refusals { code } finishedAt } }": types.ImagesLibraryUploadDocument,
    "query ImagesLibraryImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { seriesInstanceUid kind modality frameCount retrieveUrl dicomwebUrl\n  instances { sopInstanceUid status quarantineReason numberOfFrames bytes retrieveUrl review { decision reason } } } } }": types.ImagesLibraryImagesDocument,
    "query ImagesLibraryPage($n: RegistrationNumber!, $first: Int, $after: String) { case(registrationNumber: $n) { images { frameCount instances(first: $first, after: $after) { sopInstanceUid } } } }": types.ImagesLibraryPageDocument,
    "query ImagesLibraryCoreLabImages($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { images { seriesInstanceUid frameCount instances { sopInstanceUid status } } } }": types.ImagesLibraryCoreLabImagesDocument,
    "query ImagesLibraryHeld { heldImages { registrationNumber sopInstanceUid quarantineReason } }": types.ImagesLibraryHeldDocument,
    "mutation ImagesLibraryReview($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status review { decision reason } } }": types.ImagesLibraryReviewDocument,
    "query ImagesLibraryAudit($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action reason } } }": types.ImagesLibraryAuditDocument,
    "query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }": types.StagingUploadsDocument,
    "mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }": types.UploadRefusalsStartDocument,
    "query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }": types.UploadRefusalsUploadDocument,
    "fragment ReleaseApiRequest on DataRequest { id status items years requesterKind history { from to reason }\n  release { id sha256 packageBytes downloadPath provision { recipient items years providedOn method formats casesIncluded casesExcludedForWithdrawnConsent anonymization smallCellThreshold keyTableExists keyTableHeldBy packageSha256 } } }": types.ReleaseApiRequestFragmentDoc,
    "mutation ReleaseApiFile($input: DataRequestInput!) { fileDataRequest(input: $input) { ...ReleaseApiRequest } }": types.ReleaseApiFileDocument,
    "mutation ReleaseApiRevise($id: ID!, $input: DataRequestInput!) { reviseDataRequest(id: $id, input: $input) { ...ReleaseApiRequest } }": types.ReleaseApiReviseDocument,
    "mutation ReleaseApiReview($id: ID!, $d: DataRequestDecision!, $r: String) { reviewDataRequest(id: $id, decision: $d, reason: $r) { ...ReleaseApiRequest } }": types.ReleaseApiReviewDocument,
    "mutation ReleaseApiRelease($id: ID!) { releaseData(requestId: $id) { ...ReleaseApiRequest } }": types.ReleaseApiReleaseDocument,
    "query ReleaseApiDictionary { dataDictionary { id dataType source identifying } }": types.ReleaseApiDictionaryDocument,
    "query ReleaseApiDictionaryIds { dataDictionary { id } }": types.ReleaseApiDictionaryIdsDocument,
    "mutation ReleaseApiPublication($id: ID!, $p: String!) { reportDataPublication(requestId: $id, publication: $p) { status } }": types.ReleaseApiPublicationDocument,
    "query ReleaseApiRecipients { dataReleaseRecipients { recipientName requesterKind title years releasedOn publication } }": types.ReleaseApiRecipientsDocument,
    "query ReleaseApiRequesterKinds { dataRequests { requesterKind } }": types.ReleaseApiRequesterKindsDocument,
    "query ReleaseApiRequestIds { dataRequests { id } }": types.ReleaseApiRequestIdsDocument,
    "query ReleaseApiWaiting($a: ID) { dataRequests(status: SUBMITTED, first: 1, after: $a) { id status } }": types.ReleaseApiWaitingDocument,
    "query ReleaseApiSubmitted { dataRequests(status: SUBMITTED) { id title } }": types.ReleaseApiSubmittedDocument,
    "query ReleaseApiOne($id: ID!) { dataRequest(id: $id) { id title } }": types.ReleaseApiOneDocument,
    "query ReleaseApiMine($id: ID!) { dataRequest(id: $id) { mine } }": types.ReleaseApiMineDocument,
    "query ReleaseApiTooMany { dataRequests(first: 51) { id } }": types.ReleaseApiTooManyDocument,
    "query ReleaseApiYears { dataRequestYears }": types.ReleaseApiYearsDocument,
    "mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }": types.ReleaseLargeFileDocument,
    "mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }": types.ReleaseLargeApproveDocument,
    "mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }": types.ReleaseLargeReleaseDocument,
    "fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }\n  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }": types.RiskModelApiFieldsFragmentDoc,
    "mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }": types.RiskApiFitDocument,
    "query RiskApiModels { riskModels { ...RiskModelApiFields } }": types.RiskApiModelsDocument,
    "query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }\n  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }\n  overdispersion { operators phi pValue tau2 applied }\n  funnel { cases lower95 upper95 lower998 upper998 } } }": types.RiskApiReviewDocument,
    "query RiskApiModelIds { riskModels { id years } }": types.RiskApiModelIdsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportReport($y: Int!) { annualReport(year: $y) { year status sha256 content presentedAt csvPath\n  adoption { domesticCases adopted notComplete awaitingOfficialResult consentWithdrawn }\n  overall { cases technicalSuccess { numerator denominator percent } procedureSuccess { numerator denominator } indicationAppropriate { numerator denominator } complications { kind source rate { numerator denominator } } }\n  byJctoCategory { category figures { cases technicalSuccess { numerator denominator } } }\n  byApproach { approach figures { cases } } byExperienceBand { band figures { cases } }\n  corrections { registrationNumber field from to rulingId changedAt } } }"): typeof import('./graphql.js').AnnualReportReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportPresent($y: Int!) { presentAnnualReport(year: $y) { year status sha256 content } }"): typeof import('./graphql.js').AnnualReportPresentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportFees { feeStatement(facilityId: \"F001\", year: 2026) { lines { case { registrationNumber } total } } }"): typeof import('./graphql.js').AnnualReportFeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportOfficial($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } } } }"): typeof import('./graphql.js').AnnualReportOfficialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasesRegistrationYear($y: Int!, $op: ID) { registrationYear(year: $y, operatorId: $op) { operatorId year domesticCompleted overseasCompleted overseasRequired } }"): typeof import('./graphql.js').CasesRegistrationYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasesCoreLabEntity { _entities(representations: [{ __typename: \"Case\", registrationNumber: \"CTO-2026-00001\" }]) { ... on Case { operator { id } } } }"): typeof import('./graphql.js').CasesCoreLabEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }"): typeof import('./graphql.js').CoreLabCommitteeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }"): typeof import('./graphql.js').CoreLabCommitteeReplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }"): typeof import('./graphql.js').CoreLabCommitteeTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoHistoryReport($y: Int!) { annualReport(year: $y) { status sha256 overall { cases } corrections { registrationNumber field from to rulingId changedAt } } }"): typeof import('./graphql.js').DemoHistoryReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoHistoryTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { field actor { __typename id } } } }"): typeof import('./graphql.js').DemoHistoryTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiRegister($input: RegisterCaseInput!) { registerCase(input: $input) { verdict registrationNumber registeredOn case { status } } }"): typeof import('./graphql.js').EdcApiRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { status caseReportForm { state scores { jcto { score category } progressCto castle } } } }"): typeof import('./graphql.js').EdcApiSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiRecordSeries($n: RegistrationNumber!, $k: ImageSeriesKind!) { recordImageSeries(input: { registrationNumber: $n, kind: $k }) { status } }"): typeof import('./graphql.js').EdcApiRecordSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber ageAtProcedure patientIdentification { code initials birthDate }\n  consent { followUpConsented } auditTrail { seq action field oldValue newValue reason } } }"): typeof import('./graphql.js').EdcApiCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { ethicsApprovedOn approvalNumber contractStatus readyToRegister } }"): typeof import('./graphql.js').EdcApiSiteApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiFacilityReadiness { _entities(representations: [{ __typename: \"Facility\", id: \"F001\" }]) { ... on Facility { siteApproval { approvalNumber } } } }"): typeof import('./graphql.js').EdcApiFacilityReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { caseReportForm { state } } }"): typeof import('./graphql.js').EdcApiSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiVerifyTrail($n: RegistrationNumber!) { verifyAuditTrail(registrationNumber: $n) { intact checkedEntries firstAlteredSeq } }"): typeof import('./graphql.js').EdcApiVerifyTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { caseReportForm { signature { signer { id } operator { id } meaning valid signedAt } } } }"): typeof import('./graphql.js').EdcApiSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiSignatureAfterChange($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { signature { valid voidedAt } } auditTrail { action } } }"): typeof import('./graphql.js').EdcApiSignatureAfterChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiOpenQueryIds { openDataQueries(facilityId: \"F001\") { id } }"): typeof import('./graphql.js').EdcApiOpenQueryIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id status } }"): typeof import('./graphql.js').EdcApiRaiseQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiOpenQueries { openDataQueries(facilityId: \"F001\") { id status field } }"): typeof import('./graphql.js').EdcApiOpenQueriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiAnswerQuery($id: ID!) { answerDataQuery(id: $id, answer: \"250 ml is correct\") { status answer } }"): typeof import('./graphql.js').EdcApiAnswerQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiReopenQuery($id: ID!) { reopenDataQuery(id: $id, reason: \"Source shows 260\") { status } }"): typeof import('./graphql.js').EdcApiReopenQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiAnswerQueryAgain($id: ID!) { answerDataQuery(id: $id, answer: \"Corrected source: 250\") { status } }"): typeof import('./graphql.js').EdcApiAnswerQueryAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiCloseQuery($id: ID!) { closeDataQuery(id: $id) { status } }"): typeof import('./graphql.js').EdcApiCloseQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiRaiseQueryOnPatient($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }"): typeof import('./graphql.js').EdcApiRaiseQueryOnPatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiReminders { completionReminders { case { registrationNumber } missingSections missingImageSeries } }"): typeof import('./graphql.js').EdcApiRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiRemindersLeft { completionReminders { case { registrationNumber } } }"): typeof import('./graphql.js').EdcApiRemindersLeftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiFollowUpsDue { followUpsDue(asOf: \"2027-03-20\") { case { registrationNumber } year dueOn state } }"): typeof import('./graphql.js').EdcApiFollowUpsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiFollowUpsOverdue { followUpsDue(asOf: \"2027-07-01\") { year state } }"): typeof import('./graphql.js').EdcApiFollowUpsOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiFollowUpsOn($d: String!) { followUpsDue(asOf: $d) { case { registrationNumber } year state } }"): typeof import('./graphql.js').EdcApiFollowUpsOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiFollowUpsTooMany { followUpsDue(first: 101) { year } }"): typeof import('./graphql.js').EdcApiFollowUpsTooManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiCaseFollowUps($n: RegistrationNumber!) { case(registrationNumber: $n) { followUps { year } } }"): typeof import('./graphql.js').EdcApiCaseFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiSafetyAlerts { safetyAlerts { registrationNumber } }"): typeof import('./graphql.js').EdcApiSafetyAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id serious } }"): typeof import('./graphql.js').EdcApiReportAdverseEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcApiSafetyAlertDetails { safetyAlerts { registrationNumber cursor adverseEvent { name severity } } }"): typeof import('./graphql.js').EdcApiSafetyAlertDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { occurredOn reason } }"): typeof import('./graphql.js').EdcApiDeviationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcApiWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { consent { withdrawnOn withdrawalReason } followUps { year } } }"): typeof import('./graphql.js').EdcApiWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }"): typeof import('./graphql.js').EdcRulesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }"): typeof import('./graphql.js').EdcRulesSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcRulesForm($n: RegistrationNumber!) { case(registrationNumber: $n) { caseReportForm { judgement { comment finalTimiFlow } signature { valid } } auditTrail { action field } } }"): typeof import('./graphql.js').EdcRulesFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }"): typeof import('./graphql.js').EdcRulesDeviationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }"): typeof import('./graphql.js').EdcRulesSiteApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }"): typeof import('./graphql.js').EdcRulesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }"): typeof import('./graphql.js').EdcRulesSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }"): typeof import('./graphql.js').EdcRulesFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesDeviationLiteral($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: \"2025/06/30\", description: \"Late form\", reason: \"Delivery\" }) { id } }"): typeof import('./graphql.js').EdcRulesDeviationLiteralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesDeviationWellFormed($n: RegistrationNumber!) { recordProtocolDeviation(input: { registrationNumber: $n, occurredOn: \"2025-06-30\", description: \"Late form\", reason: \"Delivery\" }) { occurredOn recordedAt } }"): typeof import('./graphql.js').EdcRulesDeviationWellFormedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcRulesReportAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id outcomeOn } }"): typeof import('./graphql.js').EdcRulesReportAdverseEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcRulesProcedureDate($n: RegistrationNumber!) { case(registrationNumber: $n) { procedureDate registeredOn } }"): typeof import('./graphql.js').EdcRulesProcedureDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesRegister($input: RegisterCaseInput!) { registerCase(input: $input) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesSave($input: SaveCaseReportFormInput!) { saveCaseReportForm(input: $input) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesSiteApproval($i: SiteApprovalInput!) { recordSiteApproval(input: $i) { readyToRegister } }"): typeof import('./graphql.js').EdcWritesSiteApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesRaiseQuery($i: RaiseDataQueryInput!) { raiseDataQuery(input: $i) { id } }"): typeof import('./graphql.js').EdcWritesRaiseQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesWithdraw($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesAnswerConfirmed($id: ID!) { answerDataQuery(id: $id, answer: \"Confirmed\") { status } }"): typeof import('./graphql.js').EdcWritesAnswerConfirmedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesSubmit($n: RegistrationNumber!) { submitCaseReportForm(registrationNumber: $n) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesSign($i: SignCaseReportFormInput!) { signCaseReportForm(input: $i) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesAnswer($id: ID!) { answerDataQuery(id: $id, answer: \"It is 220 ml\") { status } }"): typeof import('./graphql.js').EdcWritesAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesReopen($id: ID!) { reopenDataQuery(id: $id, reason: \"Source says 230\") { status } }"): typeof import('./graphql.js').EdcWritesReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesClose($id: ID!) { closeDataQuery(id: $id) { status } }"): typeof import('./graphql.js').EdcWritesCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesStartUpload($i: StartImageUploadInput!) { startImageUpload(input: $i) { id } }"): typeof import('./graphql.js').EdcWritesStartUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesRecordSeries($n: RegistrationNumber!) { recordImageSeries(input: { registrationNumber: $n, kind: IVUS }) { status } }"): typeof import('./graphql.js').EdcWritesRecordSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesReviewHeld($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status } }"): typeof import('./graphql.js').EdcWritesReviewHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesFollowUp($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesAdverseEvent($i: ReportAdverseEventInput!) { reportAdverseEvent(input: $i) { id } }"): typeof import('./graphql.js').EdcWritesAdverseEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesDeviation($i: RecordProtocolDeviationInput!) { recordProtocolDeviation(input: $i) { id } }"): typeof import('./graphql.js').EdcWritesDeviationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesLock($n: RegistrationNumber!) { lockCaseReportForm(registrationNumber: $n) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EdcWritesLostToFollowUp($i: MarkLostToFollowUpInput!) { markLostToFollowUp(input: $i) { registrationNumber } }"): typeof import('./graphql.js').EdcWritesLostToFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcWritesLibrary { caseLibrary(first: 100) { totalCount nodes { registrationNumber } } }"): typeof import('./graphql.js').EdcWritesLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EdcWritesImages($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber images { instances { status } } } }"): typeof import('./graphql.js').EdcWritesImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FeeStatementsFields on IssuedFeeStatement { id number year revision total issuedAt issuedBy correctionReason csvPath facility { id } replaces { id number } replacedBy { id number }\n  lines { registrationNumber procedureDate registrationFee acuteResultFee followUpYears followUpFee total } }"): typeof import('./graphql.js').FeeStatementsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeeStatementsIssue($y: Int!) { issueFeeStatements(year: $y) { ...FeeStatementsFields } }"): typeof import('./graphql.js').FeeStatementsIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeeStatementsList($y: Int!, $f: ID) { issuedFeeStatements(year: $y, facilityId: $f) { ...FeeStatementsFields } }"): typeof import('./graphql.js').FeeStatementsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeeStatementsCorrect($id: ID!, $r: String!) { correctFeeStatement(statementId: $id, reason: $r) { ...FeeStatementsFields } }"): typeof import('./graphql.js').FeeStatementsCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeeStatementsPresent { presentAnnualReport(year: 2026) { status } }"): typeof import('./graphql.js').FeeStatementsPresentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeeStatementsNow($f: ID!) { feeStatement(facilityId: $f, year: 2026) { total lines { case { registrationNumber } total } } }"): typeof import('./graphql.js').FeeStatementsNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeeStatementsOne($id: ID!) { issuedFeeStatement(id: $id) { number } }"): typeof import('./graphql.js').FeeStatementsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BurnedInTextImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { instances { sopInstanceUid status quarantineReason } } } }"): typeof import('./graphql.js').BurnedInTextImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BurnedInTextHeld { heldImages { sopInstanceUid quarantineReason } }"): typeof import('./graphql.js').BurnedInTextHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DicomwebStatus($n: RegistrationNumber!) { case(registrationNumber: $n) { status } }"): typeof import('./graphql.js').DicomwebStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImagesLibraryStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl bytesExpected } }"): typeof import('./graphql.js').ImagesLibraryStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagesLibraryUpload($id: ID!) { imageUpload(id: $id) { state bytesReceived fractionReceived instancesStored instancesQuarantined refusals { code } finishedAt } }"): typeof import('./graphql.js').ImagesLibraryUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagesLibraryImages($n: RegistrationNumber!) { case(registrationNumber: $n) { images { seriesInstanceUid kind modality frameCount retrieveUrl dicomwebUrl\n  instances { sopInstanceUid status quarantineReason numberOfFrames bytes retrieveUrl review { decision reason } } } } }"): typeof import('./graphql.js').ImagesLibraryImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagesLibraryPage($n: RegistrationNumber!, $first: Int, $after: String) { case(registrationNumber: $n) { images { frameCount instances(first: $first, after: $after) { sopInstanceUid } } } }"): typeof import('./graphql.js').ImagesLibraryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagesLibraryCoreLabImages($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { images { seriesInstanceUid frameCount instances { sopInstanceUid status } } } }"): typeof import('./graphql.js').ImagesLibraryCoreLabImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagesLibraryHeld { heldImages { registrationNumber sopInstanceUid quarantineReason } }"): typeof import('./graphql.js').ImagesLibraryHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImagesLibraryReview($i: ReviewHeldImageInput!) { reviewHeldImage(input: $i) { status review { decision reason } } }"): typeof import('./graphql.js').ImagesLibraryReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagesLibraryAudit($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action reason } } }"): typeof import('./graphql.js').ImagesLibraryAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StagingUploads { myImageUploads(first: 5) { state refusals { code } instancesStored } }"): typeof import('./graphql.js').StagingUploadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadRefusalsStart($i: StartImageUploadInput!) { startImageUpload(input: $i) { id state stowUrl } }"): typeof import('./graphql.js').UploadRefusalsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadRefusalsUpload($id: ID!) { imageUpload(id: $id) { state refusals { code message } finishedAt } }"): typeof import('./graphql.js').UploadRefusalsUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReleaseApiRequest on DataRequest { id status items years requesterKind history { from to reason }\n  release { id sha256 packageBytes downloadPath provision { recipient items years providedOn method formats casesIncluded casesExcludedForWithdrawnConsent anonymization smallCellThreshold keyTableExists keyTableHeldBy packageSha256 } } }"): typeof import('./graphql.js').ReleaseApiRequestFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseApiFile($input: DataRequestInput!) { fileDataRequest(input: $input) { ...ReleaseApiRequest } }"): typeof import('./graphql.js').ReleaseApiFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseApiRevise($id: ID!, $input: DataRequestInput!) { reviseDataRequest(id: $id, input: $input) { ...ReleaseApiRequest } }"): typeof import('./graphql.js').ReleaseApiReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseApiReview($id: ID!, $d: DataRequestDecision!, $r: String) { reviewDataRequest(id: $id, decision: $d, reason: $r) { ...ReleaseApiRequest } }"): typeof import('./graphql.js').ReleaseApiReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseApiRelease($id: ID!) { releaseData(requestId: $id) { ...ReleaseApiRequest } }"): typeof import('./graphql.js').ReleaseApiReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiDictionary { dataDictionary { id dataType source identifying } }"): typeof import('./graphql.js').ReleaseApiDictionaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiDictionaryIds { dataDictionary { id } }"): typeof import('./graphql.js').ReleaseApiDictionaryIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseApiPublication($id: ID!, $p: String!) { reportDataPublication(requestId: $id, publication: $p) { status } }"): typeof import('./graphql.js').ReleaseApiPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiRecipients { dataReleaseRecipients { recipientName requesterKind title years releasedOn publication } }"): typeof import('./graphql.js').ReleaseApiRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiRequesterKinds { dataRequests { requesterKind } }"): typeof import('./graphql.js').ReleaseApiRequesterKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiRequestIds { dataRequests { id } }"): typeof import('./graphql.js').ReleaseApiRequestIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiWaiting($a: ID) { dataRequests(status: SUBMITTED, first: 1, after: $a) { id status } }"): typeof import('./graphql.js').ReleaseApiWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiSubmitted { dataRequests(status: SUBMITTED) { id title } }"): typeof import('./graphql.js').ReleaseApiSubmittedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiOne($id: ID!) { dataRequest(id: $id) { id title } }"): typeof import('./graphql.js').ReleaseApiOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiMine($id: ID!) { dataRequest(id: $id) { mine } }"): typeof import('./graphql.js').ReleaseApiMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiTooMany { dataRequests(first: 51) { id } }"): typeof import('./graphql.js').ReleaseApiTooManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReleaseApiYears { dataRequestYears }"): typeof import('./graphql.js').ReleaseApiYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }"): typeof import('./graphql.js').ReleaseLargeFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }"): typeof import('./graphql.js').ReleaseLargeApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }"): typeof import('./graphql.js').ReleaseLargeReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RiskModelApiFields on RiskModel { id years cases successes coefficients { term estimate standardError oddsRatio years }\n  calibration { groups { group cases observed expected } hosmerLemeshow degreesOfFreedom pValue } }"): typeof import('./graphql.js').RiskModelApiFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RiskApiFit($years: [Int!]!) { fitRiskModel(years: $years) { ...RiskModelApiFields } }"): typeof import('./graphql.js').RiskApiFitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskApiModels { riskModels { ...RiskModelApiFields } }"): typeof import('./graphql.js').RiskApiModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskApiReview($year: Int!, $modelId: ID) { riskAdjustedMonitoring(year: $year, modelId: $modelId) { year cases observed expected expectedRate casesWithoutScores model { id years }\n  operators { operatorId cases observed expected observedToExpected interval95 { lower upper } limits { cases lower95 upper95 lower998 upper998 } position flaggedForReview }\n  overdispersion { operators phi pValue tau2 applied }\n  funnel { cases lower95 upper95 lower998 upper998 } } }"): typeof import('./graphql.js').RiskApiReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskApiModelIds { riskModels { id years } }"): typeof import('./graphql.js').RiskApiModelIdsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
