/**
 * Who has notifications: the operators of cases, of any status (OPERATOR, ASSOCIATE, OB),
 * never a core-lab reader or supervisor — as the API decides (`notification:read` in
 * packages/auth/src/access.ts, NotificationService) [R6][R10][R11]. This only chooses whom
 * the header offers the bell to.
 */
export function receivesNotifications(roles: readonly string[]): boolean {
  const operator = roles.some((r) => r === 'OPERATOR' || r === 'ASSOCIATE' || r === 'OB');
  return operator && !roles.some((r) => r === 'CORE_LAB_READER' || r === 'CORE_LAB_SUPERVISOR');
}
