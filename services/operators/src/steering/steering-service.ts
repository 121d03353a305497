import type { Viewer } from '@registry/auth';
import { badUserInput, forbidden, notFound, requireText, ruleViolation, unauthenticated } from '@registry/errors';
import { isLocalDate } from '@registry/calendar';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { canSeePerson } from '../operators/operator-policy.ts';
import { saveAndAnnounceTerm } from './steering-events.ts';
import { assertCan } from './steering-policy.ts';
import type { SteeringTermRecord, SteeringRepository } from './steering-repository.ts';
import { overlaps, termEnd } from './steering-terms.ts';
import type { AccountRepository } from '../accounts/account-repository.ts';

/** What SteeringService works with, each named [#14.7]. */
export interface SteeringServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  accounts: AccountRepository;
  steering: SteeringRepository;
}

/** The steering committee's membership: three-year terms, renewable [R35][R36]. */
export class SteeringService {
  constructor(private readonly deps: SteeringServiceDeps) {}

  /**
   * [R35][R36] the secretariat records a term the general meeting decided: three years
   * from `startsOn`. Reappointment is a new term after the last one. STEERING follows
   * from the terms at every login, so an ended term takes the role away by itself.
   */
  async recordTerm(loginId: string, startsOn: string, resolutionText: string): Promise<SteeringTermRecord> {
    assertCan(this.deps.viewer, 'steering:recordTerm', "The secretariat records the general meeting's appointments");
    if (!isLocalDate(startsOn)) throw badUserInput('A date as YYYY-MM-DD', ['startsOn']);
    const resolution = requireText(resolutionText, ['resolution'], "The general meeting's resolution");
    return this.deps.uow.run(async (unit) => {
      const { tx } = unit;
      const account = await this.deps.accounts.byLoginIdIn(tx, loginId);
      if (!account) throw notFound('Account');
      const term = { startsOn, endsOn: termEnd(startsOn) };
      if (overlaps(term, await this.deps.steering.termsOf(tx, account.id))) throw ruleViolation('R36', 'This term overlaps a term the member already holds');
      return saveAndAnnounceTerm(unit, this.deps, { accountId: account.id, ...term, resolution });
    });
  }

  /** The committee's terms, sitting today or all; members are named to registry people only. */
  async committee(currentOnly: boolean): Promise<SteeringTermRecord[]> {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (!canSeePerson(this.deps.viewer)) throw forbidden('The committee is listed to registry members');
    return this.deps.steering.list(currentOnly ? this.deps.uow.calendar.today() : undefined);
  }
}
