import { describe, expect, it } from 'vitest';
import { registrationYear } from './registration-year.ts';

describe('registration year [R13]', () => {
  it('should require overseas cases while the domestic count of the year is under 50 [R13]', () => {
    expect(registrationYear('OP0001', 2026, { domestic: 49, overseas: 3 }).overseasRequired).toBe(true);
    expect(registrationYear('OP0001', 2026, { domestic: 50, overseas: 0 }).overseasRequired).toBe(false);
  });
});
