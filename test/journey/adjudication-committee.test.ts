import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '@registry/calendar';
import { collect, eventually, startTestRegistry, type TestRegistry } from '../support/harness.ts';
import type { CoreLabJudgementInput, TypedDocumentString } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

const TALLY = graphql(`subscription CommitteeJourneyTally($m: ID!, $after: String) {
  matterTallyUpdated(matterId: $m, after: $after) { event pointNumber round decision cursor tally { yes no abstain cast eligible complete outcome tie } }
}`);
const STATUS = graphql(`subscription CommitteeJourneyStatus($m: ID, $after: String) { matterStatusChanged(matterId: $m, after: $after) { matterId from to cursor case { registrationNumber } } }`);
const VOTE = graphql(`mutation CommitteeJourneyVote($p: ID!, $c: VoteChoice!) { castVote(pointId: $p, choice: $c) { id } }`);

const MEMBERS = ['OP0002', 'OP0001', 'OP0003', 'OP0004', 'OP0005', 'OP0006', 'expert-1', 'expert-2', 'expert-3', 'expert-4'];

const READ = graphql(`mutation CommitteeJourneyRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status reads { criteriaVersion } } }`);
const ASSIGNMENTS = graphql(`query CommitteeJourneyAssignments($n: RegistrationNumber!) { coreLabCase(registrationNumber: $n) { assignments { readerId } } }`);
const JUDGEMENT: CoreLabJudgementInput = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};

