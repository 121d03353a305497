import type { CasesUnit } from '../cases/case-ledger.ts';
import type { RosterOperator, RosterRepository } from './roster-repository.ts';

/** What RosterService works with, each named [#14.7]. */
export interface RosterServiceDeps {
  roster: RosterRepository;
}

/**
 * The operators subgraph's facilities and roster as this subgraph follows them, written
 * in the consumer's unit: what lets it refuse a site approval for an unknown facility
 * [R17] and a case for someone who is not an operator of the facility [R11][R18].
 * `seq` is the event's position, so a late, older event never overwrites a newer one.
 */
export class RosterService {
  constructor(private readonly deps: RosterServiceDeps) {}

  facilityRegistered({ tx }: CasesUnit, facilityId: string, seq: number): Promise<void> {
    return this.deps.roster.recordFacility(tx, facilityId, seq);
  }

  operatorChanged({ tx }: CasesUnit, operator: RosterOperator, seq: number): Promise<void> {
    return this.deps.roster.recordOperator(tx, operator, seq);
  }
}
