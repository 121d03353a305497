import type { Viewer } from '@registry/auth';
import { badUserInput } from '@registry/errors';
import { assertFacilityOrStaff } from '../cases/case-policy.ts';
import type { FollowUpRepository } from '../follow-up/follow-up-repository.ts';
import type { FormRepository } from '../form/form-repository.ts';
import { feeLines, totalOf, type ComputedFeeLine } from './fee-lines.ts';
import type { FeeStatementRepository } from './fee-statement-repository.ts';

export type FeeLine = ComputedFeeLine;

/** The fees as they stand now, not issued: what issuing (or correcting) would write [R20]. */
export interface FeeStatement {
  facilityId: string;
  year: number;
  lines: FeeLine[];
  total: number;
}

const validYear = (year: number, field: string[]) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('Not a report year', field);
};

/** What FeeService works with, each named [#14.7]. */
export interface FeeServiceDeps {
  viewer: Viewer;
  feeStatements: FeeStatementRepository;
  followUps: FollowUpRepository;
  forms: FormRepository;
}

/** [R20] fee statements per facility and annual report year, computed now. */
export class FeeService {
  constructor(private readonly deps: FeeServiceDeps) {}

  async statement(facilityId: string, year: number): Promise<FeeStatement> {
    assertFacilityOrStaff(this.deps.viewer, facilityId, 'fee:read');
    validYear(year, ['year']);
    const lines = await feeLines(await this.deps.feeStatements.adoptedCases(year, facilityId), this.deps);
    return { facilityId, year, lines, total: totalOf(lines) };
  }
}
