import type { Database } from '@registry/db';
import { AccountRepository } from './accounts/account-repository.ts';
import { CaseCountRepository } from './case-counts/case-count-repository.ts';
import { FacilityRepository } from './facilities/facility-repository.ts';
import { OperatorRepository } from './operators/operator-repository.ts';

export interface Repositories {
  accounts: AccountRepository;
  operators: OperatorRepository;
  facilities: FacilityRepository;
  caseCounts: CaseCountRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    accounts: new AccountRepository(db),
    operators: new OperatorRepository(db),
    facilities: new FacilityRepository(db),
    caseCounts: new CaseCountRepository(db),
  };
}
