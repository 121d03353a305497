import DataLoader from 'dataloader';
import type { CaseRecord, CaseRepository } from './cases/case-repository.ts';

/** Per-request loaders, named key → value; never shared between requests. */
export interface Loaders {
  caseByNumber: DataLoader<string, CaseRecord | undefined>;
}

export function createLoaders(repos: { cases: CaseRepository }): Loaders {
  return {
    caseByNumber: new DataLoader(async (numbers) => {
      const found = new Map((await repos.cases.byNumbers(numbers)).map((c) => [c.registrationNumber, c]));
      return numbers.map((n) => found.get(n));
    }),
  };
}
