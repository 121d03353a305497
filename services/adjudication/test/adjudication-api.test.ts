import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { casesTopic, operatorsTopic } from '@registry/contracts';
import { localDateOf } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness, type TypedDocument } from '../../../test/support/subgraph-harness.ts';
import type { CommitteeSeat } from '../src/committee/committee-repository.ts';
import { matters, threads, votes } from '../src/db/schema.ts';
import { createAdjudicationService, migrateAdjudication, type AdjudicationService } from '../src/server.ts';
import { graphql } from './gql/index.ts';

const OBJECTED = 'CTO-2026-00001'; // operated by OP0003, a committee member
const OTHER = 'CTO-2026-00002'; // operated by OP0009, not on the committee
const RESULT = { technicalSuccess: false, procedureSuccess: false, complication: false, indicationAppropriate: true };

graphql(`fragment AdjudicationApiMatterFields on Matter { id status screeningReason
  pointsAtIssue { id number currentRound decision rounds { round closed outcome tally { yes no abstain cast eligible complete outcome tie } votes { member { id } choice } } }
  committeeThread { id } }`);
const RAISE = graphql(`mutation AdjudicationApiRaise($n: RegistrationNumber!, $g: String!) { raiseObjection(registrationNumber: $n, grounds: $g) { ...AdjudicationApiMatterFields } }`);
const SCREEN = graphql(`mutation AdjudicationApiScreen($m: ID!, $d: ScreeningDecision!, $r: String) { screenMatter(matterId: $m, decision: $d, reason: $r) { ...AdjudicationApiMatterFields } }`);
const DECLARE = graphql(`mutation AdjudicationApiDeclare($m: ID!) { declareSession(matterId: $m) { ...AdjudicationApiMatterFields } }`);
const POINTS = graphql(`mutation AdjudicationApiPoints($m: ID!, $p: [String!]!) { postPointsAtIssue(matterId: $m, points: $p) { ...AdjudicationApiMatterFields } }`);
const VOTE = graphql(`mutation AdjudicationApiVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id currentRound decision } }`);
const SECOND = graphql(`mutation AdjudicationApiSecondRound($p: ID!) { callSecondRound(pointId: $p) { id currentRound } }`);
const CLOSE = graphql(`mutation AdjudicationApiClose($p: ID!) { closeVotingRound(pointId: $p) { id decision } }`);
const GET = graphql(`query AdjudicationApiGetMatter($id: ID!) { matter(id: $id) { ...AdjudicationApiMatterFields } }`);
const POST = graphql(`mutation AdjudicationApiPost($t: ID!, $b: String!, $r: ID, $i: ImageLinkInput, $p: ID) {
  postToThread(threadId: $t, body: $b, replyTo: $r, image: $i, pointId: $p) { id kind body image { seriesUid frame } replyTo { id } point { number } }
}`);
const SHORTFALLS = graphql(`query AdjudicationApiShortfalls { committee { shortfalls } }`);
/** The variables of a typed document: optional when it has none required, as `h.as` takes them. */
type Variables<V> = Record<string, never> extends V ? [V?] : [V];

interface Member {
  login: string;
  seat: CommitteeSeat;
  chair?: boolean;
}
const COMMITTEE: Member[] = [
  { login: 'OP0002', seat: 'STEERING', chair: true },
  { login: 'OP0001', seat: 'STEERING' },
  ...['OP0003', 'OP0004', 'OP0005', 'OP0006'].map((login) => ({ login, seat: 'CERTIFIED_OPERATOR' as const })),
  ...['expert-1', 'expert-2', 'expert-3', 'expert-4'].map((login) => ({ login, seat: 'EXTERNAL_EXPERT' as const })),
];

