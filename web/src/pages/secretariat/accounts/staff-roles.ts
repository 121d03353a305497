import type { Role } from '../../../gql/graphql';

/**
 * The roles the secretariat grants [R34]: every role of the registry but those that follow
 * from an operator's status (OPERATOR, ASSOCIATE, OB) or a steering term (STEERING), which
 * the API refuses to grant (`DERIVED_ROLES`).
 */
export const STAFF_ROLES: readonly Role[] = ['SITE_CONTACT', 'DATA_CENTER', 'SECRETARIAT', 'CORE_LAB_READER', 'CORE_LAB_SUPERVISOR', 'COMMITTEE_MEMBER', 'COMMITTEE_CHAIR', 'RESEARCHER', 'SPONSOR'];

/** Whether a lockout is running now [T14.1] (a past `lockedUntil` has run out). */
export const lockedNow = (lockedUntil: string | null | undefined, now = Date.now()): boolean => Boolean(lockedUntil && Date.parse(lockedUntil) > now);
