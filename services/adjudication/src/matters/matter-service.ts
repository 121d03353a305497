import { randomUUID } from 'node:crypto';
import { can, type Viewer } from '@registry/auth';
import { adjudicationTopic } from '@registry/contracts';
import { badUserInput, forbidden, notFound, requireText, requireUuid, ruleViolation, type RuleId } from '@registry/errors';
import type { Transaction } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import type { Unit, UnitOfWork } from '@registry/unit-of-work';
import type { CaseRef } from '../case-projection/case-ref-repository.ts';
import { compositionShortfalls } from '../committee/composition.ts';
import { isRecused } from '../committee/recusal.ts';
import { appendPost } from '../discussion/post-writer.ts';
import type { PostRecord, ThreadRecord, ThreadRepository } from '../discussion/thread-repository.ts';
import { liveField } from '../live.ts';
import { publishStatusChange } from './matter-events.ts';
import { assertCanReadMatter, assertMayPreside, assertNotRecused, assertPresiding, assertSignedIn, assertSteering } from './matter-policy.ts';
import type { MatterRecord, PointRecord, MatterRepository } from './matter-repository.ts';
import { canMove, describeStatus, refusedMove, statusAfterScreening, type MatterKind, type MatterStatus, type ScreeningDecision } from './matter-status.ts';
import type { EventBus } from '@registry/bus';
import type { LoadersNamed } from '../loaders.ts';
import type { CommitteeRepository } from '../committee/committee-repository.ts';
import type { SteeringTermRepository } from '../steering/steering-term-repository.ts';
import type { VoteRepository } from '../voting/vote-repository.ts';

export const MAX_POINTS = 20;

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const matterServiceLoaders = ['caseRefByNumber', 'matterById', 'mattersByCase', 'pointById', 'pointsByMatter', 'threadByMatter'] as const;

/** What MatterService works with, each named [#14.7]. */
export interface MatterServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  bus: EventBus;
  loaders: LoadersNamed<typeof matterServiceLoaders>;
  committee: CommitteeRepository;
  matters: MatterRepository;
  steeringTerms: SteeringTermRepository;
  threads: ThreadRepository;
  votes: VoteRepository;
}

/** Matters from submission to session [R24][R28][R45][R46]. */
export class MatterService {
  constructor(private readonly deps: MatterServiceDeps) {}

  async list(status: MatterStatus | undefined, page: PageRequest): Promise<MatterRecord[]> {
    assertCanReadMatter(this.deps.viewer, undefined);
    return this.deps.matters.list(status, page);
  }

  async get(id: string): Promise<MatterRecord | null> {
    const matter = await this.deps.loaders.matterById.load(requireUuid(id, ['id']));
    if (!matter) {
      assertCanReadMatter(this.deps.viewer, undefined);
      return null;
    }
    assertCanReadMatter(this.deps.viewer, matter);
    return matter;
  }

  async ofCase(registrationNumber: string): Promise<MatterRecord[]> {
    assertCanReadMatter(this.deps.viewer, undefined);
    return this.deps.loaders.mattersByCase.load(registrationNumber);
  }

  async points(matter: MatterRecord): Promise<PointRecord[]> {
    assertCanReadMatter(this.deps.viewer, matter);
    return this.deps.loaders.pointsByMatter.load(matter.id);
  }

  async point(id: string | null): Promise<PointRecord | null> {
    if (id === null) return null;
    const point = await this.deps.loaders.pointById.load(id);
    const matter = point ? await this.deps.loaders.matterById.load(point.matterId) : undefined;
    assertCanReadMatter(this.deps.viewer, matter);
    return point ?? null;
  }

  /**
   * What the signed-in member may do on this matter, so a screen can say why before a
   * refusal [R43][R49]; null for anyone who does not sit on the committee.
   */
  async standing(matter: MatterRecord): Promise<{ recused: boolean; presides: boolean } | null> {
    assertCanReadMatter(this.deps.viewer, matter);
    if (!this.deps.viewer.accountId) return null;
    const members = await this.deps.committee.members();
    const seat = members.find((m) => m.accountId === this.deps.viewer.accountId);
    if (!seat) return null;
    const caseOperator = await this.caseOperatorOf(matter);
    const recused = isRecused(this.deps.viewer.operatorId, caseOperator) || isRecused(seat.operatorId, caseOperator);
    return { recused, presides: presides(() => assertPresiding(this.deps.viewer, members, caseOperator)) };
  }

  /** The group thread: followed by registry members, and public with its ruling once decided [R28b][R47]. */
  async committeeThread(matter: MatterRecord): Promise<ThreadRecord | null> {
    assertCanReadMatter(this.deps.viewer, matter);
    return (await this.deps.loaders.threadByMatter.load(matter.id)) ?? null;
  }

