import { describe, expect, it } from 'vitest';
import { canMove, isClosed, statusAfterScreening } from './matter-status.ts';

describe('a matter’s life', () => {
  it('should go to session only after the steering committee accepted it [R45][R46]', () => {
    expect(canMove('SUBMITTED', 'IN_SESSION')).toBe(false);
    expect(canMove('SUBMITTED', 'ACCEPTED')).toBe(true);
    expect(canMove('ACCEPTED', 'IN_SESSION')).toBe(true);
  });

  it('should let the steering committee answer or decline instead, which closes the matter [R45]', () => {
    expect(statusAfterScreening('ANSWER')).toBe('ANSWERED');
    expect(statusAfterScreening('DECLINE')).toBe('DECLINED');
    expect(isClosed('DECLINED')).toBe(true);
    expect(canMove('DECLINED', 'ACCEPTED')).toBe(false);
  });

  it('should be decided only from a session [R48]', () => {
    expect(canMove('ACCEPTED', 'DECIDED')).toBe(false);
    expect(canMove('IN_SESSION', 'DECIDED')).toBe(true);
    expect(isClosed('DECIDED')).toBe(true);
  });
});
