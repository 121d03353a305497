import { randomUUID } from 'node:crypto';
import { can, type Viewer } from '@registry/auth';
import { publish, type EventBus } from '@registry/bus';
import { matterTallyTopics } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { forbidden, notFound, requireUuid, ruleViolation } from '@registry/errors';
import type { Unit, UnitOfWork } from '@registry/unit-of-work';
import type { CommitteeMemberRecord, CommitteeRepository } from '../committee/committee-repository.ts';
import { eligibleMembers } from '../committee/recusal.ts';
import { liveField } from '../live.ts';
import { describeStatus } from '../matters/matter-status.ts';
import { assertCanReadMatter, assertMayPreside, assertNotRecused, assertPresiding, assertSignedIn, memberSeat } from '../matters/matter-policy.ts';
import type { MatterRecord, PointRecord, MatterRepository } from '../matters/matter-repository.ts';
import { hasQuorum, tally, type Round, type Tally, type VoteChoice } from './tally.ts';
import type { RoundRecord, VoteRecord, VoteRepository } from './vote-repository.ts';
import type { LoadersNamed } from '../loaders.ts';
import type { CaseRefRepository } from '../case-projection/case-ref-repository.ts';

export type TallyEvent = 'VOTE_CAST' | 'ROUND_CLOSED' | 'SECOND_ROUND_CALLED';

/** One live tally update: counts only, never who gave which opinion before the decision. */
export interface TallyUpdate {
  event: TallyEvent;
  matterId: string;
  pointId: string;
  pointNumber: number;
  round: Round;
  tally: Tally;
  decision: 'ADOPTED' | 'REJECTED' | null;
}

export interface RoundView {
  round: RoundRecord;
  tally: Tally;
  /** Who gave which opinion, once the matter is decided [R28b]; null before. */
  votes: VoteRecord[] | null;
}

interface Locked {
  matter: MatterRecord;
  point: PointRecord;
  members: CommitteeMemberRecord[];
  caseOperator: string | undefined;
  eligible: number;
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const votingServiceLoaders = ['caseRefByNumber', 'matterById', 'pointById', 'roundsByPoint', 'votesByPoint'] as const;

/** What VotingService works with, each named [#14.7]. */
export interface VotingServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  bus: EventBus;
  loaders: LoadersNamed<typeof votingServiceLoaders>;
  caseRefs: CaseRefRepository;
  committee: CommitteeRepository;
  matters: MatterRepository;
  votes: VoteRepository;
}

/** Opinions on the points at issue [R48], by members, never by the case's operator [R49]. */
export class VotingService {
  constructor(private readonly deps: VotingServiceDeps) {}

  /**
   * A member's opinion on a point, once per round [R48]. Everything is decided inside the
   * one transaction on locked rows: the member's seat (a removal waits, or wins first), then
   * the matter; the database's unique key holds "once" against a concurrent second request.
   */
  async castVote(pointId: string, choice: VoteChoice): Promise<PointRecord> {
    assertSignedIn(this.deps.viewer);
    // Who you are first: a non-member is told so before anything is looked up.
    memberSeat(this.deps.viewer, await this.deps.committee.members());
    requireUuid(pointId, ['pointId']);
    return this.deps.uow.run(async (unit) => {
      const { tx } = unit;
      const locked = await this.deps.committee.lockSeat(tx, this.deps.viewer.accountId!);
      const seat = memberSeat(this.deps.viewer, locked ? [locked] : []);
      const s = await this.lockOpenRound(tx, pointId);
      assertNotRecused(this.deps.viewer, seat, s.caseOperator);
      const round = s.point.currentRound as Round;
      const fresh = await this.deps.votes.insert(tx, {
        id: randomUUID(),
        pointId,
        round,
        memberAccountId: seat.accountId,
        choice,
        castAt: unit.now,
      });
      if (!fresh) throw ruleViolation('R48', `You have already given your opinion on point ${s.point.number} in round ${round}`);
      const t = await this.tallyOf(tx, s.point, round, s.eligible);
      if (t.complete) return this.close(unit, s, t, 'VOTE_CAST');
      await this.announce(tx, 'VOTE_CAST', s, round, t, null);
      return s.point;
    });
  }

