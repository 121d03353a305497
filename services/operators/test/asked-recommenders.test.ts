import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { footprint, ruleOf, startOperators, viewers, type Harness } from './kit.ts';

const FILE = graphql(`mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id } } }`);
const AWAITING = graphql(`query AskedAwaiting($first: Int, $after: ID) { applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName } }`);
const RECOMMEND = graphql(`mutation AskedRecommend($id: ID!) { recommendApplication(applicationId: $id, letter: "I have watched her work for years.") { id } }`);
const REJECT = graphql(`mutation AskedReject($id: ID!) { rejectApplication(applicationId: $id, reason: "Withdrawn by the applicant") { id } }`);

// The certified operators an applicant asks to recommend them, named when filing, and each
// one's list of the applications waiting for their letter [R11].
describe('the operators an applicant asks to recommend them [R11]', () => {
  let h: Harness;
  let v: ReturnType<typeof viewers>;
  const input = (applicantName: string, recommenderIds: string[]) => ({ input: { applicantName, facilityId: 'F002', ctoExperience: 320, recommenderIds } });
  const awaiting = async (viewer: (typeof v)['op3'], variables: { first?: number; after?: string } = {}) => {
    const res = await h.as(viewer, AWAITING, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.applicationsAwaitingMyRecommendation.map((a) => a.applicantName);
  };

  beforeAll(async () => {
    const started = await startOperators();
    h = started.h;
    v = viewers(started.accounts);
  });
  afterAll(() => h.stop());

  it('[R11] should record the certified operators the applicant names when filing without a token', async () => {
    const res = await h.as(v.anonymous, FILE, input('Aya Mori', ['OP0004', 'OP0003']));
    expect(res.errors).toBeUndefined();
    expect(res.data!.fileApplication.askedRecommenders).toEqual([{ id: 'OP0003' }, { id: 'OP0004' }]);
  });

  it('[R11] should refuse to ask anyone but a certified operator, unknown IDs, the same one twice or more than five, at the name, writing nothing', async () => {
    const before = await footprint(h);
    const refused = async (ids: string[]) => (await h.as(v.anonymous, FILE, input('Rin Abe', ids))).errors?.[0];
    expect(await refused(['OP0003', 'OP0007'])).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R11', field: 'input.recommenderIds.1' } });
    expect(await refused(['OP0009'])).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R11' } });
    expect(await refused(['OP0003', 'OP9999'])).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.recommenderIds.1' } });
    expect(await refused(['OP0003', 'OP0003'])).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.recommenderIds.1' } });
    expect(await refused(['OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006'])).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.recommenderIds' } });
    expect(await footprint(h)).toEqual(before);
  });

  it('[R11] should refuse an applicant asking themselves (same name at the same facility)', async () => {
    const res = await h.as(v.anonymous, FILE, { input: { applicantName: 'Kenji Sato', facilityId: 'F003', ctoExperience: 900, recommenderIds: ['OP0003'] } });
    expect(ruleOf(res)).toBe('R11');
  });

  it('[R11] should list, for each operator asked, the undecided applications without their letter, oldest first and paged; a letter or a decision takes it off', async () => {
    const filed: { id: string; name: string }[] = [];
    for (const name of ['Ban Ko', 'Chie Do', 'Eri Fu']) {
      filed.push({ id: (await h.as(v.anonymous, FILE, input(name, ['OP0005']))).data!.fileApplication.id, name });
    }
    // Filed on one day: the key breaks the tie, as `applications` orders them.
    const order = [...filed].sort((a, b) => a.id.localeCompare(b.id)).map((a) => a.name);
    expect(await awaiting(v.op3)).toEqual(['Aya Mori']);
    expect(await awaiting(v.op5)).toEqual(order);
    const firstTwo = (await h.as(v.op5, AWAITING, { first: 2 })).data!.applicationsAwaitingMyRecommendation;
    expect(firstTwo.map((a) => a.applicantName)).toEqual(order.slice(0, 2));
    expect(await awaiting(v.op5, { first: 2, after: firstTwo[1]!.id })).toEqual(order.slice(2));

    expect((await h.as(v.op5, RECOMMEND, { id: filed[0]!.id })).errors).toBeUndefined();
    expect((await h.as(v.steering, REJECT, { id: filed[1]!.id })).errors).toBeUndefined();
    expect(await awaiting(v.op5)).toEqual(['Eri Fu']);
    // Not asked: nothing waits for them.
    expect(await awaiting(v.steering2)).toEqual([]);
  });

  it('[R11] should answer the list only to a certified operator', async () => {
    expect((await h.as(v.associate7, AWAITING)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await h.as(v.secretariat, AWAITING)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await h.as(v.anonymous, AWAITING)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
