import type { Viewer } from '@registry/auth';
import { badUserInput } from '@registry/errors';
import { assertFacilityOrStaff } from '../cases/case-policy.ts';
import type { CaseRecord } from '../cases/case-repository.ts';
import { CrfSection } from '../form/crf-sections.ts';
import type { Repositories } from '../repositories.ts';
import { caseFee, type CaseFee } from './fee-rules.ts';

export interface FeeLine extends CaseFee {
  case: CaseRecord;
}

export interface FeeStatement {
  facilityId: string;
  year: number;
  lines: FeeLine[];
  total: number;
}

const validYear = (year: number, field: string[]) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('Not a report year', field);
};

/** [R20] fee statements per facility and annual report year. */
export class FeeService {
  constructor(
    private readonly viewer: Viewer,
    private readonly repos: Repositories,
  ) {}

  async statement(facilityId: string, year: number): Promise<FeeStatement> {
    assertFacilityOrStaff(this.viewer, facilityId, 'fee:read');
    validYear(year, ['year']);
    const adopted = await this.repos.cases.list({ facilityId, reportYear: year, domestic: true });
    const numbers = adopted.map((c) => c.registrationNumber);
    const [sections, followUps] = await Promise.all([this.repos.forms.sectionsOf(numbers), this.repos.followUps.ofCases(numbers)]);
    const lines = adopted.map((c) => {
      const outcome = sections.find((s) => s.registrationNumber === c.registrationNumber && s.section === CrfSection.Outcome);
      const fee = caseFee({
        domestic: c.domestic,
        adoptedForAnnualReport: c.reportYear !== null,
        complete: c.status === 'COMPLETE',
        acuteResultsEnteredByOperator: outcome?.firstEnteredByOperatorId === c.operatorId,
        followUpYearsEnteredByOperator: followUps.filter((f) => f.registrationNumber === c.registrationNumber && f.enteredByOperatorId === c.operatorId).length,
      });
      return { case: c, ...fee };
    });
    return { facilityId, year, lines, total: lines.reduce((sum, l) => sum + l.total, 0) };
  }
}
