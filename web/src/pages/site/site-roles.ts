/**
 * Who uses the site's screens, by the roles of the signed token: an operator registers and
 * enters own cases at own facility [R16], a facility contact every case of the facility
 * [R18]. The API decides each case; this only chooses whom the menu offers them to.
 */
export function isSiteRole(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'OPERATOR' || r === 'ASSOCIATE' || r === 'SITE_CONTACT');
}