describe('adjudication subgraph API', () => {
  let h: SubgraphHarness<AdjudicationService>;
  const ids = new Map<string, string>();
  const viewer = (login: string): Viewer => {
    const id = ids.get(login) ?? ids.set(login, randomUUID()).get(login)!;
    const operator = login.startsWith('OP');
    const roles: Role[] = [];
    if (operator && login !== 'OP0007') roles.push(Role.Operator);
    if (operator && login === 'OP0007') roles.push(Role.Associate);
    if (login === 'OP0001' || login === 'OP0002') roles.push(Role.Steering);
    if (COMMITTEE.some((m) => m.login === login)) roles.push(login === 'OP0002' ? Role.CommitteeChair : Role.CommitteeMember);
    if (login === 'secretariat') roles.push(Role.Secretariat);
    if (login === 'datacenter') roles.push(Role.DataCenter);
    return { accountId: id, roles, ...(operator ? { operatorId: login } : {}) };
  };
  const as = <T, V>(login: string, query: TypedDocument<T, V>, ...variables: Variables<V>) => h.as(viewer(login), query, ...variables);
  const ok = async <T, V>(login: string, query: TypedDocument<T, V>, ...variables: Variables<V>) => {
    const res = await as(login, query, ...variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const count = async (table: typeof votes | typeof matters | typeof threads) => (await h.handle.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  const sessionOnObjection = async () => {
    const { raiseObjection } = await ok('OP0003', RAISE, { n: OBJECTED, g: 'The distal cap was crossed: technical success.' });
    await ok('OP0001', SCREEN, { m: raiseObjection.id, d: 'ACCEPT' });
    await ok('OP0002', DECLARE, { m: raiseObjection.id });
    const { postPointsAtIssue } = await ok('OP0002', POINTS, { m: raiseObjection.id, p: ['Was the procedure a technical success?', 'Should criterion 4 be clarified?'] });
    return postPointsAtIssue;
  };

  beforeAll(async () => {
    h = await startSubgraph('adjudication', migrateAdjudication, createAdjudicationService);
    await h.handle.db.transaction(async (tx) => {
      await publish(tx, casesTopic, 'CaseRegistered.v1', { registrationNumber: OBJECTED, operatorId: 'OP0003', facilityId: 'F003', domestic: true, registeredOn: '2026-01-10' });
      await publish(tx, casesTopic, 'CaseRegistered.v1', { registrationNumber: OTHER, operatorId: 'OP0009', facilityId: 'F009', domestic: true, registeredOn: '2026-01-11' });
      await publish(tx, casesTopic, 'OfficialResultRecorded.v1', { registrationNumber: OBJECTED, operatorId: 'OP0003', year: 2026, ...RESULT });
    });
    await h.service.catchUp();
    const steering = h.service.contextFor(viewer('OP0001'));
    for (const m of COMMITTEE) {
      await steering.committee.appoint({ accountId: viewer(m.login).accountId!, seat: m.seat, operatorId: viewer(m.login).operatorId, isChair: m.chair ?? false });
    }
  });
  afterAll(() => h.stop());

  it('should refuse a session on a matter the steering committee has not screened, writing nothing [R45]', async () => {
    const { raiseObjection } = await ok('OP0003', RAISE, { n: OBJECTED, g: 'Technical success, see the final run.' });
    const threadsBefore = await count(threads);
    const res = await as('OP0002', DECLARE, { m: raiseObjection.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R45' });
    expect(await count(threads)).toBe(threadsBefore);
    expect((await ok('OP0001', GET, { id: raiseObjection.id })).matter!.status).toBe('SUBMITTED');
    const declined = await ok('OP0001', SCREEN, { m: raiseObjection.id, d: 'DECLINE', r: 'A duplicate of an objection already before the committee.' });
    expect(declined.screenMatter).toMatchObject({ status: 'DECLINED', screeningReason: 'A duplicate of an objection already before the committee.' });
  });

  it('should require a reason to answer or decline a matter, and only from the steering committee [R45]', async () => {
    const { raiseObjection } = await ok('OP0003', RAISE, { n: OBJECTED, g: 'Grounds.' });
    expect((await as('OP0001', SCREEN, { m: raiseObjection.id, d: 'ANSWER' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await as('OP0004', SCREEN, { m: raiseObjection.id, d: 'ACCEPT' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('should take objections only from the case’s operator, to an official result [R28a]', async () => {
    expect((await as('OP0004', RAISE, { n: OBJECTED, g: 'Not mine.' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const before = await count(matters);
    const res = await as('OP0009', RAISE, { n: OTHER, g: 'No official result yet.' });
    expect(res.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|RULE_VIOLATION/);
    expect(await count(matters)).toBe(before);
  });

  it('should take a data-center question from the data center only [R45]', async () => {
    const ASK = graphql(`mutation AdjudicationApiAskDataCenter($n: RegistrationNumber) {
      askDataCenterQuestion(question: "Is a retrograde crossing after antegrade failure a technical success?", registrationNumber: $n) { kind status case { registrationNumber } }
    }`);
    expect((await as('OP0004', ASK, { n: OTHER })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await ok('datacenter', ASK, { n: OTHER })).askDataCenterQuestion).toEqual({ kind: 'DATA_CENTER_QUESTION', status: 'SUBMITTED', case: { registrationNumber: OTHER } });
  });

  it('should refuse a session while the committee falls short, naming what is missing [R44]', async () => {
    const { raiseObjection } = await ok('OP0003', RAISE, { n: OBJECTED, g: 'Grounds.' });
    await ok('OP0001', SCREEN, { m: raiseObjection.id, d: 'ACCEPT' });
    await ok('OP0001', graphql(`mutation AdjudicationApiRemoveMember($a: ID!) { removeCommitteeMember(accountId: $a) { shortfalls } }`), { a: ids.get('expert-4')! });
    const res = await as('OP0002', DECLARE, { m: raiseObjection.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R44' });
    expect(res.errors?.[0]?.message).toContain('1 more external expert(s): 3 of at least 4');
    expect((await ok('OP0001', GET, { id: raiseObjection.id })).matter).toMatchObject({ status: 'ACCEPTED', committeeThread: null });
    await ok('OP0001', graphql(`mutation AdjudicationApiAppointMember($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { shortfalls } }`), {
      i: { accountId: ids.get('expert-4')!, seat: 'EXTERNAL_EXPERT' },
    });
    expect((await ok('OP0002', DECLARE, { m: raiseObjection.id })).declareSession.status).toBe('IN_SESSION');
  });

  it('should require every current steering member announced by the operators subgraph [R36][R44]', async () => {
    const newcomer = randomUUID();
    const term = (accountId: string, to: string | null) => ({ accountId, from: '2025-04-01', to });
    await h.handle.db.transaction(async (tx) => {
      for (const login of ['OP0001', 'OP0002']) await publish(tx, operatorsTopic, 'SteeringTermsChanged.v1', term(ids.get(login)!, null));
      await publish(tx, operatorsTopic, 'SteeringTermsChanged.v1', term(newcomer, null));
    });
    await h.service.catchUp();
    const short = await ok('OP0004', SHORTFALLS);
    expect(short.committee.shortfalls).toEqual([`1 current steering member(s) not seated (${newcomer}) [R44]`]);
    await h.handle.db.transaction((tx) => publish(tx, operatorsTopic, 'SteeringTermsChanged.v1', term(newcomer, '2025-12-31')));
    await h.service.catchUp();
    expect((await ok('OP0004', SHORTFALLS)).committee.shortfalls).toEqual([]);
  });

  it('should refuse votes by the recused operator, a non-member, twice in a round, and on a closed round, writing nothing [R44][R48][R49]', async () => {
    const matter = await sessionOnObjection();
    const [p1, p2] = matter.pointsAtIssue;
    const before = await count(votes);
    expect((await as('OP0003', VOTE, { p: p1!.id, c: 'YES' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    expect((await as('OP0009', VOTE, { p: p1!.id, c: 'YES' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    await ok('expert-1', VOTE, { p: p2!.id, c: 'YES' });
    expect((await as('expert-1', VOTE, { p: p2!.id, c: 'NO' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R48' });
    expect(await count(votes)).toBe(before + 1);
  });

  it('should hold one opinion per member per point per round in the database itself [R48]', async () => {
    const matter = await sessionOnObjection();
    const pointId = matter.pointsAtIssue[0]!.id;
    const row = { pointId, round: 1, memberAccountId: ids.get('expert-2')!, choice: 'YES' } as const;
    await h.handle.db.insert(votes).values({ id: randomUUID(), ...row });
    await expect(h.handle.db.insert(votes).values({ id: randomUUID(), ...row })).rejects.toThrow();
  });

  it('should ask again after a split, let the majority decide the second round, and publish who voted what only once decided [R48][R28b]', async () => {
    const matter = await sessionOnObjection();
    const [p1, p2] = matter.pointsAtIssue;
    const eligible = COMMITTEE.map((m) => m.login).filter((l) => l !== 'OP0003');
    for (const [i, login] of eligible.entries()) await ok(login, VOTE, { p: p1!.id, c: i < 6 ? 'YES' : 'NO' });
    let state = (await ok('OP0004', GET, { id: matter.id })).matter!;
    expect(state.pointsAtIssue[0]!.rounds).toEqual([
      { round: 1, closed: true, outcome: 'SPLIT', tally: { yes: 6, no: 3, abstain: 0, cast: 9, eligible: 9, complete: true, outcome: 'SPLIT', tie: false }, votes: null },
    ]);
    expect((await as('OP0004', VOTE, { p: p1!.id, c: 'YES' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R48' });
    expect((await as('OP0002', SECOND, { p: p1!.id })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await ok('secretariat', SECOND, { p: p1!.id })).callSecondRound.currentRound).toBe(2);
    for (const [i, login] of eligible.entries()) await ok(login, VOTE, { p: p1!.id, c: i < 5 ? 'YES' : 'NO' });
    // The chair closes the second point early, but only with a quorum.
    for (const login of eligible.slice(0, 4)) await ok(login, VOTE, { p: p2!.id, c: 'NO' });
    expect((await as('OP0002', CLOSE, { p: p2!.id })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R48' });
    await ok(eligible[4]!, VOTE, { p: p2!.id, c: 'ABSTAIN' });
    expect((await ok('OP0002', CLOSE, { p: p2!.id })).closeVotingRound.decision).toBe('REJECTED');
    state = (await ok('OP0004', GET, { id: matter.id })).matter!;
    expect(state.pointsAtIssue.map((p) => p.decision)).toEqual(['ADOPTED', 'REJECTED']);
    expect(state.pointsAtIssue[0]!.rounds[1]!.tally).toMatchObject({ yes: 5, no: 4, outcome: 'ADOPTED' });

    const decide = await ok('OP0002', graphql(`mutation AdjudicationApiDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } matter { status pointsAtIssue { rounds { votes { member { id } choice } } } } } }`), {
      i: { matterId: matter.id, decision: 'Upheld.', reasoning: 'The distal true lumen was reached.', answer: 'Your objection is upheld.', resultChanges: [{ field: 'TECHNICAL_SUCCESS', to: true }] },
    });
    expect(decide.decideMatter.resultChanges).toEqual([{ field: 'TECHNICAL_SUCCESS', from: false, to: true }]);
    expect(decide.decideMatter.matter.pointsAtIssue[0]!.rounds[0]!.votes).toHaveLength(9);
    const events = await h.bus.read('adjudication', 0, 1000);
    expect(events.filter((e) => e.type === 'RulingChangedResult.v1').at(-1)?.payload).toEqual({
      registrationNumber: OBJECTED,
      matterId: matter.id,
      rulingId: decide.decideMatter.id,
      changes: [{ field: 'technicalSuccess', from: false, to: true }],
    });
    const before = await count(votes);
    expect((await as('OP0004', VOTE, { p: p2!.id, c: 'YES' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R48' });
    expect(await count(votes)).toBe(before);
    const anonymous = await h.as({ roles: [] }, graphql(`query AdjudicationPublicRulings { rulings { id decision answer registrationNumber } }`));
    expect(anonymous.data!.rulings).toContainEqual({ id: decide.decideMatter.id, decision: 'Upheld.', answer: 'Your objection is upheld.', registrationNumber: OBJECTED });
  });

  it('should leave things as they are on a second-round tie [R48]', async () => {
    const { referCriteriaQuestion } = await ok('OP0001', graphql(`mutation AdjudicationApiReferQuestion { referCriteriaQuestion(question: "Does a side-branch loss count as a complication?") { id } }`));
    await ok('OP0001', SCREEN, { m: referCriteriaQuestion.id, d: 'ACCEPT' });
    await ok('OP0002', DECLARE, { m: referCriteriaQuestion.id });
    const { postPointsAtIssue } = await ok('OP0002', POINTS, { m: referCriteriaQuestion.id, p: ['A side-branch loss is a complication.'] });
    const pointId = postPointsAtIssue.pointsAtIssue[0]!.id;
    const all = COMMITTEE.map((m) => m.login);
    for (const [i, login] of all.entries()) await ok(login, VOTE, { p: pointId, c: i % 2 === 0 ? 'YES' : 'NO' });
    await ok('secretariat', SECOND, { p: pointId });
    for (const [i, login] of all.entries()) await ok(login, VOTE, { p: pointId, c: i % 2 === 0 ? 'YES' : 'NO' });
    const state = (await ok('OP0004', GET, { id: referCriteriaQuestion.id })).matter!;
    expect(state.pointsAtIssue[0]!.decision).toBe('REJECTED');
    expect(state.pointsAtIssue[0]!.rounds[1]!.tally).toMatchObject({ yes: 5, no: 5, eligible: 10, tie: true, outcome: 'REJECTED' });
  });

  it('should let only members in session post in the group thread, never the case’s operator, whose opinion is relayed as such [R47][R49]', async () => {
    const matter = await sessionOnObjection();
    const threadId = matter.committeeThread!.id;
    expect((await as('OP0003', POST, { t: threadId, b: 'Mine.' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });
    expect((await as('OP0009', POST, { t: threadId, b: 'Not a member.' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const posted = await ok('expert-3', POST, { t: threadId, b: 'The final run shows flow.', p: matter.pointsAtIssue[0]!.id, i: { seriesUid: '1.2.3', frame: 41 } });
    expect(posted.postToThread).toMatchObject({ kind: 'COMMITTEE', point: { number: 1 }, image: { seriesUid: '1.2.3', frame: 41 } });
    const relayed = await ok('secretariat', graphql(`mutation AdjudicationApiRelay($m: ID!) { relayOperatorOpinion(matterId: $m, body: "The wire was in the distal true lumen.") { kind onBehalfOf { id } } }`), { m: matter.id });
    expect(relayed.relayOperatorOpinion).toEqual({ kind: 'OPERATOR_OPINION', onBehalfOf: { id: 'OP0003' } });
    const read = await ok('OP0009', graphql(`query AdjudicationApiCommitteeSeats { committee { members { seat } } }`));
    expect(read.committee.members).toHaveLength(10);
  });

  it('should let certified operators ask, reply and link frames, notify the case’s operator, and keep edit history [R6][R24]', async () => {
    const CASE_THREAD = graphql(`query AdjudicationApiCaseThread($c: _Any!) { _entities(representations: [$c]) { ... on Case { discussion { id } } } }`);
    const thread = (await ok('OP0004', CASE_THREAD, { c: { __typename: 'Case', registrationNumber: OTHER } }))._entities[0]!.discussion!;
    expect((await as('secretariat', POST, { t: thread.id, b: 'Staff may not post.' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const question = (await ok('OP0004', POST, { t: thread.id, b: 'Which wire crossed the cap?', i: { seriesUid: '1.2.840.1', frame: 12 } })).postToThread;
    const answer = (await ok('OP0009', POST, { t: thread.id, b: 'A Gaia Second.', r: question.id })).postToThread;
    expect(answer.replyTo).toEqual({ id: question.id });
    expect((await as('OP0005', graphql(`mutation AdjudicationApiEditOthers($p: ID!) { editPost(postId: $p, body: "x") { id } }`), { p: question.id })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const edited = await ok('OP0004', graphql(`mutation AdjudicationApiEdit($p: ID!) { editPost(postId: $p, body: "Which wire crossed the proximal cap?") { body editedAt revisions { revision body } } }`), { p: question.id });
    expect(edited.editPost).toMatchObject({ body: 'Which wire crossed the proximal cap?', revisions: [{ revision: 1, body: 'Which wire crossed the cap?' }] });
    const mine = await ok('OP0009', graphql(`query AdjudicationApiUnread { myNotifications(unreadOnly: true) { id kind read post { id } } }`));
    expect(mine.myNotifications).toEqual([{ id: expect.any(String), kind: 'QUESTION_ASKED', read: false, post: { id: question.id } }]);
    await ok('OP0009', graphql(`mutation AdjudicationApiMarkRead($id: ID!) { markNotificationRead(id: $id) { read } }`), { id: mine.myNotifications[0]!.id });
    expect((await ok('OP0009', graphql(`query AdjudicationApiUnreadIds { myNotifications(unreadOnly: true) { id } }`))).myNotifications).toEqual([]);
  });

  it('should number criteria versions, publish them for the core lab, and refuse anyone but the chair [R24][R45]', async () => {
    const PUBLISH = graphql(`mutation AdjudicationApiPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom } }`);
    const day = localDateOf(new Date());
    expect((await as('OP0001', PUBLISH, { i: { title: 'x', body: 'y', effectiveFrom: day } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await as('OP0002', PUBLISH, { i: { title: 'x', body: 'y', effectiveFrom: '2020-01-01' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    const v1 = await ok('OP0002', PUBLISH, { i: { title: 'J-CTO criteria', body: 'Technical success is…', effectiveFrom: day } });
    const v2 = await ok('OP0002', PUBLISH, { i: { title: 'J-CTO criteria, rev.', body: 'Technical success is…, side branches…', effectiveFrom: '2099-01-01' } });
    expect([v1.publishCriteriaVersion.version, v2.publishCriteriaVersion.version]).toEqual([1, 2]);
    expect((await h.as({ roles: [] }, graphql(`query AdjudicationCriteriaInEffect { criteriaInEffect { version } }`))).data!.criteriaInEffect).toEqual({ version: 1 });
    expect((await h.bus.read('criteria', 0, 10)).map((e) => e.payload)).toEqual([
      { version: 1, effectiveFrom: day, title: 'J-CTO criteria' },
      { version: 2, effectiveFrom: '2099-01-01', title: 'J-CTO criteria, rev.' },
    ]);
  });
});
