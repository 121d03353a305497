import { Role, ROLES, CORE_LAB_ROLES, type Viewer } from './viewer.ts';

/**
 * How a grant is tied to the thing asked about, beyond the role: the viewer's facility is
 * the case's [R18][R30], the viewer is the case's (or record's) operator, both (a case is
 * registered by its operator at their facility [R16]), or the viewer holds a seat on the
 * adjudication committee with the case's matter before it [R28a][R45] (the seat is the
 * adjudication subgraph's, followed by the others as an event projection), or the viewer's
 * steering term covers today [R36] (the token's role alone decides nothing).
 */
export type Relation = 'FACILITY' | 'OPERATOR' | 'OPERATOR_AT_FACILITY' | 'SEAT' | 'TERM';

export interface Grant {
  readonly roles: readonly Role[];
  readonly relation?: Relation;
}

const OPERATORS: readonly Role[] = [Role.Operator, Role.Associate, Role.Ob];
/** Every signed-in role but the core lab's, which reads blind [R25][R33]. */
const SIGHTED: readonly Role[] = ROLES.filter((r) => !CORE_LAB_ROLES.includes(r));

/**
 * The registry's one table from role (and relation) to capability, derived from DOMAIN.md
 * "Who uses it" and the rules each line cites. Every authorization check of the three
 * subgraphs goes through `can` / `assertCan` with one of these names; the access walk
 * (test/journey/access-walk.test.ts) calls every root field of the supergraph with every
 * role and compares the answer with this table.
 */
