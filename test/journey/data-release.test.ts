import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as age from 'age-encryption';
import { graphql } from '../gql/index.ts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/**
 * A data request through the gateway [R21a][R39][T7.2]: the researcher files it for the
 * demo's frozen years, a steering member approves, the data center releases; the package
 * opens with the researcher's key, and the recipient is public.
 */
describe('a data request from filing to the public list of recipients [R21a][R39][T7.2]', () => {
  let t: TestRegistry;
  beforeAll(async () => {
    t = await startTestRegistry();
  });
  afterAll(() => t?.stop());

  it("should show the demo's released request with its publication to anyone, and the sponsor's pending one to the steering committee [R21a][R39]", async () => {
    const published = await t.gql(graphql(`query DataReleaseRecipients { dataReleaseRecipients { recipientName requesterKind years publication } }`));
    expect(published.data!.dataReleaseRecipients).toContainEqual({ recipientName: 'Jun Ogawa (non-certified cardiologist)', requesterKind: 'RESEARCHER', years: [2024, 2025], publication: 'Ogawa J, et al. Circ J 2026 (in press)' });
    const steering = await t.gql(graphql(`query DataReleaseSteeringRequests { dataRequests { requesterKind status history { to } } }`), { token: await t.login('OP0002') });
    expect(steering.errors).toBeUndefined();
    expect(steering.data!.dataRequests).toContainEqual({ requesterKind: 'SPONSOR', status: 'SUBMITTED', history: [{ to: 'SUBMITTED' }] });
    expect(steering.data!.dataRequests).toContainEqual({ requesterKind: 'RESEARCHER', status: 'RELEASED', history: [{ to: 'SUBMITTED' }, { to: 'APPROVED' }, { to: 'RELEASED' }] });
  });

  it('should file, approve and release for frozen years, decrypt with the requester key only, and publish the recipient [R21a][R22][R39][T7.2]', async () => {
    const identity = await age.generateX25519Identity();
    const researcher = await t.login('researcher');
    const input = {
      recipientName: 'Dr. Aiko Tanaka, Osaka Medical University', purpose: 'RESEARCH' as const, title: 'Technical success by J-CTO score, 2024-2025',
      plan: 'Descriptive and logistic analysis of technical success by J-CTO score.', items: ['procedureYear', 'jctoScore', 'technicalSuccess'], years: [2024, 2025],
      fullDates: false, pledgeAccepted: true, recipientPublicKey: await age.identityToRecipient(identity),
    };
    const refused = await t.gql(graphql(`mutation DataReleaseFileRefused($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }`), { token: researcher, variables: { input: { ...input, years: [2026] } } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R27', field: 'input.years.0' });
    const filed = await t.gql(graphql(`mutation DataReleaseFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id status requesterKind } }`), { token: researcher, variables: { input } });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileDataRequest).toMatchObject({ status: 'SUBMITTED', requesterKind: 'RESEARCHER' });
    const id = filed.data!.fileDataRequest.id;

    const steering = await t.login('OP0001');
    const approved = await t.gql(graphql(`mutation DataReleaseApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }`), { token: steering, variables: { id } });
    expect(approved.data!.reviewDataRequest.status).toBe('APPROVED');

    const datacenter = await t.login('datacenter');
    const released = await t.gql(graphql(`mutation DataReleaseRelease($id: ID!) { releaseData(requestId: $id) { status release { sha256 downloadPath provision { casesIncluded items keyTableExists } } } }`), { token: datacenter, variables: { id } });
    expect(released.errors).toBeUndefined();
    const { sha256, downloadPath, provision } = released.data!.releaseData.release!;
    // [#11] the package streams over HTTP through the gateway's /reports proxy; the cases subgraph decides who gets it.
    const get = (token: string | null) => fetch(new URL(downloadPath, t.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const pkg = await (await get(datacenter)).text();
    expect(createHash('sha256').update(pkg, 'utf8').digest('hex')).toBe(sha256);
    expect((await get(null)).status).toBe(401);
    expect((await get(await t.login('sponsor'))).status).toBe(404);
    expect(provision).toMatchObject({ casesIncluded: 76, items: input.items, keyTableExists: true });

    // The researcher finds the package on their own request, downloads it and opens it with their key.
    const own = await t.gql(graphql(`query DataReleaseOwnRequests { dataRequests { id release { downloadPath } } }`), { token: researcher });
    const mine = own.data!.dataRequests.find((r) => r.id === id)!;
    const d = new age.Decrypter();
    d.addIdentity(identity);
    const content = JSON.parse(await d.decrypt(age.armor.decode(await (await get(researcher)).text()), 'text'));
    expect(mine.release!.downloadPath).toBe(downloadPath);
    expect(content.files['data.csv'].trim().split('\r\n')).toHaveLength(77);
    const other = new age.Decrypter();
    other.addIdentity(await age.generateX25519Identity());
    await expect(other.decrypt(age.armor.decode(pkg))).rejects.toThrow();

    const published = await t.gql(graphql(`query DataReleasePublishedRecipients { dataReleaseRecipients { recipientName title years } }`));
    expect(published.errors).toBeUndefined();
    expect(published.data!.dataReleaseRecipients).toContainEqual({ recipientName: input.recipientName, title: input.title, years: [2024, 2025] });
  });
});