  /** [R28a] The operator of a case objects to its official core-lab result, never to a provisional read. */
  async raiseObjection(registrationNumber: string, grounds: string): Promise<MatterRecord> {
    assertSignedIn(this.deps.viewer);
    if (!can(this.deps.viewer, 'matter:object')) throw forbidden('Only certified operators object to core-lab results [R28a]');
    const text = requireText(grounds, ['grounds'], 'The grounds of the objection');
    const ref = await this.caseRef(registrationNumber);
    if (ref.operatorId !== this.deps.viewer.operatorId) throw forbidden('An operator objects to the results of their own cases [R28a]');
    if (!ref.officialResult) throw ruleViolation('R28a', 'The case has no official core-lab result to object to yet');
    return this.raise('OBJECTION', text, ref.registrationNumber);
  }

  /** [R28b] The core lab asks about criteria through the steering committee. */
  async referCriteriaQuestion(question: string, registrationNumber: string | undefined): Promise<MatterRecord> {
    assertSteering(this.deps.viewer, 'A core-lab question reaches the committee through the steering committee');
    const text = requireText(question, ['question'], 'The question');
    const ref = registrationNumber === undefined ? undefined : await this.caseRef(registrationNumber);
    return this.raise('CRITERIA_QUESTION', text, ref?.registrationNumber ?? null);
  }

  /** [R45b] The data center asks about core-lab or clinical data judgement. */
  async askDataCenterQuestion(question: string, registrationNumber: string | undefined): Promise<MatterRecord> {
    assertSignedIn(this.deps.viewer);
    if (!can(this.deps.viewer, 'matter:askAsDataCenter')) throw forbidden('Only the data center asks as the data center [R45]');
    const text = requireText(question, ['question'], 'The question');
    const ref = registrationNumber === undefined ? undefined : await this.caseRef(registrationNumber);
    return this.raise('DATA_CENTER_QUESTION', text, ref?.registrationNumber ?? null);
  }

  /** [R45] The steering committee decides first whether the committee takes a matter; answering or declining needs a reason. */
  async screen(matterId: string, decision: ScreeningDecision, reason: string | undefined): Promise<MatterRecord> {
    assertSteering(this.deps.viewer, 'Screening a matter');
    const text = decision === 'ACCEPT' && !reason?.trim() ? null : requireText(reason, ['reason'], 'The reason');
    const matter = await this.load(matterId);
    const ref = matter.registrationNumber ? await this.caseRef(matter.registrationNumber) : undefined;
    assertNotRecused(this.deps.viewer, undefined, ref?.operatorId);
    return this.move(matterId, statusAfterScreening(decision), 'R45', (unit) => ({
      screeningReason: text,
      screenedByAccountId: unit.requireActor(),
      screenedAt: unit.now,
    }));
  }

  /**
   * [R44][R46] The chair declares a session on an accepted matter, once the committee is
   * complete; a steering member instead when the chair operated the case [R49].
   */
  async declareSession(matterId: string): Promise<MatterRecord> {
    const members = await this.deps.committee.members();
    assertMayPreside(this.deps.viewer, members);
    const matter = await this.load(matterId);
    assertPresiding(this.deps.viewer, members, await this.caseOperatorOf(matter));
    if (matter.status !== 'ACCEPTED') {
      throw ruleViolation('R45', `A session is declared only on a matter the steering committee accepted; this one is ${describeStatus(matter.status)}`);
    }
    const shortfalls = compositionShortfalls(members, await this.deps.steeringTerms.currentMembers(this.deps.uow.calendar.today()));
    if (shortfalls.length > 0) throw ruleViolation('R44', `The committee cannot sit: it needs ${shortfalls.join('; ')}`);
    return this.move(matterId, 'IN_SESSION', 'R46', (unit) => ({ sessionDeclaredAt: unit.now }), async (tx) => {
      await this.deps.threads.openForMatter(tx, matterId);
    });
  }

  /** [R46] The chair (or, for a recused chair, a steering member [R49]) posts the points at issue; each opens its first round [R48]. */
  async postPoints(matterId: string, texts: readonly string[]): Promise<MatterRecord> {
    const members = await this.deps.committee.members();
    assertMayPreside(this.deps.viewer, members);
    const chair = assertPresiding(this.deps.viewer, members, await this.caseOperatorOf(await this.load(matterId)));
    if (texts.length === 0) throw badUserInput('Post at least one point at issue', ['points']);
    if (texts.length > MAX_POINTS) throw badUserInput(`At most ${MAX_POINTS} points at a time`, ['points']);
    const cleaned = texts.map((t, i) => requireText(t, ['points', i], 'A point at issue'));
    return this.deps.uow.run(async ({ tx }) => {
      const matter = await this.deps.matters.lock(tx, matterId);
      if (matter?.status !== 'IN_SESSION') throw ruleViolation('R46', 'Points at issue are posted once the chair has declared a session');
      const existing = await this.deps.matters.pointsOf([matterId], tx);
      const points: PointRecord[] = cleaned.map((text, i) => ({
        id: randomUUID(),
        matterId,
        number: existing.length + i + 1,
        text,
        currentRound: 1,
        decision: null,
        decidedAt: null,
      }));
      await this.deps.matters.insertPoints(tx, points);
      for (const p of points) await this.deps.votes.openRound(tx, p.id, 1, chair.accountId);
      return matter;
    });
  }

