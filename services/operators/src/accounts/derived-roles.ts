import { Role } from '@registry/auth';

/**
 * Roles never stored on an account: OPERATOR, ASSOCIATE and OB follow from the operator's
 * status [R10][R11], STEERING from a term covering today [R36]. They are computed at login.
 */
export const DERIVED_ROLES: readonly Role[] = [Role.Operator, Role.Associate, Role.Ob, Role.Steering];
