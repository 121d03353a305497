import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import { fixedCalendar } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness, type TypedDocument } from '../../../test/support/subgraph-harness.ts';
import type { CommitteeSeat } from '../src/committee/committee-repository.ts';
import { votes } from '../src/db/schema.ts';
import { createAdjudicationService, migrateAdjudication, type AdjudicationService } from '../src/server.ts';
import { graphql } from './gql/index.ts';

const OBJECTED = 'CTO-2026-00001'; // operated by OP0003, a committee member
const CHAIRS = 'CTO-2026-00011'; // operated by OP0002, the chair
const ASSOCIATES = 'CTO-2026-00012'; // operated by OP0007, an associate
const OBS = 'CTO-2026-00013'; // operated by OP0009, a former operator (OB)
const RESULT = { technicalSuccess: false, procedureSuccess: false, complication: false, indicationAppropriate: true };
// 00:30 on 1 April 2026 in Tokyo: still 31 March in UTC.
const NOW = '2026-03-31T15:30:00Z';

const RAISE = graphql(`mutation AdjudicationRulesRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { id status } }`);
const SCREEN = graphql(`mutation AdjudicationRulesScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { id status } }`);
const DECLARE = graphql(`mutation AdjudicationRulesDeclare($m: ID!) { declareSession(matterId: $m) { id status committeeThread { id } } }`);
const POINTS = graphql(`mutation AdjudicationRulesPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { pointsAtIssue { id } } }`);
const VOTE = graphql(`mutation AdjudicationRulesVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id decision } }`);
const CLOSE = graphql(`mutation AdjudicationRulesClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }`);
const DECIDE = graphql(`mutation AdjudicationRulesDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id } }`);
const POST = graphql(`mutation AdjudicationRulesPost($t: ID!, $b: String!) { postToThread(threadId: $t, body: $b) { id } }`);
const THREAD = graphql(`query AdjudicationRulesThread($t: ID!) { thread(id: $t) { id posts { body } } }`);
const MARK = graphql(`mutation AdjudicationRulesMarkRead($id: ID!) { markNotificationRead(id: $id) { id } }`);
const APPOINT = graphql(`mutation AdjudicationRulesAppoint($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { members { seat } } }`);
const REMOVE = graphql(`mutation AdjudicationRulesRemove($a: ID!) { removeCommitteeMember(accountId: $a) { members { seat } } }`);
const UNREAD = graphql(`query AdjudicationRulesUnread { myNotifications(unreadOnly: true) { id } }`);
/** The variables of a typed document: optional when it has none required, as `h.as` takes them. */
type Variables<V> = Record<string, never> extends V ? [V?] : [V];

const MEMBERS: { login: string; seat: CommitteeSeat; chair?: boolean }[] = [
  { login: 'OP0002', seat: 'STEERING', chair: true },
  { login: 'OP0001', seat: 'STEERING' },
  ...['OP0003', 'OP0004', 'OP0005', 'OP0006'].map((login) => ({ login, seat: 'CERTIFIED_OPERATOR' as const })),
  ...['expert-1', 'expert-2', 'expert-3', 'expert-4'].map((login) => ({ login, seat: 'EXTERNAL_EXPERT' as const })),
];

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];

