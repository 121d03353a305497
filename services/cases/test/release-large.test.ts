import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '@registry/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as age from 'age-encryption';
import { Role, signInternalToken, type Viewer } from '@registry/auth';
import { fixedCalendar } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import { historyCases } from '../src/seed/history.ts';
import { RELEASE_PAGE } from '../src/releases/release-producer.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { announceDemoRoster } from './support/roster.ts';
import { graphql } from './gql/index.ts';

/** Two years of 160 cases, one a year withdrawn before presenting (so never adopted): 318 cases, more than a page, several chunks of the package. */
const YEARS = { 2024: 160, 2025: 160 };
const accounts = new Map(['secretariat', 'datacenter', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006'].map((l) => [l, randomUUID()]));
const RESEARCHER: Viewer = { roles: [Role.Researcher], accountId: randomUUID() };
const STEERING: Viewer = { roles: [Role.Operator, Role.Steering], accountId: randomUUID(), operatorId: 'OP0002', facilityId: 'F002' };
const DATA_CENTER: Viewer = { roles: [Role.DataCenter], accountId: accounts.get('datacenter') };

describe('a release of hundreds of cases, streamed [#11][R21a][T7.2]', () => {
  let h: SubgraphHarness<CasesService>;
  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, (deps) => createCasesService({ ...deps, calendar: fixedCalendar('2026-12-03T03:00:00Z') }));
    await announceDemoRoster(h.handle, h.service);
    await h.service.writeDemoHistory(accounts, historyCases(YEARS));
    for (const year of Object.keys(YEARS).map(Number)) {
      await h.service.contextFor({ roles: [Role.Secretariat], accountId: accounts.get('secretariat') }, { now: () => new Date(`${year + 1}-01-20T03:00:00Z`) }).annualReports.present(year);
    }
  }, 120_000);
  afterAll(() => h?.stop());

  it('should produce a package whose rows, subjects and provision record count every case whose consent stands, and which decrypts with the recipient key [T7.2][T8]', async () => {
    expect(RELEASE_PAGE).toBeLessThan(318);
    const identity = await age.generateX25519Identity();
    const input = { recipientName: 'Dr. Kenji Mori', purpose: 'RESEARCH' as const, title: 'All of it', plan: 'Every item of two years.', items: ['procedureDate', 'jctoScore', 'approach', 'technicalSuccess', 'perforation'], years: [2024, 2025], fullDates: false, pledgeAccepted: true, recipientPublicKey: await age.identityToRecipient(identity) };
    const filed = await h.as(RESEARCHER, graphql(`mutation ReleaseLargeFile($input: DataRequestInput!) { fileDataRequest(input: $input) { id } }`), { input });
    const id = filed.data!.fileDataRequest.id;
    await h.as(STEERING, graphql(`mutation ReleaseLargeApprove($id: ID!) { reviewDataRequest(id: $id, decision: APPROVE) { status } }`), { id });
    const res = await h.as(DATA_CENTER, graphql(`mutation ReleaseLargeRelease($id: ID!) { releaseData(requestId: $id) { release { sha256 packageBytes downloadPath provision { casesIncluded casesExcludedForWithdrawnConsent } } } }`), { id });
    expect(res.errors).toBeUndefined();
    const release = res.data!.releaseData.release!;
    expect(release.provision).toEqual({ casesIncluded: 318, casesExcludedForWithdrawnConsent: 0 });

    const token = await signInternalToken(RESEARCHER, 'cases', h.keys.internalPrivate!);
    const armored = await (await fetch(new URL(release.downloadPath, h.url), { headers: { authorization: `Bearer ${token}` } })).text();
    expect(Buffer.byteLength(armored)).toBe(release.packageBytes);
    const d = new age.Decrypter();
    d.addIdentity(identity);
    const content = JSON.parse(await d.decrypt(age.armor.decode(armored), 'text')) as { files: Record<string, string> };
    const [header, ...rows] = content.files['data.csv']!.trim().split('\r\n');
    expect(header).toBe(['pseudonym', ...input.items].join(','));
    expect(rows).toHaveLength(318);
    const pseudonyms = rows.map((r) => r.split(',')[0]!);
    expect(new Set(pseudonyms).size).toBe(318);
    // Pseudonym order, not the order of registration.
    expect(pseudonyms).toEqual([...pseudonyms].sort());
    expect(content.files['odm.xml']!.match(/<SubjectData /g)).toHaveLength(318);
    expect(content.files['README.txt']).toContain('Cases: 318.');
    const [{ n }] = (await queryRows<{ n: number }>(h.handle.db, sql`select count(*)::int as n from cases.data_release_chunks c join cases.data_releases r on r.id = c.release_id where r.sha256 = ${release.sha256}`)) as [{ n: number }];
    expect(n).toBeGreaterThan(1);
  }, 120_000);
});
