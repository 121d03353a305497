import { can, mayHold, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { casesTopic, formatRegistrationNumber, isRegistrationNumber } from '@registry/contracts';
import { localYearBounds } from '@registry/calendar';
import { badUserInput, forbidden, notFound, ruleViolation, ruleViolations, unauthenticated } from '@registry/errors';
import type { CasesUnitOfWork } from './case-ledger.ts';
import type { LoadersNamed } from '../loaders.ts';
import { isoDay } from '../shared/dates.ts';
import { isUniqueViolation } from '../shared/constraints.ts';
import { parseInput } from '../shared/refusals.ts';
import { isReadyToRegister } from '../sites/site-readiness.ts';
import { assertCanReadCaseOrAsCommittee, canReadAsCommittee, committeeLoaders } from '../committee/committee-policy.ts';
import { actorOf, assertCanBrowseLibrary, assertNotCoreLab, assertCanRegister, canSeeCaseRecords, canSeeIdentification } from './case-policy.ts';
import type { CaseRecord, LibraryScope, PatientIdentificationRecord, CaseRepository } from './case-repository.ts';
import { isWithdrawn, keepsOutOfLibrary } from './library-visibility.ts';
import { parseLibraryFilter, type CaseLibraryFilterInput } from './library-filter.ts';
import { officialResultScope } from '../core-lab/core-lab-policy.ts';
import { registrationYear, type RegistrationYear } from './registration-year.ts';
import { judgeEligibility } from './eligibility.ts';
import { registrationSchema, type RegisterCaseInput } from './registration-input.ts';
import { assertOperatorOfFacility } from '../roster/roster-checks.ts';
import type { AuditRepository } from '../audit/audit-repository.ts';
import type { RosterRepository } from '../roster/roster-repository.ts';
import type { SiteRepository } from '../sites/site-repository.ts';

export const MAX_PAGE = 100;
/** The unique key of one registration per procedure (db/schema.ts). */
const SAME_PROCEDURE_KEY = 'cases_same_procedure_key';

export interface LibraryPage {
  nodes: CaseRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: () => Promise<number>;
}

/** The registration confirmation (症例登録確認書) [T5.3]. */
export interface RegistrationConfirmation {
  verdict: 'ELIGIBLE';
  registrationNumber: string;
  registeredOn: string;
  case: CaseRecord;
}

/** [T7.3] which withdrawn cases the viewer's library pages still list: see canSeeCaseRecords. */
function libraryScope(viewer: Viewer): LibraryScope {
  if (can(viewer, 'case:readAsDataCenter')) return 'ALL';
  return {
    facilityId: mayHold(viewer, 'case:readAsFacility') ? viewer.facilityId : undefined,
    operatorId: mayHold(viewer, 'case:readOwn') ? viewer.operatorId : undefined,
  };
}

const encodeCursor = (registrationNumber: string) => Buffer.from(registrationNumber).toString('base64url');

function decodeCursor(cursor: string): string {
  const value = Buffer.from(cursor, 'base64url').toString();
  if (!isRegistrationNumber(value)) throw badUserInput('Not a cursor of this list', ['after']);
  return value;
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const caseServiceLoaders = ['caseByNumber', ...committeeLoaders] as const;

/** What CaseService works with, each named [#14.7]. */
export interface CaseServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  loaders: LoadersNamed<typeof caseServiceLoaders>;
  audit: AuditRepository;
  cases: CaseRepository;
  roster: RosterRepository;
  sites: SiteRepository;
}

export class CaseService {
  constructor(private readonly deps: CaseServiceDeps) {}

  async library(first: number, after: string | undefined, filterInput?: CaseLibraryFilterInput | null): Promise<LibraryPage> {
    assertCanBrowseLibrary(this.deps.viewer);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_PAGE}`, ['first']);
    }
    const query = { scope: libraryScope(this.deps.viewer), filter: parseLibraryFilter(filterInput), results: officialResultScope(this.deps.viewer) };
    const rows = await this.deps.cases.page(first + 1, after ? decodeCursor(after) : undefined, query);
    const nodes = rows.slice(0, first);
    for (const node of nodes) this.deps.loaders.caseByNumber.prime(node.registrationNumber, node);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last.registrationNumber) : null,
      totalCount: () => this.deps.cases.total(query),
    };
  }

  /** One case: library readers, its facility, its operator, the committee ruling on it [R28a]; never the core lab [R25][R33]. */
  async byNumber(registrationNumber: string): Promise<CaseRecord | null> {
    const found = await this.deps.loaders.caseByNumber.load(registrationNumber);
    if (!found) {
      assertNotCoreLab(this.deps.viewer);
      return null;
    }
    await assertCanReadCaseOrAsCommittee(this.deps.viewer, found, this.deps.loaders);
    // [T7.3] a withdrawn case is out of the library; the committee keeps the case of its matters (by its seat).
    if (isWithdrawn(found) && !keepsOutOfLibrary(this.deps.viewer, found) && !(await canReadAsCommittee(this.deps.viewer, found.registrationNumber, this.deps.loaders))) return null;
    return found;
  }

  /** For entity references: a case named by another subgraph must exist. */
  async reference(registrationNumber: string): Promise<CaseRecord> {
    const found = await this.byNumber(registrationNumber);
    if (!found) throw notFound('Case');
    return found;
  }

  /**
   * [R31] A case's dates as the viewer may see them: the day for those who see its records
   * (its facility, its operator, the data center), the month for every other reader. The
   * images' dates are shifted per case; an exact procedure date beside them would undo
   * the shift, and the month is what the library's readers compare by (docs/decisions.md).
   */
  dateShown(c: CaseRecord, date: string): string {
    return canSeeCaseRecords(this.deps.viewer, c) ? date : date.slice(0, 7);
  }

  /**
   * [R13] An operator's registrations of a year, with whether overseas cases are required:
   * for the operator (own), and the data center and secretariat (any operator).
   */
  async registrationYear(year: number, operatorId: string | undefined): Promise<RegistrationYear> {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    const staff = can(this.deps.viewer, 'case:readRegistrationYears');
    const own = mayHold(this.deps.viewer, 'case:readOwn') ? this.deps.viewer.operatorId : undefined;
    if (!staff && !own) throw forbidden('Yearly registrations are for the operator, the data center and the secretariat');
    const subject = operatorId ?? own;
    if (!subject) throw badUserInput('Name the operator', ['operatorId']);
    if (!staff && subject !== own) throw forbidden('Only your own registrations');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('Not a calendar year', ['year']);
    const { start, end } = localYearBounds(year);
    return registrationYear(subject, year, await this.deps.cases.completedCounts(subject, start, end));
  }

  /** [R30] null for everyone but the facility's users and the data center. */
  async identification(c: CaseRecord): Promise<PatientIdentificationRecord | null> {
    if (!canSeeIdentification(this.deps.viewer, c)) return null;
    return (await this.deps.cases.identificationOf(c.registrationNumber)) ?? null;
  }

  /** The consent on record [R16][T8], for the case's facility, operator and the data center. */
  consent(c: CaseRecord) {
    if (!canSeeCaseRecords(this.deps.viewer, c)) return null;
    return {
      obtainedOn: c.consentObtainedOn,
      followUpConsented: c.followUpConsented,
      imagePublicationConsented: c.imagePublicationConsented,
      withdrawnOn: c.consentWithdrawnOn,
      withdrawalReason: c.consentWithdrawalReason,
    };
  }

  /**
   * Registers a case [T5.3]: written consent [R16], a ready site [R17], eligibility,
   * then a registration number of the registry's own [R31] and the `CaseRegistered`
   * event, in one unit of work. A refusal rolls everything back, so nothing is written.
   */
  async register(input: RegisterCaseInput): Promise<RegistrationConfirmation> {
    assertCanRegister(this.deps.viewer, input.facilityId, input.operatorId);
    const actor = actorOf(this.deps.viewer);
    // [R14] One instant for all of it, the consent and procedure dates' "not in the future" included: the unit's.
    return this.deps.uow.run(async ({ tx, now, today }) => {
      const valid = parseInput(registrationSchema(today), input, ['input']);
      const consent = valid.consent;
      if (!consent) throw ruleViolation('R16', 'Written consent is required before registration', ['input', 'consent']);
      if (!valid.domestic && consent.followUpConsented) {
        throw ruleViolation('R19', 'Overseas cases have no long-term follow-up', ['input', 'consent', 'followUpConsented']);
      }
      const verdict = judgeEligibility(valid.eligibility, { birthDate: valid.patient.birthDate, procedureDate: valid.procedureDate });
      if (!verdict.eligible) {
        throw ruleViolations(
          verdict.failed.length === 1 ? verdict.failed[0]!.message : `${verdict.failed.length} eligibility criteria are not met`,
          verdict.failed.map((f) => ({ rule: 'T5.3', message: f.message, field: ['input', 'eligibility', ...f.field] })),
        );
      }
      const [site] = await this.deps.sites.byFacilityIds([valid.facilityId], tx);
      if (!site) throw badUserInput('Unknown facility: no site approval is on record', ['input', 'facilityId']);
      if (!isReadyToRegister(site)) throw ruleViolation('R17', 'The facility\'s contract is not signed yet', ['input', 'facilityId']);
      await assertOperatorOfFacility(tx, this.deps.roster, valid.facilityId, valid.operatorId, ['input']);
      const year = Number(valid.procedureDate.slice(0, 4));
      const registrationNumber = formatRegistrationNumber(year, await this.deps.cases.nextSequence(tx, year));
      const record = await this.deps.cases.insert(
        tx,
        {
          registrationNumber,
          facilityId: valid.facilityId,
          operatorId: valid.operatorId,
          patientCode: valid.patient.code,
          patientInitials: valid.patient.initials,
          birthDate: valid.patient.birthDate,
          domestic: valid.domestic,
          procedureDate: valid.procedureDate,
          vessel: valid.vessel,
          consentObtainedOn: consent.obtainedOn,
          followUpConsented: consent.followUpConsented,
          imagePublicationConsented: consent.imagePublicationConsented,
          eligibility: valid.eligibility,
        },
        now,
      );
      // The trail starts with the registration; identifying values never enter it [R30].
      const registered = { domestic: valid.domestic, procedureDate: valid.procedureDate, vessel: valid.vessel, consent, eligibility: 'ELIGIBLE' };
      await this.deps.audit.append(tx, registrationNumber, [{ action: 'REGISTER', newValue: JSON.stringify(registered) }], { actorAccountId: actor, at: now, reason: null });
      // Registry identifiers only, never a patient code or initials [R30].
      await publish(tx, casesTopic, 'CaseRegistered.v1', {
        registrationNumber,
        operatorId: record.operatorId,
        facilityId: record.facilityId,
        domestic: record.domestic,
        registeredOn: isoDay(now),
      });
      return { verdict: 'ELIGIBLE' as const, registrationNumber, registeredOn: isoDay(now), case: record };
    }).catch((error: unknown) => {
      // [T5.3] decided by the unique key inside the insert, so two registrations of one
      // procedure racing each other cannot both pass a check made before it.
      if (isUniqueViolation(error, SAME_PROCEDURE_KEY)) {
        throw ruleViolation('T5.3', 'This procedure (patient, procedure date and vessel) is already registered at this facility', ['input', 'patient', 'code']);
      }
      throw error;
    });
  }
}