export const ACCESS = {
  // ── cases ─────────────────────────────────────────────────────────────────────────
  /** The anonymized library: certified operators [R5][R21a] and the staff who run the registry. */
  'case:browseLibrary': { roles: [Role.Operator, Role.Steering, Role.Secretariat, Role.DataCenter] },
  /** Users of the case's facility: its operators of every status that registers, its site contact [R18][R30]. */
  'case:readAsFacility': { roles: [...OPERATORS, Role.SiteContact], relation: 'FACILITY' },
  /** The case's own operator: "own cases in full". */
  'case:readOwn': { roles: OPERATORS, relation: 'OPERATOR' },
  /** The data center: every case, the only holder of follow-up patients' identification [R32]. */
  'case:readAsDataCenter': { roles: [Role.DataCenter] },
  /** A sitting committee member reads the case of each matter before the committee [R28a][R45], external experts included. */
  'case:readAsCommittee': { roles: SIGHTED, relation: 'SEAT' },
  /** Any operator's yearly registrations: the data center and the secretariat [R14][R41]; an operator's own by `case:readOwn`. */
  'case:readRegistrationYears': { roles: [Role.DataCenter, Role.Secretariat] },
  /** The official result beside the operator: the staff who run the registry [R27][R28a]; the case's own people by `case:readAsFacility`/`case:readOwn`. */
  'case:readOfficialResult': { roles: [Role.Steering, Role.Secretariat, Role.DataCenter] },
  /** The two core-lab reads behind an official result: the steering committee that screens an objection [R45] (and the committee by its seat). */
  'case:readCoreLabReads': { roles: [Role.Steering] },
  /** An operator registers own cases at own facility [R16]. */
  'case:registerOwn': { roles: OPERATORS, relation: 'OPERATOR_AT_FACILITY' },
  /** The site contact registers for the facility [R18]. */
  'case:registerForFacility': { roles: [Role.SiteContact], relation: 'FACILITY' },
  /** Writes of the case's own operator (docs/architecture.md "Who writes a case"). */
  'case:writeOwn': { roles: OPERATORS, relation: 'OPERATOR' },
  /** Writes of the facility contact, for every case of the facility [R18][R30]. */
  'case:writeForFacility': { roles: [Role.SiteContact], relation: 'FACILITY' },
  /** The data center's own writes: queries, media, locking [R18][R32]. */
  'case:writeAsDataCenter': { roles: [Role.DataCenter] },
  /** A facility's fee statement: the facility, the data center and the secretariat that pays [R41]. */
  'fee:read': { roles: [Role.DataCenter, Role.Secretariat] },
  /** The secretariat that pays issues a year's statements and their corrections [R20][R41]. */
  'fee:issue': { roles: [Role.Secretariat] },
  /** The annual report, drafts and presented years: the secretariat that presents it, the data center that computes it, the steering committee it is agreed with [R41]. */
  'report:read': { roles: [Role.Secretariat, Role.DataCenter, Role.Steering] },
  /** The secretariat presents a year's report, which freezes it [R27][R41]. */
  'report:present': { roles: [Role.Secretariat] },
  /** The data center, which computes every operator's figures, fits the risk model (cases subgraph) of the risk-adjusted monitoring on frozen years [R15][R27]. */
  'monitoring:fitRiskModel': { roles: [Role.DataCenter] },
  /** A facility's open data queries: the facility and the data center that raised them [R18]. */
  'dataQuery:read': { roles: [Role.DataCenter] },
  /** Site approvals: the secretariat, the data center and the steering committee read them [R17]. */
  'site:read': { roles: [Role.Secretariat, Role.DataCenter, Role.Steering] },
  /** The secretariat records a site's approval [R17]. */
  'site:approve': { roles: [Role.Secretariat] },
  /** Serious adverse events go to the data center and the secretariat at once [T9.6]. */
  'safety:readAlerts': { roles: [Role.DataCenter, Role.Secretariat] },
  /** The published data dictionary: whoever may ask for data, and the staff who review and release [R21a]. */
  'release:readDictionary': { roles: [Role.Operator, Role.Researcher, Role.Sponsor, Role.Steering, Role.Secretariat, Role.DataCenter] },
  /** A data request: a certified operator or a researcher (research only), a sponsor (research or other purpose) [R21a][R21b][R21c]. */
  'release:request': { roles: [Role.Operator, Role.Researcher, Role.Sponsor] },
  /** Every request and its history: the steering committee that reviews, the secretariat and the data center [R39]. */
  'release:readAll': { roles: [Role.Steering, Role.Secretariat, Role.DataCenter] },
  /** The steering committee reviews purpose and data keeping [R39]. */
  'release:review': { roles: [Role.Steering] },
  /** The data center makes the package and keeps the key table [R32][T7.2]. */
  'release:produce': { roles: [Role.DataCenter] },
  /** The core lab's own pages: readers and the supervisor [R25][R26]. */
  'corelab:read': { roles: CORE_LAB_ROLES },
  /** A reader records a read [R26]. */
  'corelab:submitRead': { roles: [Role.CoreLabReader] },
  /** The supervisor assigns readers and decides disagreements [R26]. */
  'corelab:supervise': { roles: [Role.CoreLabSupervisor] },
  /** Overdue reads concern the supervisor and the secretariat [R29]. */
  'corelab:readOverdue': { roles: [Role.CoreLabSupervisor, Role.Secretariat] },

  // ── operators ─────────────────────────────────────────────────────────────────────
  /** People named to the registry's own signed-in people, never the core lab [R6][R12][R25]. */
  'person:readName': { roles: [...OPERATORS, Role.SiteContact, Role.DataCenter, Role.Secretariat, Role.Steering, Role.CommitteeMember, Role.CommitteeChair] },
  /** An operator's status history: the staff who decide and keep the records [R34][R37]; the operator by `operator:readOwn`. */
  'operator:readHistory': { roles: [Role.Steering, Role.Secretariat] },
  /** An operator's own records: history, warnings, renewal questions. */
  'operator:readOwn': { roles: OPERATORS, relation: 'OPERATOR' },
  /** The secretariat opens and manages accounts [R34]. */
  'account:manage': { roles: [Role.Secretariat] },
  /** Applications: handled by the steering committee and the secretariat [R11][R37]. */
  'application:read': { roles: [Role.Steering, Role.Secretariat] },
  /** A certified operator recommends an applicant, and reads the applications asking them [R11]. */
  'application:recommend': { roles: [Role.Operator] },
  /** An associate requests certification review [R11]. */
  'certification:requestReview': { roles: [Role.Associate] },
  /** Review requests: the steering committee and the secretariat [R11][R37]. */
  'certification:readReviews': { roles: [Role.Steering, Role.Secretariat] },
  /** Steering decisions: certification, thresholds, warnings, revocation [R37][R38] (the term is checked too [R36]). */
  'steering:decide': { roles: [Role.Steering], relation: 'TERM' },
  /** The secretariat records the general meeting's appointments [R36]. */
  'steering:recordTerm': { roles: [Role.Secretariat] },
  /** Facilities are registered by the secretariat or the steering committee [R17]. */
  'facility:register': { roles: [Role.Secretariat, Role.Steering] },
  /** Monitoring is reviewed by the steering committee, with the data center that runs it [R15][R38]. */
  'monitoring:review': { roles: [Role.Steering, Role.DataCenter] },
  /** An operator's warnings: the reviewers and the secretariat; the operator by `operator:readOwn` [R38]. */
  'monitoring:readWarnings': { roles: [Role.Steering, Role.DataCenter, Role.Secretariat] },
  /** The research secretariat runs the annual renewal [R10][R14]. */
  'renewal:run': { roles: [Role.Secretariat] },
  /** Renewal results and questions: the steering committee, the secretariat and the data center [R10]. */
  'renewal:read': { roles: [Role.Steering, Role.Secretariat, Role.DataCenter] },
  /** A certified operator answers whether to continue [R10]. */
  'renewal:answer': { roles: [Role.Operator] },

  // ── adjudication ──────────────────────────────────────────────────────────────────
  /** Discussions: certified operators [R5][R6], the staff, and the committee, external experts included [R44]. */
  'discussion:read': { roles: [Role.Operator, Role.Steering, Role.Secretariat, Role.DataCenter, Role.CommitteeMember, Role.CommitteeChair] },
  /** Certified operators post [R6]. */
  'discussion:post': { roles: [Role.Operator] },
  /** The case's own operator, whatever their status, reads and answers in that case's thread [R6]. */
  'discussion:answerOwnCase': { roles: OPERATORS, relation: 'OPERATOR' },
  /** Notifications are for operators [R6]. */
  'notification:read': { roles: OPERATORS },
  /** Certified operators object to core-lab results [R28a]. */
  'matter:object': { roles: [Role.Operator] },
  /** The data center asks the committee as the data center [R45]. */
  'matter:askAsDataCenter': { roles: [Role.DataCenter] },
  /** The steering committee screens matters, publishes criteria and appoints the committee [R43][R45]. */
  'matter:screen': { roles: [Role.Steering] },
  /** A steering member on the committee presides when the chair is recused [R43][R49]. */
  'matter:presideAsSteering': { roles: [Role.Steering] },
  /** A recused operator's opinion reaches the committee through the steering committee or the secretariat [R49]. */
  'matter:relayOpinion': { roles: [Role.Steering, Role.Secretariat] },
  /** A member of the adjudication committee discusses and votes on its matters [R44][R47] (the seat, not a token role). */
  'committee:sit': { roles: SIGHTED, relation: 'SEAT' },
  /** The chair declares sessions, posts the points, records the ruling and publishes criteria [R43][R46]. */
  'committee:chair': { roles: SIGHTED, relation: 'SEAT' },
  /** The steering committee appoints and removes committee members [R43]. */
  'committee:appoint': { roles: [Role.Steering] },
  /** The secretariat asks the members again [R48]. */
  'voting:callSecondRound': { roles: [Role.Secretariat] },
} as const satisfies Record<string, Grant>;