describe('adjudication: recusal of the chair, public records, the case operator’s thread, races and refusals', () => {
  let h: SubgraphHarness<AdjudicationService>;
  const ids = new Map<string, string>();
  const viewer = (login: string): Viewer => {
    if (login === 'anonymous') return { roles: [] };
    const id = ids.get(login) ?? ids.set(login, randomUUID()).get(login)!;
    const operator = login.startsWith('OP');
    const roles: Role[] = [];
    if (operator && ['OP0007', 'OP0008'].includes(login)) roles.push(Role.Associate);
    else if (login === 'OP0009') roles.push(Role.Ob);
    else if (operator) roles.push(Role.Operator);
    if (login === 'OP0001' || login === 'OP0002') roles.push(Role.Steering);
    if (MEMBERS.some((m) => m.login === login)) roles.push(login === 'OP0002' ? Role.CommitteeChair : Role.CommitteeMember);
    const staff: Record<string, Role> = { secretariat: Role.Secretariat, datacenter: Role.DataCenter, researcher: Role.Researcher, reader: Role.CoreLabReader };
    if (staff[login]) roles.push(staff[login]);
    // A core-lab reader who is also an operator carries an operator ID, yet is no operator here.
    const operatorId = operator ? login : login === 'reader' ? 'OP0004' : undefined;
    return { accountId: id, roles, ...(operatorId ? { operatorId } : {}) };
  };
  const as = <T, V>(login: string, query: TypedDocument<T, V>, ...variables: Variables<V>) => h.as(viewer(login), query, ...variables);
  const ok = async <T, V>(login: string, query: TypedDocument<T, V>, ...variables: Variables<V>) => {
    const res = await as(login, query, ...variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const caseThread = async (n: string) => (await h.service.contextFor(viewer('OP0001')).discussion.threadOfCase(n))!.id;
  /** An objection on `n` by its operator, accepted by OP0001. */
  const accepted = async (operator: string, n: string) => {
    const { raiseObjection } = await ok(operator, RAISE, { n, g: 'The final run shows TIMI 3: technical success.' });
    await ok('OP0001', SCREEN, { m: raiseObjection.id, d: 'ACCEPT' });
    return raiseObjection.id;
  };

  beforeAll(async () => {
    h = await startSubgraph('adjudication', migrateAdjudication, (deps) => createAdjudicationService({ ...deps, calendar: fixedCalendar(NOW) }));
    await h.handle.db.transaction(async (tx) => {
      for (const [n, op] of [[OBJECTED, 'OP0003'], [CHAIRS, 'OP0002'], [ASSOCIATES, 'OP0007'], [OBS, 'OP0009']] as const) {
        await publish(tx, casesTopic, 'CaseRegistered.v1', { registrationNumber: n, operatorId: op, facilityId: 'F001', domestic: true, registeredOn: '2026-01-10' });
        await publish(tx, casesTopic, 'OfficialResultRecorded.v1', { registrationNumber: n, operatorId: op, year: 2026, ...RESULT });
      }
    });
    await h.service.catchUp();
    for (const m of MEMBERS) {
      await ok('OP0001', APPOINT, { i: { accountId: viewer(m.login).accountId!, seat: m.seat, operatorId: viewer(m.login).operatorId ?? null, isChair: m.chair ?? false } });
    }
  });
  afterAll(() => h.stop());

  it('should let a steering member preside instead of a chair who operated the case, and refuse the chair each step [R43][R46][R48][R49]', async () => {
    const matterId = await accepted('OP0002', CHAIRS);
    expect((await as('OP0002', DECLARE, { m: matterId })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    expect(code(await as('OP0004', DECLARE, { m: matterId }))).toBe('FORBIDDEN');
    const session = await ok('OP0001', DECLARE, { m: matterId });
    expect(session.declareSession.status).toBe('IN_SESSION');

    expect((await as('OP0002', POINTS, { m: matterId, p: ['Technical success?'] })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    const points = await ok('OP0001', POINTS, { m: matterId, p: ['Technical success?'] });
    const pointId: string = points.postPointsAtIssue.pointsAtIssue[0]!.id;
    await ok('OP0001', POST, { t: session.declareSession.committeeThread!.id, b: 'The distal true lumen is reached on the final run.' });

    expect((await as('OP0002', VOTE, { p: pointId, c: 'YES' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    for (const login of ['OP0001', 'OP0003', 'OP0004', 'expert-1', 'expert-2']) await ok(login, VOTE, { p: pointId, c: 'YES' });
    expect((await as('OP0002', CLOSE, { p: pointId })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    expect(code(await as('OP0004', CLOSE, { p: pointId }))).toBe('FORBIDDEN');
    expect((await ok('OP0001', CLOSE, { p: pointId })).closeVotingRound.decision).toBe('ADOPTED');

    const ruling = { matterId, decision: 'Upheld.', reasoning: 'TIMI 3 on the final run.', answer: 'Your objection is upheld.' };
    expect((await as('OP0002', DECIDE, { i: ruling })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    await ok('OP0001', DECIDE, { i: ruling });
  });

  it('should leave presiding to the chair when the chair did not operate the case [R43][R46]', async () => {
    const matterId = await accepted('OP0003', OBJECTED);
    const res = await as('OP0001', DECLARE, { m: matterId });
    expect(res.errors?.[0]).toMatchObject({ message: 'Only the committee chair may do this [R43][R46]', extensions: { code: 'FORBIDDEN' } });
    // Who presides is decided before what was sent is looked at.
    expect(code(await as('OP0001', POINTS, { m: matterId, p: [] }))).toBe('FORBIDDEN');
    expect(code(await as('OP0001', DECIDE, { i: { matterId, decision: '', reasoning: '', answer: '' } }))).toBe('FORBIDDEN');
    expect((await ok('OP0002', DECLARE, { m: matterId })).declareSession.status).toBe('IN_SESSION');
  });

  it('should make a decided matter’s group thread public with its ruling, and keep an open one for registry members [R28b][R47]', async () => {
    const decided = (await ok('OP0001', graphql(`query AdjudicationRulesDecidedMatters { matters(status: DECIDED) { id committeeThread { id } } }`))).matters[0]!;
    const open = (await ok('OP0001', graphql(`query AdjudicationRulesOpenMatters { matters(status: IN_SESSION) { id committeeThread { id } } }`))).matters[0]!;
    for (const login of ['anonymous', 'researcher', 'OP0008', 'OP0009', 'expert-3']) {
      const res = await ok(login, graphql(`query AdjudicationRulesDecidedRecord($m: ID!) { matter(id: $m) { status ruling { decision } committeeThread { posts { body } } } }`), { m: decided.id });
      expect(res.matter).toEqual({ status: 'DECIDED', ruling: { decision: 'Upheld.' }, committeeThread: { posts: [{ body: 'The distal true lumen is reached on the final run.' }] } });
      expect((await ok(login, THREAD, { t: decided.committeeThread!.id })).thread!.posts).toHaveLength(1);
    }
    expect(code(await as('anonymous', THREAD, { t: open.committeeThread!.id }))).toBe('UNAUTHENTICATED');
    expect(code(await as('researcher', THREAD, { t: open.committeeThread!.id }))).toBe('FORBIDDEN');
    expect(code(await as('reader', THREAD, { t: decided.committeeThread!.id }))).toBe('FORBIDDEN');
  });

  it('should let an associate or OB operator read and answer the questions on their own case, and nobody else of those statuses [R6][R10][R11]', async () => {
    for (const [n, own] of [[ASSOCIATES, 'OP0007'], [OBS, 'OP0009']] as const) {
      const threadId = await caseThread(n);
      const question = await ok('OP0004', POST, { t: threadId, b: 'Which wire crossed the proximal cap?' });
      const mine = (await ok(own, graphql(`query AdjudicationRulesUnreadThreads { myNotifications(unreadOnly: true) { id thread { id posts { body } } post { id } } }`))).myNotifications;
      expect(mine).toEqual([{ id: expect.any(String), thread: { id: threadId, posts: [{ body: 'Which wire crossed the proximal cap?' }] }, post: { id: question.postToThread.id } }]);
      await ok(own, POST, { t: threadId, b: 'A Gaia Second, then a Conquest Pro.' });
      expect((await ok(own, THREAD, { t: threadId })).thread!.posts.map((p) => p.body)).toEqual(['Which wire crossed the proximal cap?', 'A Gaia Second, then a Conquest Pro.']);
      // The operator answering is not notified of their own answer.
      expect((await ok(own, UNREAD)).myNotifications).toHaveLength(1);
      const other = own === 'OP0007' ? 'OP0008' : 'OP0007';
      expect(code(await as(other, THREAD, { t: threadId }))).toBe('FORBIDDEN');
      expect(code(await as(other, POST, { t: threadId, b: 'May I?' }))).toBe('FORBIDDEN');
    }
  });

  it('should count one of two concurrent opinions of the same member and refuse the other by rule [R48]', async () => {
    const matterId = (await ok('OP0001', graphql(`query AdjudicationRulesInSession { matters(status: IN_SESSION) { id } }`))).matters[0]!.id;
    const { postPointsAtIssue } = await ok('OP0002', POINTS, { m: matterId, p: ['Should criterion 4 be clarified?'] });
    const pointId: string = postPointsAtIssue.pointsAtIssue[0]!.id;
    const results = await Promise.all([as('OP0004', VOTE, { p: pointId, c: 'YES' }), as('OP0004', VOTE, { p: pointId, c: 'NO' })]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.map((r) => r.errors?.[0]?.extensions).filter(Boolean)).toEqual([expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'R48' })]);
    const [counted] = await h.handle.db.select({ n: sql<number>`count(*)::int` }).from(votes).where(and(eq(votes.pointId, pointId), eq(votes.memberAccountId, ids.get('OP0004')!)));
    expect(counted!.n).toBe(1);
  });

  it('should refuse the opinion of a member whose seat has ended [R44][R48]', async () => {
    const matterId = (await ok('OP0001', graphql(`query AdjudicationRulesInSessionPoints { matters(status: IN_SESSION) { id pointsAtIssue { id } } }`))).matters[0]!;
    await ok('OP0001', REMOVE, { a: ids.get('expert-4')! });
    expect(code(await as('expert-4', VOTE, { p: matterId.pointsAtIssue[0]!.id, c: 'YES' }))).toBe('FORBIDDEN');
    await ok('OP0001', APPOINT, { i: { accountId: ids.get('expert-4')!, seat: 'EXTERNAL_EXPERT' } });
  });

  it('should announce each seat as it begins and ends, dated by the registry’s calendar in Japan [R44]', async () => {
    const seats = (await h.bus.read('adjudication', 0, 1000)).filter((e) => e.type === 'CommitteeSeatChanged.v1' && (e.payload as { accountId: string }).accountId === ids.get('expert-4'));
    expect(seats.map((e) => e.payload)).toEqual([
      { accountId: ids.get('expert-4'), seat: 'EXTERNAL_EXPERT', sitting: true, on: '2026-04-01' },
      { accountId: ids.get('expert-4'), seat: 'EXTERNAL_EXPERT', sitting: false, on: '2026-04-01' },
      { accountId: ids.get('expert-4'), seat: 'EXTERNAL_EXPERT', sitting: true, on: '2026-04-01' },
    ]);
  });

  it('should refuse criteria effective yesterday in Japan though it is still that day in UTC [R24]', async () => {
    const PUBLISH = graphql(`mutation AdjudicationRulesPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }`);
    expect((await as('OP0002', PUBLISH, { i: { title: 'x', body: 'y', effectiveFrom: '2026-03-31' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    expect((await ok('OP0002', PUBLISH, { i: { title: 'x', body: 'y', effectiveFrom: '2026-04-01' } })).publishCriteriaVersion.effectiveFrom).toBe('2026-04-01');
    const { matters: [m] } = await ok('OP0001', graphql(`query AdjudicationRulesCreatedAt { matters { createdAt } }`));
    expect(m!.createdAt).toBe(new Date(NOW).toISOString());
  });

  it('should answer UNAUTHENTICATED without a token, FORBIDDEN to a role that may not, before looking anything up [R43][docs/errors.md]', async () => {
    const seat = { i: { accountId: randomUUID(), seat: 'EXTERNAL_EXPERT' as const } };
    expect(code(await as('anonymous', APPOINT, seat))).toBe('UNAUTHENTICATED');
    expect(code(await as('anonymous', REMOVE, { a: randomUUID() }))).toBe('UNAUTHENTICATED');
    expect(code(await as('OP0004', APPOINT, seat))).toBe('FORBIDDEN');
    expect(code(await as('OP0004', REMOVE, { a: 'not-an-id' }))).toBe('FORBIDDEN');
    expect(code(await as('researcher', VOTE, { p: randomUUID(), c: 'YES' }))).toBe('FORBIDDEN');
    expect(code(await as('OP0004', VOTE, { p: randomUUID(), c: 'YES' }))).toBe('NOT_FOUND');
    expect(code(await as('OP0009', DECLARE, { m: randomUUID() }))).toBe('FORBIDDEN');
    // Who may write is decided before what is written, in a case thread and in a public record.
    const decided = (await ok('OP0001', graphql(`query AdjudicationRulesDecidedThread { matters(status: DECIDED) { committeeThread { id posts { id } } } }`))).matters[0]!.committeeThread!;
    const threadId = await caseThread(OBJECTED);
    expect(code(await as('anonymous', POST, { t: threadId, b: '' }))).toBe('UNAUTHENTICATED');
    expect(code(await as('researcher', POST, { t: threadId, b: '' }))).toBe('FORBIDDEN');
    expect(code(await as('OP0004', POST, { t: threadId, b: '' }))).toBe('BAD_USER_INPUT');
    expect(code(await as('anonymous', POST, { t: decided.id, b: '' }))).toBe('UNAUTHENTICATED');
    expect(code(await as('researcher', POST, { t: decided.id, b: 'x' }))).toBe('FORBIDDEN');
    const EDIT = graphql(`mutation AdjudicationRulesEdit($p: ID!, $b: String!) { editPost(postId: $p, body: $b) { id } }`);
    expect(code(await as('anonymous', EDIT, { p: decided.posts[0]!.id, b: '' }))).toBe('UNAUTHENTICATED');
    expect(code(await as('researcher', EDIT, { p: decided.posts[0]!.id, b: '' }))).toBe('FORBIDDEN');
  });

  it('should refuse marking a notification read to every role without notifications, and say NOT_FOUND (BAD_USER_INPUT for a malformed id) only to an operator [R6][docs/errors.md][15.1]', async () => {
    const someone = (await ok('OP0007', graphql(`query AdjudicationRulesNotifications { myNotifications { id } }`))).myNotifications[0]!.id;
    for (const login of ['datacenter', 'secretariat', 'researcher', 'reader']) {
      for (const id of [someone, randomUUID(), 'nonsense']) expect(code(await as(login, MARK, { id }))).toBe('FORBIDDEN');
    }
    expect(code(await as('anonymous', MARK, { id: someone }))).toBe('UNAUTHENTICATED');
    for (const login of ['OP0004', 'OP0008', 'OP0009']) {
      for (const id of [someone, randomUUID()]) expect(code(await as(login, MARK, { id }))).toBe('NOT_FOUND');
      // [15.1] a malformed id is the client's mistake, refused on its path before any query.
      expect(code(await as(login, MARK, { id: 'nonsense' }))).toBe('BAD_USER_INPUT');
    }
    await ok('OP0007', MARK, { id: someone });
  });

  it('should explain a refused move of a matter in a sentence [R45]', async () => {
    const matterId = await accepted('OP0003', OBJECTED);
    const res = await as('OP0001', SCREEN, { m: matterId, d: 'DECLINE', r: 'Late.' });
    expect(res.errors?.[0]).toMatchObject({
      message: 'The matter is already accepted by the steering committee, so it cannot be declined',
      extensions: { code: 'RULE_VIOLATION', rule: 'R45' },
    });
  });
  it('should tell each member their own part in a matter: recused for the case operator, presiding for the chair, their own opinion only, nothing off the committee [R43][R48][R49]', async () => {
    const STANDING = graphql(`query AdjudicationRulesStanding { matters(status: IN_SESSION) { id case { registrationNumber } myStanding { recused presides } pointsAtIssue { myVote } } }`);
    const of = async (login: string) => (await ok(login, STANDING)).matters.find((m) => m.case?.registrationNumber === OBJECTED)!;
    expect((await of('OP0003')).myStanding).toEqual({ recused: true, presides: false });
    expect((await of('OP0002')).myStanding).toEqual({ recused: false, presides: true });
    expect((await of('OP0001')).myStanding).toEqual({ recused: false, presides: false });
    // OP0004's one counted opinion of the two sent at once, YES or NO, whichever won the race.
    expect((await of('OP0004')).pointsAtIssue.map((p) => p.myVote).filter(Boolean)).toEqual([expect.stringMatching(/^(YES|NO)$/)]);
    expect((await of('OP0005')).pointsAtIssue.map((p) => p.myVote).filter(Boolean)).toEqual([]);
    const staff = await of('secretariat');
    expect(staff.myStanding).toBeNull();
    expect(staff.pointsAtIssue.map((p) => p.myVote).filter(Boolean)).toEqual([]);

    const DECIDED_STANDING = graphql(`query AdjudicationRulesDecidedStanding { matters(status: DECIDED) { case { registrationNumber } myStanding { recused presides } } }`);
    const chairs = (await ok('OP0002', DECIDED_STANDING)).matters.find((m) => m.case?.registrationNumber === CHAIRS)!;
    expect(chairs.myStanding).toEqual({ recused: true, presides: false });
  });
});
