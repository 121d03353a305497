import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ACCESS, CAPABILITIES, CORE_LAB_ROLES, ROLES, signInternalToken, signUserToken, type Capability, type Role, type Viewer } from '@registry/auth';
import { SUPERGRAPH_PATH } from '../../scripts/supergraph.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { probeOf } from '../support/operation-probe.ts';

/**
 * The access walk [#14]: every query, mutation and subscription of the supergraph, called
 * by every demo role (one role per token) and by an anonymous visitor, with plausible
 * fillers for its arguments. Each root field names the capabilities of the access table
 * (`ACCESS`, packages/auth/src/access.ts) that open it; the answer must agree:
 *
 * - a role holding one of them without a relation is never refused;
 * - a role holding one only through a relation (its facility, its own case, a committee
 *   seat, a steering term) may be refused or not: the fillers name nothing of theirs;
 * - every other role is refused FORBIDDEN, before anything is looked up, and an
 *   anonymous visitor UNAUTHENTICATED (docs/errors.md: role before existence).
 *
 * PUBLIC fields answer everyone; PUBLIC_SIGHTED everyone but the core lab, which reads
 * blind [R25][R33]; SIGNED_IN every signed-in person. CREDENTIALS (`login`) answers anyone,
 * and its UNAUTHENTICATED is its verdict on the filler password, not a refusal to call it.
 */