export type Capability = keyof typeof ACCESS;
export const CAPABILITIES = Object.keys(ACCESS) as Capability[];

/** What the relation of a grant is checked against: the case's (or record's) facility, operator, and whether the viewer sits on its matter. */
export interface AccessScope {
  readonly facilityId?: string | null | undefined;
  readonly operatorId?: string | null | undefined;
  readonly seated?: boolean | undefined;
  readonly sitting?: boolean | undefined;
}

function relationHolds(viewer: Viewer, relation: Relation, on: AccessScope | undefined): boolean {
  if (!on) return false;
  const facility = viewer.facilityId !== undefined && viewer.facilityId === on.facilityId;
  const operator = viewer.operatorId !== undefined && viewer.operatorId === on.operatorId;
  switch (relation) {
    case 'FACILITY': return facility;
    case 'OPERATOR': return operator;
    case 'OPERATOR_AT_FACILITY': return facility && operator;
    case 'SEAT': return on.seated === true;
    case 'TERM': return on.sitting === true;
  }
}

/** Whether a role of `viewer` grants `capability`, ignoring any relation (to refuse before anything is looked up). */
export function mayHold(viewer: Viewer, capability: Capability): boolean {
  const grant: Grant = ACCESS[capability];
  return viewer.roles.some((r) => grant.roles.includes(r));
}

/** Whether `viewer` holds `capability`; a relational grant also needs `on` to bear it out. */
export function can(viewer: Viewer, capability: Capability, on?: AccessScope): boolean {
  const grant: Grant = ACCESS[capability];
  if (!mayHold(viewer, capability)) return false;
  return grant.relation === undefined || relationHolds(viewer, grant.relation, on);
}

/** The roles that may hold `capability` (for messages and the access walk). */
export function rolesWith(capability: Capability): readonly Role[] {
  return ACCESS[capability].roles;
}
