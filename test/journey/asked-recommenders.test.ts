import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const FILE = graphql(`mutation AskedFile($input: ApplicationInput!) { fileApplication(input: $input) { id askedRecommenders { id name } } }`);
const AWAITING = graphql(`query AskedAwaiting($first: Int, $after: ID) {
  applicationsAwaitingMyRecommendation(first: $first, after: $after) { id applicantName ctoExperience facility { name } } }`);
const APPLICATION = graphql(`query AskedApplication($id: ID!) { application(id: $id) { applicantName askedRecommenders { id } recommendations { recommender { id } } } }`);
const RECOMMEND = graphql(`mutation AskedRecommend($id: ID!, $letter: String!) { recommendApplication(applicationId: $id, letter: $letter) { id } }`);

// An applicant names the certified operators they ask; each finds the application on their
// home page, reads it, writes the letter, and it leaves their list [R11].
describe('applications waiting for a certified operator’s letter, through the gateway [R11]', () => {
  let t: TestRegistry;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestRegistry();
  });
  afterAll(() => t.stop());

  it('[R11] should file, with no token, an application naming the two certified operators asked', async () => {
    const res = await t.gql(FILE, { variables: { input: { applicantName: 'Nana Ueda', facilityId: 'F005', ctoExperience: 350, recommenderIds: ['OP0003', 'OP0004'] } } });
    expect(res.errors).toBeUndefined();
    applicationId = res.data!.fileApplication.id;
    expect(res.data!.fileApplication.askedRecommenders).toEqual([{ id: 'OP0003', name: 'Kenji Sato' }, { id: 'OP0004', name: 'Yuki Tanaka' }]);
  });

  it('[R11] should refuse to name an associate as a recommender, at the name', async () => {
    const res = await t.gql(FILE, { variables: { input: { applicantName: 'Nana Ueda', facilityId: 'F005', ctoExperience: 350, recommenderIds: ['OP0007'] } } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R11', field: 'input.recommenderIds.0' });
  });

  it('[R11] should list the application for each operator asked until their letter is given, and for no one else', async () => {
    const [sato, tanaka, ito] = await Promise.all(['OP0003', 'OP0004', 'OP0005'].map((id) => t.login(id)));
    const waiting = async (token: string) => (await t.gql(AWAITING, { token, variables: { first: 10 } })).data!.applicationsAwaitingMyRecommendation.map((a) => a.id);
    expect(await waiting(sato!)).toContain(applicationId);
    expect(await waiting(tanaka!)).toContain(applicationId);
    expect(await waiting(ito!)).not.toContain(applicationId);

    const read = await t.gql(APPLICATION, { token: sato!, variables: { id: applicationId } });
    expect(read.data!.application).toMatchObject({ applicantName: 'Nana Ueda', askedRecommenders: [{ id: 'OP0003' }, { id: 'OP0004' }], recommendations: [] });
    expect((await t.gql(RECOMMEND, { token: sato!, variables: { id: applicationId, letter: '手技を直接確認しています。' } })).errors).toBeUndefined();
    expect(await waiting(sato!)).not.toContain(applicationId);
    expect(await waiting(tanaka!)).toContain(applicationId);
  });
});