  /** [R48] After a split first round, the secretariat asks every member again: a second round with its own record. */
  async callSecondRound(pointId: string): Promise<PointRecord> {
    assertSignedIn(this.deps.viewer);
    if (!can(this.deps.viewer, 'voting:callSecondRound')) throw forbidden('The secretariat asks the members again [R48]');
    await this.loadPoint(pointId);
    return this.deps.uow.run(async ({ tx }) => {
      const s = await this.lock(tx, pointId);
      const [first] = (await this.deps.votes.roundsOf([pointId], tx)).filter((r) => r.round === 1);
      if (s.point.currentRound !== 1 || first?.outcome !== 'SPLIT') {
        throw ruleViolation('R48', 'A second round is asked for only when the first round is complete and split');
      }
      await this.deps.votes.openRound(tx, pointId, 2, this.deps.viewer.accountId!);
      await this.deps.matters.updatePoint(tx, pointId, { currentRound: 2 });
      const point = { ...s.point, currentRound: 2 };
      await this.announce(tx, 'SECOND_ROUND_CALLED', { ...s, point }, 2, tally(2, [], s.eligible), null);
      return point;
    });
  }

  /**
   * The chair closes a round before every opinion is in, only with more than half of the
   * eligible members; a steering member instead when the chair operated the case [R49].
   */
  async closeRound(pointId: string): Promise<PointRecord> {
    const members = await this.deps.committee.members();
    assertMayPreside(this.deps.viewer, members);
    const { matter } = await this.loadPoint(pointId);
    assertPresiding(this.deps.viewer, members, await this.caseOperatorOf(matter));
    return this.deps.uow.run(async (unit) => {
      const { tx } = unit;
      const s = await this.lockOpenRound(tx, pointId);
      const round = s.point.currentRound as Round;
      const t = await this.tallyOf(tx, s.point, round, s.eligible);
      if (!hasQuorum(t)) throw ruleViolation('R48', `No quorum: ${t.cast} of ${t.eligible} members have given an opinion; more than half are needed`);
      return this.close(unit, s, t, 'ROUND_CLOSED');
    });
  }

  /** Each round of a point with its tally; who voted what only once the matter is decided [R28b]. */
  async rounds(point: PointRecord): Promise<RoundView[]> {
    const matter = await this.deps.loaders.matterById.load(point.matterId);
    assertCanReadMatter(this.deps.viewer, matter);
    const [rounds, votes] = await Promise.all([this.deps.loaders.roundsByPoint.load(point.id), this.deps.loaders.votesByPoint.load(point.id)]);
    const open = rounds.some((r) => r.closedAt === null);
    const eligible = open && matter ? eligibleMembers(await this.deps.committee.members(), await this.caseOperatorOf(matter)).length : 0;
    return rounds.map((round) => {
      const inRound = votes.filter((v) => v.round === round.round);
      return {
        round,
        tally: tally(round.round, inRound.map((v) => v.choice), round.eligible ?? eligible),
        votes: matter?.status === 'DECIDED' ? inRound : null,
      };
    });
  }

  /** The signed-in member's own opinion in the point's current round [R48]: theirs alone, never another's. */
  async myVote(point: PointRecord): Promise<VoteChoice | null> {
    const matter = await this.deps.loaders.matterById.load(point.matterId);
    assertCanReadMatter(this.deps.viewer, matter);
    if (!this.deps.viewer.accountId) return null;
    const votes = await this.deps.loaders.votesByPoint.load(point.id);
    return votes.find((v) => v.round === point.currentRound && v.memberAccountId === this.deps.viewer.accountId)?.choice ?? null;
  }

  /** Votes and tallies of a matter as they arrive, with `after` resume [R48]. */
  async tallyUpdates(matterId: string, after: string | undefined) {
    assertCanReadMatter(this.deps.viewer, undefined);
    if (!(await this.deps.loaders.matterById.load(requireUuid(matterId, ['matterId'])))) throw notFound('Matter');
    return liveField(this.deps.bus, matterTallyTopics.of(matterId), after, 'matterTallyUpdated', { 'TallyUpdated.v1': (update, event) => ({ ...update, cursor: String(event.seq) }) });
  }

