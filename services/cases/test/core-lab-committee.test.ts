import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { adjudicationTopic, criteriaTopic, type PayloadIn } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CoreLabJudgement } from '../src/core-lab/read-fields.ts';
import { seedCases } from '../src/seed/demo.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { announceDemoRoster } from './support/roster.ts';
import { graphql } from './gql/index.ts';
import type { CoreLabCommitteeReplaceMutationVariables } from './gql/graphql.ts';

const LOGINS = ['secretariat', 'datacenter', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006', 'OP0007'];
const READ: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};
const CASE_VIEW = graphql(`query CoreLabCommitteeCase($n: RegistrationNumber!) { case(registrationNumber: $n) { registrationNumber caseReportForm { state } officialResult { outcomes { technicalSuccess } } coreLabReads { criteriaVersion judgement { technicalSuccess } } } }`);
const REPLACE = graphql(`mutation CoreLabCommitteeReplace($n: RegistrationNumber!, $r: ID!, $w: ID, $why: String!) { replaceCoreLabReader(registrationNumber: $n, readerId: $r, replacementId: $w, reason: $why) { registrationNumber } }`);

describe('the committee reads its cases; the core lab replaces a reader; rulings keep the audit chain [R26][R28a][R45][T14.1]', () => {
  let h: SubgraphHarness<CasesService>;
  const accounts = new Map(LOGINS.map((l) => [l, randomUUID()]));
  const expert: Viewer = { roles: [Role.CommitteeMember], accountId: randomUUID() };
  const former: Viewer = { roles: [Role.CommitteeMember], accountId: randomUUID() };
  const supervisorViewer = (): Viewer => ({ roles: [Role.CoreLabSupervisor], accountId: accounts.get('corelab-supervisor')! });
  const supervisor = () => h.service.contextFor(supervisorViewer());
  const reader = (id: string) => h.service.contextFor({ roles: ['CORE_LAB_READER'], accountId: id });
  const datacenter = () => h.service.contextFor({ roles: ['DATA_CENTER'], accountId: accounts.get('datacenter') });
  const readersOf = async (n: string) => (await supervisor().coreLab.assignments(n)).map((a) => a.readerAccountId);
  type Adjudication = typeof adjudicationTopic.events;
  const seat = (p: PayloadIn<Adjudication, 'CommitteeSeatChanged.v1'>) => (tx: Executor) => publish(tx, adjudicationTopic, 'CommitteeSeatChanged.v1', p);
  const matter = (p: PayloadIn<Adjudication, 'MatterStatusChanged.v1'>) => (tx: Executor) => publish(tx, adjudicationTopic, 'MatterStatusChanged.v1', p);
  const adjudication = async (events: ((tx: Executor) => Promise<unknown>)[]) => {
    await h.handle.db.transaction(async (tx) => {
      for (const event of events) await event(tx);
    });
    await h.service.catchUp();
  };
  const official = async (n: string) => {
    for (const r of await readersOf(n)) await reader(r).coreLab.submitRead(n, READ);
  };

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, createCasesService);
    await announceDemoRoster(h.handle, h.service);
    await seedCases(h.service, accounts);
    await h.service.catchUp();
    await h.handle.db.transaction((tx) => publish(tx, criteriaTopic, 'CriteriaVersionPublished.v1', { version: 1, effectiveFrom: '2020-01-01', title: 'v1' }));
    await h.service.catchUp();
  });
  afterAll(() => h.stop());

  it('should let a sitting member read the case of a matter before the committee, and nobody by the role alone [R28a][R45]', async () => {
    await official('CTO-2026-00002');
    const matterId = randomUUID();
    await adjudication([
      seat({ accountId: expert.accountId!, seat: 'EXTERNAL_EXPERT', sitting: true, on: '2026-04-01' }),
      seat({ accountId: former.accountId!, seat: 'EXTERNAL_EXPERT', sitting: true, on: '2026-04-01' }),
      matter({ matterId, kind: 'OBJECTION', registrationNumber: 'CTO-2026-00002', from: null, to: 'SUBMITTED' }),
    ]);
    // Still with the steering committee: not before the committee yet.
    expect((await h.as(expert, CASE_VIEW, { n: 'CTO-2026-00002' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    await adjudication([matter({ matterId, kind: 'OBJECTION', registrationNumber: 'CTO-2026-00002', from: 'SUBMITTED', to: 'ACCEPTED' })]);
    const seen = await h.as(expert, CASE_VIEW, { n: 'CTO-2026-00002' });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.case).toMatchObject({
      registrationNumber: 'CTO-2026-00002',
      caseReportForm: { state: expect.any(String) },
      officialResult: { outcomes: { technicalSuccess: true } },
      coreLabReads: [{ criteriaVersion: 1, judgement: { technicalSuccess: true } }, { criteriaVersion: 1, judgement: { technicalSuccess: true } }],
    });
    // A case before no matter; a member whose seat ended; a holder of the role without a seat.
    expect((await h.as(expert, CASE_VIEW, { n: 'CTO-2026-00003' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    await adjudication([seat({ accountId: former.accountId!, seat: 'EXTERNAL_EXPERT', sitting: false, on: '2026-04-02' })]);
    expect((await h.as(former, CASE_VIEW, { n: 'CTO-2026-00002' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await h.as({ roles: [Role.CommitteeMember], accountId: randomUUID() }, CASE_VIEW, { n: 'CTO-2026-00002' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // Decided, the case stays readable by the committee that ruled on it.
    await adjudication([matter({ matterId, kind: 'OBJECTION', registrationNumber: 'CTO-2026-00002', from: 'IN_SESSION', to: 'DECIDED' })]);
    expect((await h.as(expert, CASE_VIEW, { n: 'CTO-2026-00002' })).data!.case!.registrationNumber).toBe('CTO-2026-00002');
    // The core lab, even seated by mistake, never reaches the case [R25][R33].
    const seatedReader: Viewer = { roles: [Role.CoreLabReader], accountId: accounts.get('corelab-reader-1')! };
    await adjudication([seat({ accountId: seatedReader.accountId!, seat: 'EXTERNAL_EXPERT', sitting: true, on: '2026-04-02' })]);
    expect((await h.as(seatedReader, CASE_VIEW, { n: 'CTO-2026-00002' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // The reads behind the result are not for other operators.
    const other = await h.as({ roles: [Role.Operator], operatorId: 'OP0004', facilityId: 'F004', accountId: accounts.get('OP0004')! }, CASE_VIEW, { n: 'CTO-2026-00002' });
    expect(other.data!.case).toMatchObject({ officialResult: null, coreLabReads: null });
  });

  it('should let the supervisor replace a reader who has not read, by choice or by load, and the replaced reader lose the case [R26]', async () => {
    const n = 'CTO-2026-00001';
    const [r1, r2] = (await readersOf(n)) as [string, string];
    const spare = randomUUID();
    await reader(spare).coreLab.enrol();
    await reader(r1!).coreLab.submitRead(n, READ);
    const as = (query: typeof REPLACE, variables: CoreLabCommitteeReplaceMutationVariables) => h.as(supervisorViewer(), query, variables);

    expect((await as(REPLACE, { n, r: r1, w: spare, why: 'Ill.' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R26', field: 'readerId' });
    expect((await as(REPLACE, { n, r: r2, w: spare, why: '  ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await h.as({ roles: [Role.CoreLabReader], accountId: r2! }, REPLACE, { n, r: r2, w: spare, why: 'Ill.' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const conflicted = randomUUID();
    await h.service.contextFor({ roles: ['CORE_LAB_READER'], accountId: conflicted, operatorId: 'OP0001' }).coreLab.enrol();
    // CTO-2026-00001 is OP0001's case.
    expect((await as(REPLACE, { n, r: r2, w: conflicted, why: 'Ill.' })).errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R26', field: 'replacementId' });

    const replaced = await as(REPLACE, { n, r: r2, w: spare, why: 'The reader is ill for a month.' });
    expect(replaced.errors).toBeUndefined();
    expect(await readersOf(n)).toEqual([r1, spare]);
    expect(await reader(r2!).coreLab.case(n)).toBeNull();
    expect((await reader(r2!).coreLab.worklist({ limit: 100, after: undefined })).map((c) => c.registrationNumber)).not.toContain(n);
    await expect(reader(r2!).coreLab.submitRead(n, READ)).rejects.toMatchObject({ extensions: { rule: 'R26' } });
    expect(await reader(spare).coreLab.case(n)).not.toBeNull();

    // By load: the least loaded reader without a conflict takes the slot (the conflicted one never).
    expect((await as(REPLACE, { n, r: spare, why: 'Reassigned by load.' })).errors).toBeUndefined();
    expect(await readersOf(n)).toEqual([r1, r2]);

    const trail = (await datacenter().forms.auditTrail((await datacenter().cases.byNumber(n))!))!.filter((e) => e.action === 'CORE_LAB_READER_REPLACED');
    expect(trail.map((e) => [e.oldValue, e.newValue, e.reason])).toEqual([
      [JSON.stringify(r2), JSON.stringify(spare), 'The reader is ill for a month.'],
      [JSON.stringify(spare), JSON.stringify(r2), 'Reassigned by load.'],
    ]);
    expect(await datacenter().forms.verifyAuditTrail(n)).toMatchObject({ intact: true });
    // The trail is read through GraphQL too: the SDL's AuditAction names the replacement (it did not: the whole trail failed to serialize).
    const served = await h.as({ roles: ['DATA_CENTER'], accountId: accounts.get('datacenter') }, graphql(`query CoreLabCommitteeTrail($n: RegistrationNumber!) { case(registrationNumber: $n) { auditTrail { action } } }`), { n });
    expect(served.errors).toBeUndefined();
    expect(served.data!.case!.auditTrail!.map((e) => e.action)).toContain('CORE_LAB_READER_REPLACED');
    await reader(r2!).coreLab.submitRead(n, READ);
    expect((await supervisor().coreLab.case(n))!.status).toBe('FINAL');
  });

  it('should keep the audit chain intact when a ruling lands while the case is being changed [R28b][T14.1]', async () => {
    const n = 'CTO-2026-00002';
    const rulings = [0, 1, 2].map((i) => ({ registrationNumber: n, matterId: randomUUID(), rulingId: randomUUID(), changes: [{ field: 'technicalSuccess' as const, from: i % 2 === 0, to: i % 2 !== 0 }] }));
    await h.handle.db.transaction(async (tx) => {
      for (const ruling of rulings) await publish(tx, adjudicationTopic, 'RulingChangedResult.v1', ruling);
    });
    await Promise.all([
      h.service.catchUp(),
      ...[0, 1, 2].map((i) => datacenter().dataQueries.raise({ registrationNumber: n, field: 'procedure.contrastVolumeMl', question: `Please confirm the contrast volume (${i}).` })),
    ]);
    await h.service.catchUp();
    const trail = (await datacenter().forms.auditTrail((await datacenter().cases.byNumber(n))!))!;
    expect(trail.filter((e) => e.action === 'RULING_CHANGED_RESULT')).toHaveLength(3);
    expect(await datacenter().forms.verifyAuditTrail(n)).toMatchObject({ intact: true });
  });
});