  /**
   * [R49] The recused operator may give an opinion as the operator, through the steering
   * committee or the secretariat: they post it in the group thread, shown as the operator's.
   */
  async relayOperatorOpinion(matterId: string, body: string): Promise<PostRecord> {
    assertSignedIn(this.deps.viewer);
    if (!can(this.deps.viewer, 'matter:relayOpinion')) {
      throw forbidden('An operator’s opinion reaches the committee through the steering committee or the secretariat [R49]');
    }
    const text = requireText(body, ['body'], 'The opinion');
    const matter = await this.load(matterId);
    const ref = matter.registrationNumber ? await this.caseRef(matter.registrationNumber) : undefined;
    if (!ref) throw ruleViolation('R49', 'Only a matter on a case has an operator whose opinion may be relayed');
    if (this.deps.viewer.operatorId === ref.operatorId) throw ruleViolation('R49', 'The case’s operator cannot relay their own opinion; another steering member or the secretariat does');
    const thread = await this.deps.loaders.threadByMatter.load(matterId);
    return this.deps.uow.run(async ({ tx, now }) => {
      const locked = await this.deps.matters.lock(tx, matterId);
      if (locked?.status !== 'IN_SESSION' || !thread) throw ruleViolation('R46', 'Opinions are given while the matter is in session');
      return appendPost(tx, this.deps.threads, {
        id: randomUUID(),
        threadId: thread.id,
        kind: 'OPERATOR_OPINION',
        authorAccountId: this.deps.viewer.accountId!,
        onBehalfOfOperatorId: ref.operatorId,
        body: text,
        replyToPostId: null,
        pointId: null,
        imageSeriesUid: null,
        imageFrame: null,
        createdAt: now,
      });
    });
  }

  /** Status changes of one matter or of all, live, with `after` resume. */
  statusChanges(matterId: string | undefined, after: string | undefined) {
    assertCanReadMatter(this.deps.viewer, undefined);
    if (matterId !== undefined) requireUuid(matterId, ['matterId']);
    return liveField(this.deps.bus, adjudicationTopic, after, 'matterStatusChanged', {
      'MatterStatusChanged.v1': (change, event) => (matterId === undefined || change.matterId === matterId ? { ...change, cursor: String(event.seq) } : undefined),
    });
  }

  private raise(kind: MatterKind, question: string, registrationNumber: string | null): Promise<MatterRecord> {
    return this.deps.uow.run(async ({ tx, now }) => {
      const matter: MatterRecord = {
        id: randomUUID(),
        kind,
        registrationNumber,
        question,
        raisedByAccountId: this.deps.viewer.accountId!,
        raisedByOperatorId: this.deps.viewer.operatorId ?? null,
        status: 'SUBMITTED',
        screeningReason: null,
        screenedByAccountId: null,
        screenedAt: null,
        sessionDeclaredAt: null,
        decidedAt: null,
        createdAt: now,
      };
      await this.deps.matters.insert(tx, matter);
      await publishStatusChange(tx, matter, null, 'SUBMITTED');
      return matter;
    });
  }

  /** Moves a matter along its life in one transaction, the matter row locked, announcing the change. */
  private move(
    matterId: string,
    to: MatterStatus,
    rule: RuleId,
    changeAt: (unit: Unit) => Partial<MatterRecord>,
    alsoDo?: (tx: Transaction) => Promise<void>,
  ): Promise<MatterRecord> {
    const lock = { row: (tx: Transaction) => this.deps.matters.lock(tx, matterId), missing: () => notFound('Matter') };
    return this.deps.uow.lock(lock, async (unit, matter) => {
      const { tx } = unit;
      if (!canMove(matter.status, to)) throw ruleViolation(rule, refusedMove(matter.status, to));
      const change = changeAt(unit);
      await this.deps.matters.update(tx, matterId, { ...change, status: to });
      await alsoDo?.(tx);
      await publishStatusChange(tx, matter, matter.status, to);
      return { ...matter, ...change, status: to };
    });
  }

  private async load(matterId: string): Promise<MatterRecord> {
    const matter = await this.deps.loaders.matterById.load(requireUuid(matterId, ['matterId']));
    if (!matter) throw notFound('Matter');
    return matter;
  }

  private async caseOperatorOf(matter: MatterRecord): Promise<string | undefined> {
    return matter.registrationNumber ? (await this.deps.loaders.caseRefByNumber.load(matter.registrationNumber))?.operatorId : undefined;
  }

  private async caseRef(registrationNumber: string): Promise<CaseRef> {
    const ref = await this.deps.loaders.caseRefByNumber.load(registrationNumber);
    if (!ref) throw notFound('Case');
    return ref;
  }
}

/** The presiding rule itself answers who presides: one rule, whether asked or enforced [R43][R49]. */
function presides(assert: () => unknown): boolean {
  try {
    assert();
    return true;
  } catch {
    return false;
  }
}