  /**
   * Ends a round [R48]: a first round that agrees, or any second round, decides the point;
   * a split first round waits for the secretariat.
   */
  private async close({ tx, now }: Unit, s: Locked, t: Tally, event: TallyEvent): Promise<PointRecord> {
    const round = s.point.currentRound as Round;
    await this.deps.votes.closeRound(tx, s.point.id, round, t.outcome, t.eligible, now);
    let point = s.point;
    if (t.outcome !== 'SPLIT') {
      point = { ...point, decision: t.outcome, decidedAt: now };
      await this.deps.matters.updatePoint(tx, point.id, { decision: point.decision, decidedAt: point.decidedAt });
    }
    await this.announce(tx, event === 'VOTE_CAST' ? 'VOTE_CAST' : 'ROUND_CLOSED', { ...s, point }, round, t, point.decision);
    return point;
  }

  private async announce(tx: Executor, event: TallyEvent, s: Pick<Locked, 'matter' | 'point'>, round: Round, t: Tally, decision: TallyUpdate['decision']): Promise<void> {
    const update: TallyUpdate = { event, matterId: s.matter.id, pointId: s.point.id, pointNumber: s.point.number, round, tally: t, decision };
    await publish(tx, matterTallyTopics.of(s.matter.id), 'TallyUpdated.v1', update);
  }

  /** Locks the matter, then checks the point takes opinions now: in session, undecided, its round open. */
  private async lockOpenRound(tx: Executor, pointId: string): Promise<Locked> {
    const s = await this.lock(tx, pointId);
    const [round] = (await this.deps.votes.roundsOf([pointId], tx)).filter((r) => r.round === s.point.currentRound);
    if (s.point.decision !== null) throw ruleViolation('R48', `Point ${s.point.number} is already decided`);
    if (!round || round.closedAt !== null) throw ruleViolation('R48', `Round ${s.point.currentRound} of point ${s.point.number} is closed; the secretariat asks again if opinions split`);
    return s;
  }

  /** Locks the point's matter and reads, inside the transaction, everything the decision rests on. */
  private async lock(tx: Executor, pointId: string): Promise<Locked> {
    const [point] = await this.deps.matters.pointsByIds([pointId], tx);
    if (!point) throw notFound('Point at issue');
    const matter = await this.deps.matters.lock(tx, point.matterId);
    if (!matter) throw notFound('Matter');
    if (matter.status !== 'IN_SESSION') throw ruleViolation('R48', `The matter is ${describeStatus(matter.status)}: opinions are given only while it is in session`);
    const [fresh] = await this.deps.matters.pointsByIds([pointId], tx);
    const members = await this.deps.committee.members(tx);
    const caseOperator = await this.caseOperatorOf(matter, tx);
    return { matter, point: fresh!, members, caseOperator, eligible: eligibleMembers(members, caseOperator).length };
  }

  private async tallyOf(tx: Executor, point: PointRecord, round: Round, eligible: number): Promise<Tally> {
    const votes = (await this.deps.votes.votesOf([point.id], tx)).filter((v) => v.round === round);
    return tally(round, votes.map((v) => v.choice), eligible);
  }

  private async loadPoint(pointId: string): Promise<{ point: PointRecord; matter: MatterRecord }> {
    const point = await this.deps.loaders.pointById.load(requireUuid(pointId, ['pointId']));
    const matter = point ? await this.deps.loaders.matterById.load(point.matterId) : undefined;
    if (!point || !matter) throw notFound('Point at issue');
    return { point, matter };
  }

  private async caseOperatorOf(matter: MatterRecord, tx?: Executor): Promise<string | undefined> {
    if (!matter.registrationNumber) return undefined;
    const ref = tx ? await this.deps.caseRefs.byNumber(matter.registrationNumber, tx) : await this.deps.loaders.caseRefByNumber.load(matter.registrationNumber);
    return ref?.operatorId;
  }
}