type Access = 'PUBLIC' | 'CREDENTIALS' | 'PUBLIC_SIGHTED' | 'SIGNED_IN' | readonly Capability[];
const ROOT_FIELDS: Record<string, Access> = {
  thread: ['discussion:read', 'discussion:answerOwnCase'],
  committee: 'PUBLIC',
  criteriaVersions: 'PUBLIC',
  criteriaInEffect: 'PUBLIC',
  rulings: 'PUBLIC',
  ruling: 'PUBLIC',
  matters: ['discussion:read'],
  matter: ['discussion:read'],
  myNotifications: ['notification:read'],
  caseLibrary: ['case:browseLibrary'],
  case: ['case:browseLibrary', 'case:readAsFacility', 'case:readOwn', 'case:readAsCommittee'],
  verifyAuditTrail: ['case:readAsDataCenter', 'case:readAsFacility', 'case:readOwn'],
  completionReminders: ['case:readAsDataCenter', 'case:writeForFacility', 'case:writeOwn'],
  coreLabWorklist: ['corelab:read'],
  coreLabCase: ['corelab:read'],
  overdueCoreLabCases: ['corelab:readOverdue'],
  coreLabAgreement: ['corelab:supervise'],
  openDataQueries: ['dataQuery:read', 'case:readAsFacility'],
  feeStatement: ['fee:read', 'case:readAsFacility'],
  issuedFeeStatements: ['fee:read', 'case:readAsFacility'],
  issuedFeeStatement: ['fee:read', 'case:readAsFacility'],
  annualReport: ['report:read'],
  riskAdjustedMonitoring: ['monitoring:review'],
  riskModels: ['monitoring:review'],
  dataDictionary: ['release:readDictionary'],
  dataRequests: ['release:readAll', 'release:request'],
  dataRequest: ['release:readAll', 'release:request'],
  dataRequestYears: ['release:readDictionary'],
  dataReleaseRecipients: 'PUBLIC',
  followUpsDue: ['case:readAsDataCenter', 'case:readAsFacility'],
  imageUpload: 'SIGNED_IN',
  myImageUploads: 'SIGNED_IN',
  heldImages: ['case:writeAsDataCenter'],
  registrationYear: ['case:readRegistrationYears', 'case:readOwn'],
  safetyAlerts: ['safety:readAlerts'],
  viewer: 'PUBLIC',
  staffAccounts: ['account:manage'],
  applications: ['application:read'],
  application: ['application:read', 'application:recommend'],
  applicationsAwaitingMyRecommendation: ['application:recommend'],
  certificationReviews: ['certification:readReviews', 'operator:readOwn'],
  monitoringThresholds: 'PUBLIC',
  monitoringReview: ['monitoring:review'],
  certifiedOperators: 'PUBLIC_SIGHTED',
  certifiedOperatorsUpdatedOn: 'PUBLIC',
  operator: 'PUBLIC',
  annualRenewal: ['renewal:read'],
  annualRenewalPreview: ['renewal:run'],
  publishedRevocations: 'PUBLIC_SIGHTED',
  steeringCommittee: ['person:readName'],
  postToThread: ['discussion:post', 'discussion:answerOwnCase', 'committee:sit'],
  editPost: ['discussion:post', 'discussion:answerOwnCase', 'committee:sit'],
  appointCommitteeMember: ['committee:appoint'],
  removeCommitteeMember: ['committee:appoint'],
  publishCriteriaVersion: ['committee:chair'],
  raiseObjection: ['matter:object'],
  referCriteriaQuestion: ['matter:screen'],
  askDataCenterQuestion: ['matter:askAsDataCenter'],
  screenMatter: ['matter:screen'],
  declareSession: ['committee:chair'],
  postPointsAtIssue: ['committee:chair'],
  castVote: ['committee:sit'],
  callSecondRound: ['voting:callSecondRound'],
  closeVotingRound: ['committee:chair'],
  relayOperatorOpinion: ['matter:relayOpinion'],
  markNotificationRead: ['notification:read'],
  decideMatter: ['committee:chair'],
  registerCase: ['case:registerOwn', 'case:registerForFacility'],
  saveCaseReportForm: ['case:writeOwn', 'case:writeForFacility'],
  submitCaseReportForm: ['case:writeOwn', 'case:writeForFacility'],
  signCaseReportForm: ['case:writeOwn'],
  lockCaseReportForm: ['case:writeAsDataCenter'],
  recordImageSeries: ['case:writeAsDataCenter'],
  enrolInCoreLab: ['corelab:read'],
  assignCoreLabReaders: ['corelab:supervise'],
  replaceCoreLabReader: ['corelab:supervise'],
  submitCoreLabRead: ['corelab:submitRead'],
  resolveCoreLabDiscordance: ['corelab:supervise'],
  raiseDataQuery: ['case:writeAsDataCenter'],
  answerDataQuery: ['case:writeOwn', 'case:writeForFacility'],
  closeDataQuery: ['case:writeAsDataCenter'],
  reopenDataQuery: ['case:writeAsDataCenter'],
  presentAnnualReport: ['report:present'],
  issueFeeStatements: ['fee:issue'],
  correctFeeStatement: ['fee:issue'],
  fitRiskModel: ['monitoring:fitRiskModel'],
  fileDataRequest: ['release:request'],
  reviseDataRequest: ['release:request'],
  reviewDataRequest: ['release:review'],
  releaseData: ['release:produce'],
  reportDataPublication: ['release:request'],
  recordFollowUp: ['case:writeOwn', 'case:writeForFacility', 'case:writeAsDataCenter'],
  markLostToFollowUp: ['case:writeOwn', 'case:writeForFacility', 'case:writeAsDataCenter'],
  startImageUpload: ['case:writeOwn', 'case:writeForFacility'],
  reviewHeldImage: ['case:writeAsDataCenter'],
  reportAdverseEvent: ['case:writeOwn', 'case:writeForFacility'],
  recordProtocolDeviation: ['case:writeOwn', 'case:writeForFacility'],
  withdrawConsent: ['case:writeOwn', 'case:writeForFacility'],
  recordSiteApproval: ['site:approve'],
  login: 'CREDENTIALS',
  changePassword: 'SIGNED_IN',
  openStaffAccount: ['account:manage'],
  changeStaffRoles: ['account:manage'],
  unlockStaffAccount: ['account:manage'],
  fileApplication: 'PUBLIC',
  recommendApplication: ['application:recommend'],
  approveApplication: ['steering:decide'],
  rejectApplication: ['steering:decide'],
  requestCertificationReview: ['certification:requestReview'],
  decideCertificationReview: ['steering:decide'],
  registerFacility: ['facility:register'],
  setMonitoringThresholds: ['steering:decide'],
  issueWarning: ['steering:decide'],
  runAnnualRenewal: ['renewal:run'],
  answerContinuationQuestion: ['renewal:answer'],
  revokeCertification: ['steering:decide'],
  reauthenticateForSignature: 'SIGNED_IN',
  recordSteeringTerm: ['steering:recordTerm'],
  threadPostAdded: ['discussion:read', 'discussion:answerOwnCase'],
  matterTallyUpdated: ['discussion:read'],
  matterStatusChanged: ['discussion:read'],
  notificationAdded: ['notification:read'],
  seriousAdverseEventReported: ['safety:readAlerts'],
  officialResultRecorded: ['case:readOwn'],
};

type Who = Role | 'ANONYMOUS';
type Expected = 'ALLOWED' | 'REFUSED' | 'EITHER';
const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

function expectedOf(access: Access, who: Who): Expected {
  if (access === 'PUBLIC') return 'ALLOWED';
  if (access === 'CREDENTIALS') return 'EITHER';
  if (access === 'PUBLIC_SIGHTED') return who !== 'ANONYMOUS' && CORE_LAB_ROLES.includes(who) ? 'REFUSED' : 'ALLOWED';
  if (who === 'ANONYMOUS') return 'REFUSED';
  if (access === 'SIGNED_IN') return 'ALLOWED';
  const grants = access.map((c) => ACCESS[c] as { roles: readonly Role[]; relation?: string }).filter((g) => g.roles.includes(who));
  if (grants.some((g) => g.relation === undefined)) return 'ALLOWED';
  return grants.length > 0 ? 'EITHER' : 'REFUSED';
}

