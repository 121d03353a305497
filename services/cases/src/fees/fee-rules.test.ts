import { describe, expect, it } from 'vitest';
import { caseFee, type FeeFacts } from './fee-rules.ts';

const full: FeeFacts = { domestic: true, adoptedForAnnualReport: true, complete: true, acuteResultsEnteredByOperator: true, followUpYearsEnteredByOperator: 0 };

describe('registration fees [R20]', () => {
  it('should pay 4,000 yen for a complete domestic case adopted for the report', () => {
    expect(caseFee({ ...full, acuteResultsEnteredByOperator: false })).toEqual({ registrationFee: 4000, acuteResultFee: 0, followUpFee: 0, total: 4000 });
  });

  it('should add 1,000 yen when the operator entered the acute results', () => {
    expect(caseFee(full).total).toBe(5000);
  });

  it('should add 1,000 yen per follow-up year entered by the operator, at most 5,000', () => {
    expect(caseFee({ ...full, followUpYearsEnteredByOperator: 3 }).followUpFee).toBe(3000);
    expect(caseFee({ ...full, followUpYearsEnteredByOperator: 7 }).followUpFee).toBe(5000);
    expect(caseFee({ ...full, followUpYearsEnteredByOperator: 5 }).total).toBe(10000);
  });

  it('should pay nothing for an overseas case or one not adopted for the report', () => {
    expect(caseFee({ ...full, domestic: false }).total).toBe(0);
    expect(caseFee({ ...full, adoptedForAnnualReport: false }).total).toBe(0);
  });

  it('should withhold the 4,000 yen until the registration is complete', () => {
    expect(caseFee({ ...full, complete: false }).registrationFee).toBe(0);
  });
});
