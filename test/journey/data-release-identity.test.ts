import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as age from 'age-encryption';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const File = graphql(`mutation IdentityFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id asksIdentity identityApproved } }`);
const Review = graphql(`mutation IdentityReview($id: ID!, $decision: DataRequestDecision!, $reason: String, $approveIdentity: Boolean) {
  reviewDataRequest(id: $id, decision: $decision, reason: $reason, approveIdentity: $approveIdentity) { status identityApproved history { to reason } }
}`);
const Release = graphql(`mutation IdentityRelease($id: ID!) { releaseData(requestId: $id) { release { downloadPath provision { items anonymization } } } }`);
const Request = graphql(`query IdentityRequest($id: ID!) { dataRequest(id: $id) { status identityApproved } }`);

/**
 * Operator and facility identity in a data release [R21a][T7.2]: never unless the plan is
 * approved for it. A plan may ask for the operator's and the facility's IDs (a
 * volume–outcome study); the steering committee approves that identity explicitly or the
 * approval is refused; the release then carries the IDs and its provision record says so.
 */
describe('operator and facility identity in a release, only under a plan approved for it [R21a][T7.2]', () => {
  let t: TestRegistry;
  let identity: string;
  beforeAll(async () => {
    t = await startTestRegistry();
    identity = await age.generateX25519Identity();
  });
  afterAll(() => t?.stop());

  const file = async (items: string[]) => {
    const input = {
      recipientName: 'Dr. Aiko Tanaka, Osaka Medical University', purpose: 'RESEARCH' as const, title: 'Operator volume and technical success',
      plan: 'Technical success by the operator’s yearly volume, with the operator and facility as random effects.', items, years: [2025],
      fullDates: false, pledgeAccepted: true, recipientPublicKey: await age.identityToRecipient(identity),
    };
    const filed = await t.gql(File, { token: await t.login('OP0003'), variables: { input } });
    expect(filed.errors).toBeUndefined();
    return filed.data!.fileDataRequest;
  };

  it('should mark the identifying items of the published dictionary and keep every other item free of identity [R21a][R30]', async () => {
    const res = await t.gql(graphql(`query IdentityDictionary { dataDictionary { id identifying } }`), { token: await t.login('researcher') });
    expect(res.errors).toBeUndefined();
    const items = res.data!.dataDictionary;
    expect(items.filter((i) => i.identifying).map((i) => i.id)).toEqual(['operatorId', 'facilityId']);
    expect(items.filter((i) => !i.identifying).map((i) => i.id).join(' ')).not.toMatch(/operator|facility|patient|initials|birth|registration/i);
  });

  it('should refuse an approval that does not approve the identity the plan asks for, and write nothing [R21a]', async () => {
    const filed = await file(['procedureYear', 'technicalSuccess', 'operatorId']);
    expect(filed).toMatchObject({ asksIdentity: true, identityApproved: false });
    const steering = await t.login('OP0001');
    const refused = await t.gql(Review, { token: steering, variables: { id: filed.id, decision: 'APPROVE' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R21a', field: 'approveIdentity' });
    const wrongDecision = await t.gql(Review, { token: steering, variables: { id: filed.id, decision: 'REJECT', reason: 'No', approveIdentity: true } });
    expect(wrongDecision.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approveIdentity' });
    const after = await t.gql(Request, { token: steering, variables: { id: filed.id } });
    expect(after.data!.dataRequest).toEqual({ status: 'SUBMITTED', identityApproved: false });
  });

  it('should refuse approveIdentity on a request that asks for no identity [R21a]', async () => {
    const filed = await file(['procedureYear', 'technicalSuccess']);
    expect(filed.asksIdentity).toBe(false);
    const res = await t.gql(Review, { token: await t.login('OP0001'), variables: { id: filed.id, decision: 'APPROVE', approveIdentity: true } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approveIdentity' });
  });

  it("should release the operator's and the facility's IDs once the plan is approved for them, and say so in the provision record [R21a][T7.2]", async () => {
    const filed = await file(['procedureYear', 'technicalSuccess', 'operatorId', 'facilityId']);
    const approved = await t.gql(Review, { token: await t.login('OP0001'), variables: { id: filed.id, decision: 'APPROVE', reason: 'The volume analysis needs them', approveIdentity: true } });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.reviewDataRequest).toMatchObject({ status: 'APPROVED', identityApproved: true });
    expect(approved.data!.reviewDataRequest.history.at(-1)?.reason).toMatch(/identity/);

    const datacenter = await t.login('datacenter');
    const released = await t.gql(Release, { token: datacenter, variables: { id: filed.id } });
    expect(released.errors).toBeUndefined();
    const { downloadPath, provision } = released.data!.releaseData.release!;
    expect(provision.anonymization).toContain('operator or facility identity as the approved plan needs: operatorId, facilityId');
    expect(provision.anonymization).not.toContain('no operator or facility identity');

    const d = new age.Decrypter();
    d.addIdentity(identity);
    const pkg = await (await fetch(new URL(downloadPath, t.url), { headers: { authorization: `Bearer ${datacenter}` } })).text();
    const content = JSON.parse(await d.decrypt(age.armor.decode(pkg), 'text'));
    const [header, ...rows] = content.files['data.csv'].trim().split('\r\n');
    expect(header).toBe('pseudonym,procedureYear,technicalSuccess,operatorId,facilityId');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^P-[0-9A-F]{10},2025,(true|false),OP\d{4},F\d{3}$/);
    expect(content.files['README.txt']).toMatch(/approved for the operator's or the facility's identity: operatorId, facilityId/);
    expect(content.files['README.txt']).toMatch(/No patient identification/);
  });
});
