import { can, type Viewer } from '@registry/auth';
import { badUserInput, forbidden, notFound, requireUuid, ruleViolation } from '@registry/errors';
import { assertCanReadDiscussion } from '../discussion/discussion-policy.ts';
import { assertSignedIn } from '../matters/matter-policy.ts';
import { publishSeatChange } from './committee-events.ts';
import type { CommitteeMemberRecord, CommitteeSeat, CommitteeRepository } from './committee-repository.ts';
import { compositionShortfalls } from './composition.ts';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { SteeringTermRepository } from '../steering/steering-term-repository.ts';

/** The committee as a GraphQL parent: it has no row; its members and shortfalls are read from the seats when asked. */
export type CommitteeRoot = Record<string, never>;

export interface AppointInput {
  accountId: string;
  seat: CommitteeSeat;
  operatorId?: string | null | undefined;
  isChair?: boolean | null | undefined;
}

const OPERATOR_ID = /^[A-Za-z0-9-]{1,32}$/;

/** What CommitteeService works with, each named [#14.7]. */
export interface CommitteeServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  committee: CommitteeRepository;
  steeringTerms: SteeringTermRepository;
}

export class CommitteeService {
  constructor(private readonly deps: CommitteeServiceDeps) {}

  /** The committee's group is readable by every certified operator [R47]. */
  members(): Promise<CommitteeMemberRecord[]> {
    assertCanReadDiscussion(this.deps.viewer);
    return this.deps.committee.members();
  }

  /** What the committee lacks before it may sit [R43][R44]. */
  async shortfalls(): Promise<string[]> {
    assertCanReadDiscussion(this.deps.viewer);
    const [members, steering] = await Promise.all([this.deps.committee.members(), this.deps.steeringTerms.currentMembers(this.deps.uow.calendar.today())]);
    return compositionShortfalls(members, steering);
  }

  /**
   * The steering committee appoints the chair and members [R43][R44]; the seat is announced
   * so that the cases subgraph shows the member the cases before the committee [R28a][R45].
   */
  async appoint(input: AppointInput, appointedOn?: string): Promise<void> {
    this.assertSteering();
    requireUuid(input.accountId, ['input', 'accountId']);
    const operatorId = input.operatorId ?? undefined;
    if (operatorId !== undefined && !OPERATOR_ID.test(operatorId)) throw badUserInput('Not an operator ID', ['input', 'operatorId']);
    if (input.seat === 'CERTIFIED_OPERATOR' && operatorId === undefined) {
      throw ruleViolation('R44', 'A certified operator sits with their operator ID, so that they are recused from their own cases [R49]');
    }
    await this.deps.uow.run(async ({ tx, today }) => {
      const member: CommitteeMemberRecord = { accountId: input.accountId, seat: input.seat, operatorId, isChair: input.isChair ?? false, appointedOn: appointedOn ?? today };
      // [R43] One chair at a time: appointing a chair makes the previous one an ordinary member.
      if (member.isChair) await this.deps.committee.unseatChair(tx);
      await this.deps.committee.appoint(tx, member);
      await publishSeatChange(tx, { accountId: member.accountId, seat: member.seat, sitting: true, on: today });
    });
  }

  /** The steering committee ends a membership [R44]; the chair is replaced by appointing another. */
  async remove(accountId: string): Promise<void> {
    this.assertSteering();
    requireUuid(accountId, ['accountId']);
    await this.deps.uow.run(async ({ tx, today }) => {
      // The seat is locked: a vote in flight on it finishes first, or sees it gone [R48].
      const member = await this.deps.committee.lockSeat(tx, accountId);
      if (!member) throw notFound('Committee member');
      if (member.isChair) throw ruleViolation('R43', 'Appoint another chair before the chair leaves the committee');
      await this.deps.committee.remove(tx, accountId);
      await publishSeatChange(tx, { accountId, seat: member.seat, sitting: false, on: today });
    });
  }

  private assertSteering(): void {
    assertSignedIn(this.deps.viewer);
    if (!can(this.deps.viewer, 'committee:appoint')) throw forbidden('The steering committee appoints the committee [R43]');
  }
}
