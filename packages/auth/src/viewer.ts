/**
 * Who is asking. Roles follow DOMAIN.md "Who uses it"; a person can hold several
 * (a steering member is also an operator).
 */
export const Role = {
  /** 認定術者: a certified operator. */
  Operator: 'OPERATOR',
  /** 準認定術者: an associate operator [R11]. */
  Associate: 'ASSOCIATE',
  /** 認定術者の履歴を有する術者: a former operator [R10]. */
  Ob: 'OB',
  /** 施設連絡担当者 [R18][R30]. */
  SiteContact: 'SITE_CONTACT',
  /** データセンター [R32]. */
  DataCenter: 'DATA_CENTER',
  /** 研究事務局 [R34][R41][R48]. */
  Secretariat: 'SECRETARIAT',
  /** 運営委員会 [R36][R37]. */
  Steering: 'STEERING',
  CoreLabReader: 'CORE_LAB_READER',
  CoreLabSupervisor: 'CORE_LAB_SUPERVISOR',
  /** CTO疑義判定委員会 [R43]. */
  CommitteeMember: 'COMMITTEE_MEMBER',
  CommitteeChair: 'COMMITTEE_CHAIR',
  Researcher: 'RESEARCHER',
  Sponsor: 'SPONSOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/** The core lab reads blind [R25][R33]. */
export const CORE_LAB_ROLES: readonly Role[] = [Role.CoreLabReader, Role.CoreLabSupervisor];

export interface Viewer {
  /** Account id (UUID); absent for an anonymous visitor. */
  readonly accountId?: string | undefined;
  readonly roles: readonly Role[];
  /** 術者ID, when the account belongs to an operator. */
  readonly operatorId?: string | undefined;
  /** The facility an operator or site contact acts for. */
  readonly facilityId?: string | undefined;
  /**
   * The account must set a new password before anything else (a one-time password): such
   * a token carries no role, and every subgraph answers PASSWORD_CHANGE_REQUIRED to
   * anything but `changePassword`, `login` and `viewer`.
   */
  readonly mustChangePassword?: boolean | undefined;
}

export const ANONYMOUS: Viewer = Object.freeze({ roles: [] });

function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}

export function isCoreLab(viewer: Viewer): boolean {
  return hasAnyRole(viewer, CORE_LAB_ROLES);
}
