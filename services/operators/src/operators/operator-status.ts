/** The status machine's states (DOMAIN.md "Operators and certification"). */
export const OperatorStatus = {
  Applicant: 'APPLICANT',
  Associate: 'ASSOCIATE',
  Certified: 'CERTIFIED',
  Ob: 'OB',
  Revoked: 'REVOKED',
  Rejected: 'REJECTED',
  Ended: 'ENDED',
} as const;
export type OperatorStatus = (typeof OperatorStatus)[keyof typeof OperatorStatus];
