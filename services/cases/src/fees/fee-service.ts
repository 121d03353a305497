import type { Viewer } from '@registry/auth';
import { badUserInput } from '@registry/errors';
import { assertFacilityOrStaff } from '../cases/case-policy.ts';
import type { CaseRecord, CaseRepository } from '../cases/case-repository.ts';
import { CrfSection } from '../form/crf-sections.ts';
import { caseFee, type CaseFee } from './fee-rules.ts';
import type { FollowUpRepository } from '../follow-up/follow-up-repository.ts';
import type { FormRepository } from '../form/form-repository.ts';

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

/** What FeeService works with, each named [#14.7]. */
export interface FeeServiceDeps {
  viewer: Viewer;
  cases: CaseRepository;
  followUps: FollowUpRepository;
  forms: FormRepository;
}

/** [R20] fee statements per facility and annual report year. */
export class FeeService {
  constructor(private readonly deps: FeeServiceDeps) {}

  async statement(facilityId: string, year: number): Promise<FeeStatement> {
    assertFacilityOrStaff(this.deps.viewer, facilityId, 'fee:read');
    validYear(year, ['year']);
    const adopted = await this.deps.cases.list({ facilityId, reportYear: year, domestic: true });
    const numbers = adopted.map((c) => c.registrationNumber);
    const [sections, followUps] = await Promise.all([this.deps.forms.sectionsOf(numbers), this.deps.followUps.ofCases(numbers)]);
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
