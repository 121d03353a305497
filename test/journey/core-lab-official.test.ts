import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, startTestRegistry, type TestRegistry, untilLive } from '../support/harness.ts';
import { graphql } from '../gql/index.ts';
import type { CoreLabJudgementInput } from '../gql/graphql.ts';


const READ = graphql(`mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) { submitCoreLabRead(registrationNumber: $n, judgement: $j) { status } }`);
const VIEWER = graphql(`query CoreLabOfficialViewer { viewer { id } }`);
const JUDGEMENT: CoreLabJudgementInput = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: false, calcification: true, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 20, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};
const NOTICES = graphql(`subscription CoreLabOfficialNotices($after: String) { officialResultRecorded(after: $after) { registrationNumber outcomes { technicalSuccess procedureSuccess } } }`);

describe('a result becoming official, through the gateway [R26][R27][R28a]', () => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry();
  });
  afterAll(() => t.stop());

  it('should reach the case\'s operator live, and no other operator, once both blind reads agree', async () => {
    // `collect` posts the document's text; the answer is typed by the generated subscription type.
    const owner = collect(t.ws(await t.login('OP0002')), NOTICES, {});
    const other = collect(t.ws(await t.login('OP0004')), NOTICES, {});
    await untilLive(t, 2);
    // CTO-2026-00002 is OP0002's case; read it with its two assigned readers
    const supervisor = await t.login('corelab-supervisor');
    const assigned = await t.gql(graphql(`query CoreLabOfficialAssignments { coreLabCase(registrationNumber: "CTO-2026-00002") { assignments { readerId } } }`), { token: supervisor });
    const tokens = new Map<string, string>();
    for (const login of ['corelab-reader-1', 'corelab-reader-2']) {
      const token = await t.login(login);
      tokens.set((await t.gql(VIEWER, { token })).data!.viewer!.id, token);
    }
    for (const { readerId } of assigned.data!.coreLabCase!.assignments!) {
      const res = await t.gql(READ, { token: tokens.get(readerId)!, variables: { n: 'CTO-2026-00002', j: JUDGEMENT } });
      expect(res.errors).toBeUndefined();
    }
    const [notice] = await owner.take(1);
    expect(notice!.data!.officialResultRecorded).toEqual({ registrationNumber: 'CTO-2026-00002', outcomes: { technicalSuccess: true, procedureSuccess: true } });
    await new Promise((r) => setTimeout(r, 300));
    expect(other.events).toHaveLength(0);

    // The operator's comparison: the official value beside their own, differences marked [R28a]
    const view = await t.gql(graphql(`query CoreLabOfficialComparison { case(registrationNumber: "CTO-2026-00002") { coreLabComparison { field official operator differs } } }`), { token: await t.login('OP0002') });
    expect(view.errors).toBeUndefined();
    expect(view.data!.case!.coreLabComparison!.map((r) => r.field)).toContain('residualStenosis');
    owner.dispose();
    other.dispose();
  });
});