describe('an objection through the committee, live through the gateway', () => {
  let t: TestRegistry;
  const accountIdOf = async (login: string) => (await t.gql(graphql(`query CommitteeJourneyViewer { viewer { id } }`), { token: tokens.get(login)! })).data!.viewer!.id;
  const tokens = new Map<string, string>();
  const as = async <T, V>(login: string | null, query: TypedDocumentString<T, V>, variables?: V) => {
    const res = await t.gql(query, { variables, ...(login ? { token: tokens.get(login)! } : {}) });
    return res;
  };
  const ok = async <T, V>(login: string | null, query: TypedDocumentString<T, V>, variables?: V) => {
    const res = await as(login, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    t = await startTestRegistry();
    for (const login of [...MEMBERS, 'secretariat', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor']) tokens.set(login, await t.login(login));
  });
  afterAll(() => t.stop());

  it('should take a blind official result through an objection, live votes and a ruling to the case, and the next read to the new criteria [R24]–[R28][R44]–[R49]', async () => {
    // The operator's case, read blind by its two assigned readers: the result becomes official [R26][R27].
    const registrationNumber = 'CTO-2026-00003';
    const readers = await ok('corelab-supervisor', ASSIGNMENTS, { n: registrationNumber });
    const readerLogins = new Map([[await accountIdOf('corelab-reader-1'), 'corelab-reader-1'], [await accountIdOf('corelab-reader-2'), 'corelab-reader-2']]);
    for (const { readerId } of readers.coreLabCase!.assignments!) {
      await ok(readerLogins.get(readerId)!, READ, { n: registrationNumber, j: { ...JUDGEMENT, technicalSuccess: false } });
    }
    await t.registry.settle();
    const OFFICIAL = graphql(`query CommitteeJourneyOfficialResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { criteriaVersion outcomes { technicalSuccess } } } }`);
    const official = await ok('OP0003', OFFICIAL, { n: registrationNumber });
    expect(official.case!.officialResult).toEqual({ criteriaVersion: 1, outcomes: { technicalSuccess: false } });

    // From the topic's start (`after: "0"`), as the web application subscribes: a subscription
    // without `after` is live only once the gateway's upstream is, which nothing acknowledges.
    const statuses = collect(t.ws(tokens.get('OP0004')), STATUS, { after: '0' });

    // Objection [R28a] → screening [R45] → session [R46] → points at issue [R46].
    const RAISE = graphql(`mutation CommitteeJourneyRaise($n: RegistrationNumber!) {
      raiseObjection(registrationNumber: $n, grounds: "The wire reached the distal true lumen; the final run shows TIMI 3.") { id status }
    }`);
    const objection = await ok('OP0003', RAISE, { n: registrationNumber });
    const matterId: string = objection.raiseObjection.id;
    expect(objection.raiseObjection.status).toBe('SUBMITTED');
    const early = await as('OP0002', graphql(`mutation CommitteeJourneyDeclareEarly($m: ID!) { declareSession(matterId: $m) { id } }`), { m: matterId });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R45' });
    await ok('OP0001', graphql(`mutation CommitteeJourneyScreen($m: ID!) { screenMatter(matterId: $m, decision: ACCEPT) { status } }`), { m: matterId });
    await ok('OP0002', graphql(`mutation CommitteeJourneyDeclare($m: ID!) { declareSession(matterId: $m) { status } }`), { m: matterId });
    const POINTS = graphql(`mutation CommitteeJourneyPoints($m: ID!) {
      postPointsAtIssue(matterId: $m, points: ["The procedure was a technical success."]) { pointsAtIssue { id } committeeThread { id } }
    }`);
    const posted = await ok('OP0002', POINTS, { m: matterId });
    const pointId: string = posted.postPointsAtIssue.pointsAtIssue[0]!.id;

    // The points appear on the case [R46]; the group thread is read by every certified operator [R47].
    const ON_CASE = graphql(`query CommitteeJourneyCaseMatters($n: RegistrationNumber!) { case(registrationNumber: $n) { matters { id status pointsAtIssue { number text } } } }`);
    const onCase = await ok('OP0006', ON_CASE, { n: registrationNumber });
    expect(onCase.case!.matters).toContainEqual({ id: matterId, status: 'IN_SESSION', pointsAtIssue: [{ number: 1, text: 'The procedure was a technical success.' }] });

    // Live tallies on subscribers of different scopes [R48].
    const operator = collect(t.ws(tokens.get('OP0004')), TALLY, { m: matterId, after: '0' });
    const expert = collect(t.ws(tokens.get('expert-1')), TALLY, { m: matterId, after: '0' });
    const secretariat = collect(t.ws(tokens.get('secretariat')), TALLY, { m: matterId, after: '0' });

    // The case's operator sits on the committee but is recused [R49].
    const recused = await as('OP0003', VOTE, { p: pointId, c: 'YES' });
    expect(recused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R49' });

    const eligible = MEMBERS.filter((m) => m !== 'OP0003');
    for (const [i, login] of eligible.entries()) await ok(login, VOTE, { p: pointId, c: i < 6 ? 'YES' : 'NO' });
    for (const sub of [operator, expert, secretariat]) {
      const events = await sub.take(9);
      expect(events.map((e) => e.data!.matterTallyUpdated.tally.cast)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(events[8]!.data!.matterTallyUpdated).toMatchObject({ round: 1, decision: null, tally: { yes: 6, no: 3, eligible: 9, complete: true, outcome: 'SPLIT' } });
    }

    // Split → the secretariat asks every member again: a second round with its own record [R48].
    await ok('secretariat', graphql(`mutation CommitteeJourneySecondRound($p: ID!) { callSecondRound(pointId: $p) { currentRound } }`), { p: pointId });
    for (const [i, login] of eligible.entries()) await ok(login, VOTE, { p: pointId, c: i < 5 ? 'YES' : 'NO' });
    for (const sub of [operator, expert, secretariat]) {
      const events = await sub.take(19);
      expect(events[9]!.data!.matterTallyUpdated).toMatchObject({ event: 'SECOND_ROUND_CALLED', round: 2, tally: { cast: 0 } });
      expect(events[18]!.data!.matterTallyUpdated).toMatchObject({ round: 2, decision: 'ADOPTED', tally: { yes: 5, no: 4, complete: true, outcome: 'ADOPTED' } });
    }

    // A subscriber that reconnects with `after` misses nothing and sees nothing twice.
    const fifth = operator.events[4]!.data!.matterTallyUpdated.cursor;
    const resumed = collect(t.ws(tokens.get('OP0005')), TALLY, { m: matterId, after: fifth });
    const replay = await resumed.take(14);
    expect(replay.map((e) => e.data!.matterTallyUpdated.cursor)).toEqual(operator.events.slice(5, 19).map((e) => e.data!.matterTallyUpdated.cursor));

    // Before the decision, who voted what is not public [R28b].
    const hidden = await ok('OP0006', graphql(`query CommitteeJourneyHiddenVotes($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { choice } } } } }`), { m: matterId });
    expect(hidden.matter!.pointsAtIssue[0]!.rounds.map((r) => r.votes)).toEqual([null, null]);

    // The decision, its reasoning and the answer, published; the result change announced for the cases subgraph [R24][R28a].
    const decided = await ok('OP0002', graphql(`mutation CommitteeJourneyDecide($i: DecideMatterInput!) { decideMatter(input: $i) { id resultChanges { field from to } } }`), {
      i: {
        matterId,
        decision: 'The objection is upheld: technical success.',
        reasoning: 'A majority found the distal true lumen reached with TIMI 3 flow on the final run.',
        answer: 'Your objection is upheld; the official result records technical success.',
        resultChanges: [{ field: 'TECHNICAL_SUCCESS', to: true }],
      },
    });
    const rulingId: string = decided.decideMatter.id;
    const changed = (await t.registry.bus.read('adjudication', 0, 1000)).find((e) => e.type === 'RulingChangedResult.v1');
    expect(changed?.payload).toEqual({ registrationNumber, matterId, rulingId, changes: [{ field: 'technicalSuccess', from: false, to: true }] });

    const PUBLIC_RULINGS = graphql(`query CommitteeJourneyPublicRulings { rulings { id registrationNumber decision reasoning answer matter { status pointsAtIssue { decision rounds { tally { yes no } } } } } }`);
    const publicView = await ok(null, PUBLIC_RULINGS);
    expect(publicView.rulings).toContainEqual({
      id: rulingId,
      registrationNumber,
      decision: 'The objection is upheld: technical success.',
      reasoning: 'A majority found the distal true lumen reached with TIMI 3 flow on the final run.',
      answer: 'Your objection is upheld; the official result records technical success.',
      matter: { status: 'DECIDED', pointsAtIssue: [{ decision: 'ADOPTED', rounds: [{ tally: { yes: 6, no: 3 } }, { tally: { yes: 5, no: 4 } }] }] },
    });
    const record = await ok('OP0006', graphql(`query CommitteeJourneyVoteRecord($m: ID!) { matter(id: $m) { pointsAtIssue { rounds { votes { member { name } choice } } } } }`), { m: matterId });
    expect(record.matter!.pointsAtIssue[0]!.rounds[1]!.votes).toHaveLength(9);
    expect(record.matter!.pointsAtIssue[0]!.rounds[1]!.votes).toContainEqual({ member: { name: 'Makoto Shimizu' }, choice: 'NO' });
    const closed = await as('OP0004', VOTE, { p: pointId, c: 'NO' });
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R48' });

    // Every status change reached the status subscriber, in order.
    const ofMatter = () => statuses.events.filter((e) => e.data!.matterStatusChanged.matterId === matterId);
    await eventually(() => ofMatter().length >= 4);
    expect(ofMatter().map((e) => e.data!.matterStatusChanged.to)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'IN_SESSION',
      'DECIDED',
    ]);

    // A new criteria version from the ruling, announced to the core lab on the bus [R24][R45].
    const today = localDateOf(new Date());
    const version = await ok('OP0002', graphql(`mutation CommitteeJourneyPublishCriteria($i: PublishCriteriaVersionInput!) { publishCriteriaVersion(input: $i) { version effectiveFrom ruling { id } } }`), {
      i: { title: 'Technical success', body: 'Technical success: the guidewire in the distal true lumen with TIMI 3 flow.', effectiveFrom: today, rulingId },
    });
    expect(version.publishCriteriaVersion).toEqual({ version: 2, effectiveFrom: today, ruling: { id: rulingId } });
    expect((await t.registry.bus.read('criteria', 0, 10)).map((e) => e.payload)).toContainEqual({ version: 2, effectiveFrom: today, title: 'Technical success' });
    await t.registry.settle();

    // The ruling is recorded on the case, and the result announced again [R28b].
    const CHANGED = graphql(`query CommitteeJourneyChangedResult($n: RegistrationNumber!) { case(registrationNumber: $n) { officialResult { outcomes { technicalSuccess } changes { rulingId field to } } } }`);
    const changedCase = await ok('OP0003', CHANGED, { n: registrationNumber });
    expect(changedCase.case!.officialResult).toEqual({ outcomes: { technicalSuccess: true }, changes: [{ rulingId, field: 'technicalSuccess', to: 'true' }] });

    // The next core-lab read records the new criteria version [R24][R28a].
    const next = 'CTO-2026-00005';
    const nextReaders = await ok('corelab-supervisor', ASSIGNMENTS, { n: next });
    const [firstReader] = nextReaders.coreLabCase!.assignments!;
    const read = await ok(readerLogins.get(firstReader!.readerId)!, READ, { n: next, j: JUDGEMENT });
    expect(read.submitCoreLabRead.reads).toEqual([{ criteriaVersion: 2 }]);
    for (const sub of [operator, expert, secretariat, resumed, statuses]) sub.dispose();
  });
});
