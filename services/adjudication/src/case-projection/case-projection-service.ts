import type { OfficialResult } from '@registry/contracts';
import type { Unit } from '@registry/unit-of-work';
import type { ThreadRepository } from '../discussion/thread-repository.ts';
import type { CaseRefRepository } from './case-ref-repository.ts';

/** What CaseProjectionService works with, each named [#14.7]. */
export interface CaseProjectionServiceDeps {
  caseRefs: CaseRefRepository;
  threads: ThreadRepository;
}

/** A registration as the cases subgraph announces it. */
export interface RegisteredCase {
  registrationNumber: string;
  operatorId: string;
  registeredOn: string;
}

/**
 * The cases subgraph's cases as adjudication follows them, each inside the consumer's unit
 * of work: the case's operator (for recusal [R49]) and its official result (what an
 * operator may object to [R26][R27][R28a]).
 */
export class CaseProjectionService {
  constructor(private readonly deps: CaseProjectionServiceDeps) {}

  /** [R6] Every case in the library has a discussion thread: its registration opens one. [R49] Its operator is kept for recusal. */
  async registered({ tx }: Unit, c: RegisteredCase): Promise<void> {
    await this.deps.caseRefs.record(tx, c);
    await this.deps.threads.openForCase(tx, c.registrationNumber);
  }

  /** The latest official result of a case replaces the earlier one (after a ruling [R28b]), recorded at its announcement. */
  officialResultRecorded({ tx }: Unit, registrationNumber: string, year: number, result: OfficialResult, announcedAt: Date): Promise<void> {
    return this.deps.caseRefs.recordOfficialResult(tx, registrationNumber, year, result, announcedAt);
  }
}