function outcomeOf(who: Who, code: string | undefined): string {
  if (code === undefined || !REFUSALS.has(code)) return 'ALLOWED';
  return code === (who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN') ? 'REFUSED' : `REFUSED ${code}`;
}

const schema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
const rootFields = (root: GraphQLObjectType | null | undefined) =>
  (root ? (Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) : []).filter((f) => !f.name.startsWith('_'));
const OPERATIONS = {
  query: rootFields(schema.getQueryType()),
  mutation: rootFields(schema.getMutationType()),
  subscription: rootFields(schema.getSubscriptionType()),
};
/** The subgraph that owns each subscription: the walk subscribes there, as the gateway's bridge does. */
const SUBSCRIPTION_OWNER: Record<string, 'cases' | 'adjudication'> = {
  threadPostAdded: 'adjudication', matterTallyUpdated: 'adjudication', matterStatusChanged: 'adjudication', notificationAdded: 'adjudication',
  seriousAdverseEventReported: 'cases', officialResultRecorded: 'cases',
};

let t: TestRegistry;
const viewers = new Map<Who, Viewer & { accountId?: string }>();
const tokens = new Map<Who, string>();

function subOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;
}

beforeAll(async () => {
  t = await startTestRegistry();
  // Operators' roles on a demo operator's account; every staff role on a staff account.
  const operator = subOf(await t.login('OP0001'));
  const staff = subOf(await t.login('secretariat'));
  viewers.set('ANONYMOUS', { roles: [] });
  for (const role of ROLES) {
    const person = ['OPERATOR', 'ASSOCIATE', 'OB'].includes(role) ? { accountId: operator, operatorId: 'OP0001', facilityId: 'F001' }
      : role === 'SITE_CONTACT' ? { accountId: staff, facilityId: 'F001' } : { accountId: staff };
    const viewer = { ...person, roles: [role] };
    viewers.set(role, viewer);
    tokens.set(role, await signUserToken(viewer, t.keys.userPrivate!));
  }
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

/** The code of a subscription's first answer, straight from its subgraph; undefined when it started. */
async function subscribe(field: GraphQLField<unknown, unknown>, viewer: Viewer): Promise<string | undefined> {
  const subgraph = SUBSCRIPTION_OWNER[field.name]!;
  const token = await signInternalToken(viewer, subgraph, t.keys.internalPrivate!);
  const client = createClient({
    url: t.registry.subgraphUrls[subgraph].replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const { query, variables } = probeOf('subscription', field);
  try {
    return await new Promise<string | undefined>((resolve) => {
      client.subscribe({ query, variables }, {
        next: (result) => resolve(result.errors?.[0] ? String(result.errors[0].extensions?.['code']) : undefined),
        error: (err) => resolve(Array.isArray(err) ? String((err[0] as { extensions?: Record<string, unknown> }).extensions?.['code']) : `closed: ${String(err)}`),
        complete: () => resolve('completed'),
      });
    });
  } finally {
    await client.dispose();
  }
}

describe('the access walk: every root field, every role, against the access table [#14]', () => {
  it('should name every root field of the supergraph, and only capabilities of the table', () => {
    const fields = Object.values(OPERATIONS).flat().map((f) => f.name).sort();
    expect(Object.keys(ROOT_FIELDS).sort()).toEqual(fields);
    for (const access of Object.values(ROOT_FIELDS)) if (Array.isArray(access)) for (const c of access) expect(CAPABILITIES).toContain(c);
  });

  it('should use every capability of the table somewhere', () => {
    const used = new Set(Object.values(ROOT_FIELDS).flatMap((a) => (Array.isArray(a) ? a : [])));
    const checkedInsideFields = new Set<Capability>(['case:readOfficialResult', 'case:readCoreLabReads', 'person:readName', 'operator:readHistory', 'monitoring:readWarnings', 'matter:presideAsSteering', 'site:read']);
    expect(CAPABILITIES.filter((c) => !used.has(c) && !checkedInsideFields.has(c))).toEqual([]);
  });

  it('should allow and refuse every query, mutation and subscription as the table says, for every role', async () => {
    const mismatches: string[] = [];
    for (const [operation, fields] of Object.entries(OPERATIONS) as [keyof typeof OPERATIONS, GraphQLField<unknown, unknown>[]][]) {
      for (const field of fields) {
        const access = ROOT_FIELDS[field.name]!;
        const { query, variables } = probeOf(operation, field);
        for (const [who, viewer] of viewers) {
          let code: string | undefined;
          if (operation === 'subscription') code = await subscribe(field, viewer);
          else {
            const token = tokens.get(who);
            const res = await t.gql(query, { variables, ...(token ? { token } : {}) });
            code = res.errors?.[0] ? String(res.errors[0].extensions?.['code']) : undefined;
          }
          const expected = expectedOf(access, who);
          const got = outcomeOf(who, code);
          const agrees = access === 'CREDENTIALS' ? code !== 'FORBIDDEN' : expected === 'EITHER' ? !got.startsWith('REFUSED ') : got === expected;
          if (!agrees) mismatches.push(`${operation} ${field.name} as ${who}: expected ${expected}, got ${got}${code ? ` (${code})` : ''}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 900_000);
});
