import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as age from 'age-encryption';
import { Role, signInternalToken, type Viewer } from '@registry/auth';
import { fixedCalendar } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { seedHistory } from '../src/seed/history-seed.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { graphql } from './gql/index.ts';
import type { DataRequestInput } from './gql/graphql.ts';
import { announceDemoRoster } from './support/roster.ts';

const LOGINS = ['secretariat', 'datacenter', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006'];
const accounts = new Map(LOGINS.map((l) => [l, randomUUID()]));
const RESEARCHER: Viewer = { roles: [Role.Researcher], accountId: randomUUID() };
const SPONSOR: Viewer = { roles: [Role.Sponsor], accountId: randomUUID() };
const STEERING: Viewer = { roles: [Role.Operator, Role.Steering], accountId: randomUUID(), operatorId: 'OP0002', facilityId: 'F002' };
const DATA_CENTER: Viewer = { roles: [Role.DataCenter], accountId: accounts.get('datacenter') };
const ASSOCIATE: Viewer = { roles: [Role.Associate], accountId: randomUUID(), operatorId: 'OP0007', facilityId: 'F002' };
const ANYONE: Viewer = { roles: [] };

graphql(`fragment ReleaseApiRequest on DataRequest { id status items years requesterKind history { from to reason }
  release { id sha256 packageBytes downloadPath provision { recipient items years providedOn method formats casesIncluded casesExcludedForWithdrawnConsent anonymization smallCellThreshold keyTableExists keyTableHeldBy packageSha256 } } }`);
const FILE = graphql(`mutation ReleaseApiFile($input: DataRequestInput!) { fileDataRequest(input: $input) { ...ReleaseApiRequest } }`);
const REVISE = graphql(`mutation ReleaseApiRevise($id: ID!, $input: DataRequestInput!) { reviseDataRequest(id: $id, input: $input) { ...ReleaseApiRequest } }`);
const REVIEW = graphql(`mutation ReleaseApiReview($id: ID!, $d: DataRequestDecision!, $r: String) { reviewDataRequest(id: $id, decision: $d, reason: $r) { ...ReleaseApiRequest } }`);
const RELEASE = graphql(`mutation ReleaseApiRelease($id: ID!) { releaseData(requestId: $id) { ...ReleaseApiRequest } }`);
const DICTIONARY = graphql(`query ReleaseApiDictionary { dataDictionary { id dataType source identifying } }`);
const DICTIONARY_IDS = graphql(`query ReleaseApiDictionaryIds { dataDictionary { id } }`);
const PUBLICATION = graphql(`mutation ReleaseApiPublication($id: ID!, $p: String!) { reportDataPublication(requestId: $id, publication: $p) { status } }`);
const RECIPIENTS = graphql(`query ReleaseApiRecipients { dataReleaseRecipients { recipientName requesterKind title years releasedOn publication } }`);
const REQUESTER_KINDS = graphql(`query ReleaseApiRequesterKinds { dataRequests { requesterKind } }`);
const REQUEST_IDS = graphql(`query ReleaseApiRequestIds { dataRequests { id } }`);
const WAITING = graphql(`query ReleaseApiWaiting($a: ID) { dataRequests(status: SUBMITTED, first: 1, after: $a) { id status } }`);
const SUBMITTED = graphql(`query ReleaseApiSubmitted { dataRequests(status: SUBMITTED) { id title } }`);
const ONE = graphql(`query ReleaseApiOne($id: ID!) { dataRequest(id: $id) { id title } }`);
const MINE = graphql(`query ReleaseApiMine($id: ID!) { dataRequest(id: $id) { mine } }`);
const TOO_MANY = graphql(`query ReleaseApiTooMany { dataRequests(first: 51) { id } }`);
const YEARS = graphql(`query ReleaseApiYears { dataRequestYears }`);
const ITEMS = ['procedureDate', 'ageAtProcedure', 'jctoScore', 'approach', 'technicalSuccess', 'perforation'];

interface Content {
  format: string;
  files: Record<'data.csv' | 'dictionary.csv' | 'aggregates.csv' | 'odm.xml' | 'README.txt', string>;
}

describe('data requests and releases [R21a-c][R22][R39][T7.2]', () => {
  let h: SubgraphHarness<CasesService>;
  let identity: string;
  let recipient: string;
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
  const rows = async (query: string): Promise<Record<string, unknown>[]> => {
    const r = await h.handle.db.execute(sql.raw(query));
    return Array.isArray(r) ? (r as Record<string, unknown>[]) : (r as { rows: Record<string, unknown>[] }).rows;
  };
  const count = async (table: string) => (await rows(`select count(*)::int as n from cases.${table}`))[0]!['n'];
  const written = async () => ({ requests: await count('data_requests'), events: await count('data_request_events'), releases: await count('data_releases'), keys: await count('release_pseudonyms') });
  const input = (over: Partial<DataRequestInput> = {}): DataRequestInput => ({
    recipientName: 'Dr. Kenji Mori, Kyoto University', purpose: 'RESEARCH', title: 'Retrograde approach and J-CTO score', plan: 'Logistic regression of technical success on J-CTO score and approach.',
    items: ITEMS, years: [2024, 2025], fullDates: false, pledgeAccepted: true, recipientPublicKey: recipient, ...over,
  });
  const decrypt = async (pkg: string, id: string): Promise<Content> => {
    const d = new age.Decrypter();
    d.addIdentity(id);
    return JSON.parse(await d.decrypt(age.armor.decode(pkg), 'text'));
  };
  /** The package over HTTP as `viewer` downloads it (the gateway's internal token), at the path the API gives. */
  const download = async (viewer: Viewer | null, path: string) => {
    const headers: Record<string, string> = viewer ? { authorization: `Bearer ${await signInternalToken(viewer, 'cases', h.keys.internalPrivate!)}` } : {};
    return fetch(new URL(path, h.url), { headers });
  };
  const packageOf = async (release: { downloadPath: string }, viewer: Viewer = DATA_CENTER) => {
    const res = await download(viewer, release.downloadPath);
    expect(res.status).toBe(200);
    return res.text();
  };
  /** Files, approves and releases a request of `who`; answers the request as released. */
  const released = async (who: Viewer, over: Partial<DataRequestInput> = {}) => {
    const filed = await h.as(who, FILE, { input: input(over) });
    expect(filed.errors).toBeUndefined();
    const id = filed.data!.fileDataRequest.id;
    expect((await h.as(STEERING, REVIEW, { id, d: 'APPROVE' })).errors).toBeUndefined();
    const res = await h.as(DATA_CENTER, RELEASE, { id });
    expect(res.errors).toBeUndefined();
    const request = res.data!.releaseData;
    return { ...request, release: request.release! };
  };

  beforeAll(async () => {
    // The registry stands on 3 December 2026: 2024 and 2025 are presented, 2026 is not.
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: fixedCalendar('2026-12-03T03:00:00Z') }));
    await announceDemoRoster(h.handle, h.service);
    await seedHistory(h.service, accounts);
    identity = await age.generateX25519Identity();
    recipient = await age.identityToRecipient(identity);
  });
  afterAll(() => h?.stop());

  it('should publish the data dictionary to whoever may ask, no patient item, the operator and facility only as identifying items [R21a][R30]', async () => {
    const res = await h.as(RESEARCHER, DICTIONARY);
    expect(res.errors).toBeUndefined();
    const ids = res.data!.dataDictionary.filter((i) => !i.identifying).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(ITEMS));
    expect(ids.join(' ')).not.toMatch(/operator|facility|patient|initials|birth|registration/i);
    expect(code(await h.as({ roles: [Role.CoreLabReader], accountId: randomUUID() }, DICTIONARY_IDS))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('should refuse a year not presented (frozen) with its rule and path, and write nothing [R21a][R27]', async () => {
    const before = await written();
    expect(code(await h.as(RESEARCHER, FILE, { input: input({ years: [2025, 2026] }) }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R27', field: 'input.years.1' });
    expect(await written()).toEqual(before);
  });

  it('should refuse unknown items, a key that is not an age public key, a role that may not ask and a researcher asking for another purpose, writing nothing [R21a][R21b]', async () => {
    const before = await written();
    expect(code(await h.as(RESEARCHER, FILE, { input: input({ items: ['jctoScore', 'operatorName'] }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.1' });
    expect(code(await h.as(RESEARCHER, FILE, { input: input({ recipientPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipientPublicKey' });
    expect(code(await h.as(RESEARCHER, FILE, { input: input({ recipientPublicKey: `${recipient.slice(0, -1)}${recipient.endsWith('q') ? 'p' : 'q'}` }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipientPublicKey' });
    expect(code(await h.as(RESEARCHER, FILE, { input: input({ purpose: 'OTHER' }) }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R21b', field: 'input.purpose' });
    expect(code(await h.as(RESEARCHER, FILE, { input: input({ pledgeAccepted: false }) }))).toMatchObject({ code: 'RULE_VIOLATION', field: 'input.pledgeAccepted' });
    expect(code(await h.as(ASSOCIATE, FILE, { input: input() }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(DATA_CENTER, FILE, { input: input() }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(ANYONE, FILE, { input: input() }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await written()).toEqual(before);
  });

  it('should let the steering committee ask for changes with a reason, the requester revise, then reject with a reason; every state change audited and a decided request closed [R39]', async () => {
    const filed = await h.as(RESEARCHER, FILE, { input: input() });
    expect(filed.errors).toBeUndefined();
    const id = filed.data!.fileDataRequest.id;
    expect(code(await h.as(STEERING, REVIEW, { id, d: 'REQUEST_CHANGES' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(code(await h.as(RESEARCHER, REVIEW, { id, d: 'APPROVE' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.as(STEERING, REVIEW, { id, d: 'REQUEST_CHANGES', r: 'Say how the data are stored' })).data!.reviewDataRequest.status).toBe('CHANGES_REQUESTED');
    expect(code(await h.as(DATA_CENTER, RELEASE, { id }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R39' });
    const revised = await h.as(RESEARCHER, REVISE, { id, input: input({ plan: 'Same analysis; the data stay on an encrypted university server.' }) });
    expect(revised.data!.reviseDataRequest.status).toBe('SUBMITTED');
    const rejected = await h.as(STEERING, REVIEW, { id, d: 'REJECT', r: 'Duplicates an approved analysis' });
    expect(rejected.data!.reviewDataRequest.history.map((e) => e.to)).toEqual(['SUBMITTED', 'CHANGES_REQUESTED', 'SUBMITTED', 'REJECTED']);
    expect(rejected.data!.reviewDataRequest.history[3]!.reason).toBe('Duplicates an approved analysis');
    expect(code(await h.as(STEERING, REVIEW, { id, d: 'APPROVE' }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R39' });
  });

  it('should release a package that decrypts with the recipient key and not with another, and whose provision record matches its content [R21a][T7.2]', async () => {
    const r = await released(RESEARCHER);
    const { sha256, provision } = r.release;
    const pkg = await packageOf(r.release);
    expect(createHash('sha256').update(pkg, 'utf8').digest('hex')).toBe(sha256);
    expect(Buffer.byteLength(pkg, 'utf8')).toBe(r.release.packageBytes);
    expect(provision.packageSha256).toBe(sha256);
    await expect(decrypt(pkg, await age.generateX25519Identity())).rejects.toThrow();
    const content = await decrypt(pkg, identity);
    const [header, ...lines] = content.files['data.csv'].trim().split('\r\n');
    expect(header).toBe(['pseudonym', ...ITEMS].join(','));
    expect(provision).toMatchObject({ items: ITEMS, years: [2024, 2025], providedOn: '2026-12-03', casesIncluded: lines.length, keyTableExists: true, smallCellThreshold: 5, recipient: 'Dr. Kenji Mori, Kyoto University' });
    expect(provision.formats).toEqual(['data.csv', 'dictionary.csv', 'aggregates.csv', 'odm.xml', 'README.txt']);
    // 2024 and 2025 adopted 35 and 41 cases (one withdrawal a year before presenting).
    expect(lines).toHaveLength(76);
    expect(content.files['odm.xml'].match(/<SubjectData /g)).toHaveLength(76);
    expect(content.files['odm.xml']).toContain('ODMVersion="1.3.2"');
    // Pseudonyms only; no registration number, operator, facility; dates year-month.
    const text = JSON.stringify(content);
    expect(text).not.toMatch(/CTO-20\d\d-\d{5}|\bOP00\d\d\b|\bF00\d\b/);
    for (const line of lines) expect(line.split(',')[1]).toMatch(/^20\d\d-\d\d$/);
    const keys = await rows(`select count(*)::int as n from cases.release_pseudonyms p join cases.data_releases d on d.id = p.release_id where d.sha256 = '${sha256}'`);
    expect(keys[0]!['n']).toBe(76);
    // [T7.2] aggregate cells of 1 to 4 never appear as numbers.
    for (const cell of content.files['aggregates.csv'].trim().split('\r\n').slice(1).map((l) => l.split(',')[3]!)) expect(['1', '2', '3', '4']).not.toContain(cell);
    expect(content.files['aggregates.csv']).toContain('<5');
  });

  it('should never put a case whose consent was withdrawn in a package, and give a case a different pseudonym in each release [T8][T7.2]', async () => {
    const [adopted] = await rows(`select registration_number as n from cases.cases where operator_id = 'OP0001' and report_year = 2025 order by registration_number limit 1`);
    const withdrawn = String(adopted!['n']);
    const [other] = await rows(`select registration_number as n from cases.cases where operator_id = 'OP0002' and report_year = 2025 order by registration_number limit 1`);
    const kept = String(other!['n']);
    const first = await released(SPONSOR, { purpose: 'OTHER', recipientName: 'Sponsor K.K.', years: [2025] });
    const operator = h.service.contextFor({ roles: [Role.Operator], operatorId: 'OP0001', facilityId: 'F001', accountId: accounts.get('OP0001') });
    await operator.safety.withdrawConsent({ registrationNumber: withdrawn, withdrawnOn: '2026-11-30', reason: 'The patient withdrew consent' });
    const second = await released(SPONSOR, { purpose: 'OTHER', recipientName: 'Sponsor K.K.', years: [2025] });
    expect(first.release.provision.casesIncluded).toBe(41);
    expect(second.release.provision).toMatchObject({ casesIncluded: 40, casesExcludedForWithdrawnConsent: 1 });
    const pseudonymOf = async (sha: string, n: string) => (await rows(`select p.pseudonym from cases.release_pseudonyms p join cases.data_releases d on d.id = p.release_id where d.sha256 = '${sha}' and p.registration_number = '${n}'`))[0]?.['pseudonym'];
    expect(await pseudonymOf(second.release.sha256, withdrawn)).toBeUndefined();
    const a = await pseudonymOf(first.release.sha256, kept);
    const b = await pseudonymOf(second.release.sha256, kept);
    expect(a).toEqual(expect.any(String));
    expect(b).toEqual(expect.any(String));
    expect(a).not.toBe(b);
    const content = await decrypt(await packageOf(second.release), identity);
    expect(content.files['data.csv']).not.toContain(String(await pseudonymOf(first.release.sha256, withdrawn)));
  });

  it('should send the package over HTTP to its requester and the staff who read every request only, with its length and SHA-256 [R21a][T7.2][#11]', async () => {
    const r = await released(RESEARCHER, { title: 'Downloaded by whom' });
    const path = r.release.downloadPath;
    expect(path).toBe(`/reports/releases/${r.release.id}.age`);
    const res = await download(RESEARCHER, path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-length')).toBe(String(r.release.packageBytes));
    expect(res.headers.get('x-content-sha256')).toBe(r.release.sha256);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="registry-release-${r.release.sha256.slice(0, 12)}.json.age"`);
    expect(createHash('sha256').update(await res.text(), 'utf8').digest('hex')).toBe(r.release.sha256);
    for (const staff of [STEERING, DATA_CENTER]) expect((await download(staff, path)).status).toBe(200);
    // Another requester's release is absent to them; a role that reads no request is refused.
    expect(await (await download(SPONSOR, path)).json()).toMatchObject({ error: 'NOT_FOUND' });
    expect(await (await download(ASSOCIATE, path)).json()).toMatchObject({ error: 'FORBIDDEN' });
    expect((await download(null, path)).status).toBe(401);
    expect(await (await download(DATA_CENTER, '/reports/releases/nope.age')).json()).toMatchObject({ error: 'BAD_USER_INPUT' });
    expect((await download(DATA_CENTER, `/reports/releases/${randomUUID()}.age`)).status).toBe(404);
  });

  it('should publish the recipients and, once reported, where they published, to anyone [R21a][R22][R39]', async () => {
    const r = await released(RESEARCHER, { title: 'Perforation by Ellis class' });
    const reported = await h.as(RESEARCHER, PUBLICATION, { id: r.id, p: 'Circ J 2027;91:1-9' });
    expect(reported.errors).toBeUndefined();
    expect(code(await h.as(SPONSOR, PUBLICATION, { id: r.id, p: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    const list = await h.as(ANYONE, RECIPIENTS);
    expect(list.errors).toBeUndefined();
    expect(list.data!.dataReleaseRecipients).toContainEqual({ recipientName: 'Dr. Kenji Mori, Kyoto University', requesterKind: 'RESEARCHER', title: 'Perforation by Ellis class', years: [2024, 2025], releasedOn: '2026-12-03', publication: 'Circ J 2027;91:1-9' });
    // A requester sees their own requests only; the steering committee every one.
    const own = await h.as(SPONSOR, REQUESTER_KINDS);
    expect(new Set(own.data!.dataRequests.map((x) => x.requesterKind))).toEqual(new Set(['SPONSOR']));
    expect((await h.as(STEERING, REQUEST_IDS)).data!.dataRequests.length).toBeGreaterThan(own.data!.dataRequests.length);
  });

  it('should list the requests waiting for review a page at a time, oldest first, and show one request to the staff and its requester only [R39]', async () => {
    const waiting = async (after?: string) => (await h.as(STEERING, WAITING, { a: after ?? null })).data!.dataRequests;
    await h.as(SPONSOR, FILE, { input: input({ title: 'Waiting one', purpose: 'OTHER' }) });
    await h.as(RESEARCHER, FILE, { input: input({ title: 'Waiting two' }) });
    const first = await waiting();
    const second = await waiting(first[0]!.id);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second[0]!.id).not.toBe(first[0]!.id);
    expect([...first, ...second].every((r) => r.status === 'SUBMITTED')).toBe(true);
    const theirs = (await h.as(RESEARCHER, SUBMITTED)).data!.dataRequests.find((r) => r.title === 'Waiting two')!;
    expect((await h.as(RESEARCHER, ONE, { id: theirs.id })).data!.dataRequest).toEqual(theirs);
    expect((await h.as(DATA_CENTER, ONE, { id: theirs.id })).data!.dataRequest).toEqual(theirs);
    expect((await h.as(SPONSOR, ONE, { id: theirs.id })).data!.dataRequest).toBeNull();
    expect((await h.as(RESEARCHER, MINE, { id: theirs.id })).data!.dataRequest).toEqual({ mine: true });
    expect((await h.as(STEERING, MINE, { id: theirs.id })).data!.dataRequest).toEqual({ mine: false });
    expect(code(await h.as(ASSOCIATE, ONE, { id: theirs.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await h.as(STEERING, TOO_MANY))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('should offer a requester the presented (frozen) years only [R27]', async () => {
    expect((await h.as(RESEARCHER, YEARS)).data!.dataRequestYears).toEqual([2024, 2025]);
    expect(code(await h.as(ANYONE, YEARS))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
