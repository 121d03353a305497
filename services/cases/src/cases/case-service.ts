import type { Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import type { Database } from '@registry/db';
import { badUserInput, notFound, ruleViolation } from '@registry/errors';
import type { Loaders } from '../loaders.ts';
import { assertCanBrowseLibrary, assertCanRegister } from './case-policy.ts';
import { CASES_TOPIC, type CaseRegistered, type RegistrationCompleted } from './case-events.ts';
import type { CaseRecord, CaseRepository, Vessel } from './case-repository.ts';
import { formatRegistrationNumber, REGISTRATION_NUMBER_PATTERN } from './registration-number.ts';

export const MAX_PAGE = 100;

export interface LibraryPage {
  nodes: CaseRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: () => Promise<number>;
}

export interface RegistrationInput {
  facilityId: string;
  operatorId: string;
  patientCode: string;
  patientInitials: string;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
}

const encodeCursor = (registrationNumber: string) => Buffer.from(registrationNumber).toString('base64url');

function decodeCursor(cursor: string): string {
  const value = Buffer.from(cursor, 'base64url').toString();
  if (!REGISTRATION_NUMBER_PATTERN.test(value)) throw badUserInput('Not a cursor of this list', ['after']);
  return value;
}

export class CaseService {
  constructor(
    private readonly viewer: Viewer,
    private readonly db: Database,
    private readonly cases: CaseRepository,
    private readonly loaders: Loaders,
  ) {}

  async library(first: number, after: string | undefined): Promise<LibraryPage> {
    assertCanBrowseLibrary(this.viewer);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_PAGE}`, ['first']);
    }
    const rows = await this.cases.page(first + 1, after ? decodeCursor(after) : undefined);
    const nodes = rows.slice(0, first);
    for (const node of nodes) this.loaders.caseByNumber.prime(node.registrationNumber, node);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last.registrationNumber) : null,
      totalCount: () => this.cases.total(),
    };
  }

  async byNumber(registrationNumber: string): Promise<CaseRecord | null> {
    assertCanBrowseLibrary(this.viewer);
    return (await this.loaders.caseByNumber.load(registrationNumber)) ?? null;
  }

  /** For entity references: a case named by another subgraph must exist. */
  async reference(registrationNumber: string): Promise<CaseRecord> {
    const found = await this.byNumber(registrationNumber);
    if (!found) throw notFound('Case');
    return found;
  }

  /**
   * Issues a registration number [R31][T5.3] and announces the case. The full EDC
   * (consent, eligibility, the form) builds on this.
   */
  async register(input: RegistrationInput): Promise<CaseRecord> {
    assertCanRegister(this.viewer, input.facilityId, input.operatorId);
    return this.db.transaction(async (tx) => {
      if (await this.cases.existsForPatient(tx, input.facilityId, input.patientCode)) {
        throw ruleViolation('T5.3', 'This patient is already registered at this facility');
      }
      const year = Number(input.procedureDate.slice(0, 4));
      const registrationNumber = formatRegistrationNumber(year, await this.cases.nextSequence(tx, year));
      const record = await this.cases.insert(tx, { ...input, registrationNumber });
      const event: CaseRegistered = {
        registrationNumber,
        operatorId: record.operatorId,
        facilityId: record.facilityId,
        domestic: record.domestic,
        registeredOn: record.registeredAt.toISOString().slice(0, 10),
      };
      await publish(tx, CASES_TOPIC, 'CaseRegistered', event);
      return record;
    });
  }

  /** Marks a registration complete [R18] and emits the event the operators subgraph counts [R14]. */
  async complete(registrationNumber: string, at = new Date()): Promise<CaseRecord> {
    const current = await this.loaders.caseByNumber.load(registrationNumber);
    if (!current) throw notFound('Case');
    assertCanRegister(this.viewer, current.facilityId, current.operatorId);
    return this.db.transaction(async (tx) => {
      const record = await this.cases.markComplete(tx, registrationNumber, at);
      if (!record) throw ruleViolation('R18', 'This registration is already complete');
      const event: RegistrationCompleted = {
        registrationNumber,
        operatorId: record.operatorId,
        completedOn: at.toISOString().slice(0, 10),
        domestic: record.domestic,
      };
      await publish(tx, CASES_TOPIC, 'RegistrationCompleted', event);
      return record;
    });
  }
}
