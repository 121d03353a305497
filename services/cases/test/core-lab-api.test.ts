import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish } from '@registry/bus';
import { adjudicationTopic, criteriaTopic } from '@registry/contracts';
import { addMonths, localDateOf } from '@registry/calendar';
import { startSubgraph, type SubgraphHarness } from '../../../test/support/subgraph-harness.ts';
import type { CoreLabJudgement } from '../src/core-lab/read-fields.ts';
import { seedCases } from '../src/seed/demo.ts';
import { createCasesService, migrateCases, type CasesService } from '../src/server.ts';
import { announceDemoRoster } from './support/roster.ts';

const LOGINS = ['secretariat', 'datacenter', 'corelab-reader-1', 'corelab-reader-2', 'corelab-supervisor', 'OP0001', 'OP0002', 'OP0003', 'OP0004', 'OP0005', 'OP0006', 'OP0007'];
const READ: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: false, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};

describe('the core lab [R24]-[R29]', () => {
  let h: SubgraphHarness<CasesService>;
  const accounts = new Map(LOGINS.map((l) => [l, randomUUID()]));
  const supervisor = () => h.service.contextFor({ roles: ['CORE_LAB_SUPERVISOR'], accountId: accounts.get('corelab-supervisor') });
  const reader = (id: string) => h.service.contextFor({ roles: ['CORE_LAB_READER'], accountId: id });
  const readersOf = async (n: string) => (await supervisor().coreLab.assignments(n)).map((a) => a.readerAccountId);
  const publishCriteria = async (version: number, effectiveFrom: string) => {
    await h.handle.db.transaction((tx) => publish(tx, criteriaTopic, 'CriteriaVersionPublished.v1', { version, effectiveFrom, title: `v${version}` }));
    await h.service.catchUp();
  };
  const officialEvents = async () => (await h.bus.read('cases', 0, 500)).filter((e) => e.type === 'OfficialResultRecorded.v1');

  beforeAll(async () => {
    h = await startSubgraph('cases', migrateCases, createCasesService);
    await announceDemoRoster(h.handle, h.service);
    await seedCases(h.service, accounts);
    await h.service.catchUp();
  });
  afterAll(() => h.stop());

  it('should put a completed registration on the worklist, due one month later, with two readers by load [R29][R26]', async () => {
    const c = await supervisor().coreLab.case('CTO-2026-00001');
    expect(c).toMatchObject({ status: 'AWAITING_READS' });
    const notified = c!.notifiedAt;
    expect(c!.dueOn).toBe(addMonths(localDateOf(notified), 1));
    expect(new Set(await readersOf('CTO-2026-00001'))).toEqual(new Set([accounts.get('corelab-reader-1'), accounts.get('corelab-reader-2')]));
    expect(await supervisor().coreLab.case('CTO-2026-00004')).toBeNull();
  });

  it('should refuse a read while no judging criteria are in force [R24]', async () => {
    await expect(reader(accounts.get('corelab-reader-1')!).coreLab.submitRead('CTO-2026-00001', READ)).rejects.toMatchObject({ extensions: { rule: 'R24' } });
    await publishCriteria(1, '2099-01-01');
    await expect(reader(accounts.get('corelab-reader-1')!).coreLab.submitRead('CTO-2026-00001', READ)).rejects.toMatchObject({ extensions: { rule: 'R24' } });
    await publishCriteria(2, '2020-01-01');
  });

  it('should hide the other read, and that it exists, until both are in; then agree and make the result official [R26][R27]', async () => {
    const [r1, r2] = await readersOf('CTO-2026-00001');
    await reader(r1!).coreLab.submitRead('CTO-2026-00001', READ);
    expect(await reader(r2!).coreLab.readsVisible('CTO-2026-00001')).toEqual([]);
    expect((await reader(r1!).coreLab.readsVisible('CTO-2026-00001')).map((r) => r.readerAccountId)).toEqual([r1]);
    await reader(r2!).coreLab.submitRead('CTO-2026-00001', { ...READ, residualStenosis: 14 });
    expect((await reader(r2!).coreLab.readsVisible('CTO-2026-00001'))).toHaveLength(2);
    const result = await supervisor().coreLab.result('CTO-2026-00001');
    expect(result).toMatchObject({ criteriaVersion: 2, supervisorAccountId: null, judgement: { residualStenosis: 12 } });
    expect(Object.values(result!.provenance).every((p) => p === 'AGREED')).toBe(true);
    expect((await officialEvents()).map((e) => e.payload)).toContainEqual({
      registrationNumber: 'CTO-2026-00001', operatorId: 'OP0001', year: 2026, indicationAppropriate: true, technicalSuccess: true, complication: false, procedureSuccess: true,
    });
  });

  it('should refuse a read after the result is final, and a second read by the same reader [R26]', async () => {
    const [r1] = await readersOf('CTO-2026-00001');
    await expect(reader(r1!).coreLab.submitRead('CTO-2026-00001', READ)).rejects.toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'R26' } });
    const [first] = await readersOf('CTO-2026-00002');
    await reader(first!).coreLab.submitRead('CTO-2026-00002', READ);
    await expect(reader(first!).coreLab.submitRead('CTO-2026-00002', READ)).rejects.toMatchObject({ extensions: { rule: 'R26' } });
  });

  it('should refuse a read by a reader who is not assigned, a third read among them [R26]', async () => {
    await expect(reader(randomUUID()).coreLab.submitRead('CTO-2026-00003', READ)).rejects.toMatchObject({ extensions: { rule: 'R26' } });
    await expect(supervisor().coreLab.assign('CTO-2026-00003', undefined)).rejects.toMatchObject({ extensions: { rule: 'R26' } });
  });

  it('should send only the discordant fields to the supervisor, refusing a decision on anything else [R26]', async () => {
    const [r1, r2] = await readersOf('CTO-2026-00003');
    await reader(r1!).coreLab.submitRead('CTO-2026-00003', READ);
    await reader(r2!).coreLab.submitRead('CTO-2026-00003', { ...READ, timiAfter: 2, perforation: 'ELLIS_II' });
    expect(await supervisor().coreLab.discordantFields('CTO-2026-00003')).toEqual(['timiAfter', 'perforation']);
    await expect(supervisor().coreLab.resolveDiscordance('CTO-2026-00003', { timiAfter: 3, perforation: 'NONE', ctoStatus: 'SUBTOTAL' })).rejects.toMatchObject({
      extensions: { rule: 'R26', field: 'decisions.ctoStatus' },
    });
    await expect(supervisor().coreLab.resolveDiscordance('CTO-2026-00003', { timiAfter: 3 })).rejects.toMatchObject({ extensions: { rule: 'R26' } });
    expect(await supervisor().coreLab.result('CTO-2026-00003')).toBeNull();
    await supervisor().coreLab.resolveDiscordance('CTO-2026-00003', { timiAfter: 3, perforation: 'ELLIS_II' });
    const result = await supervisor().coreLab.result('CTO-2026-00003');
    expect(result).toMatchObject({ supervisorAccountId: accounts.get('corelab-supervisor'), provenance: { timiAfter: 'SUPERVISOR', perforation: 'SUPERVISOR', ctoStatus: 'AGREED' } });
    expect((await officialEvents()).at(-1)!.payload).toMatchObject({ registrationNumber: 'CTO-2026-00003', complication: true, procedureSuccess: false });
  });

  it('should refuse a supervisor decision on a case without disagreement [R26]', async () => {
    await expect(supervisor().coreLab.resolveDiscordance('CTO-2026-00001', { timiAfter: 2 })).rejects.toMatchObject({ extensions: { rule: 'R26' } });
  });

  it('should never assign a reader who works at the case\'s facility [R26]', async () => {
    const conflicted = randomUUID();
    await h.service.contextFor({ roles: ['CORE_LAB_READER'], accountId: conflicted, facilityId: 'F003' }).coreLab.enrol();
    // CTO-2026-00010 is OP0003's case at F003
    await expect(supervisor().coreLab.assign('CTO-2026-00010', [conflicted])).rejects.toMatchObject({ extensions: { rule: 'R26' } });
  });

  it('should list overdue reads for the supervisor and the secretariat only [R29]', async () => {
    const later = () => new Date('2027-06-01T00:00:00Z');
    const overdue = await h.service.contextFor({ roles: ['SECRETARIAT'], accountId: accounts.get('secretariat') }, { now: later }).coreLab.overdue({ limit: 100, after: undefined });
    expect(overdue.map((c) => c.registrationNumber)).toContain('CTO-2026-00002');
    expect(overdue.map((c) => c.registrationNumber)).not.toContain('CTO-2026-00001');
    await expect(reader(accounts.get('corelab-reader-1')!).coreLab.overdue({ limit: 100, after: undefined })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('should rate each reader\'s agreement with the other reader and the final result', async () => {
    const stats = await supervisor().coreLab.agreement();
    const all = stats.find((s) => s.readerId === 'ALL')!;
    expect(all.fields.find((f) => f.field === 'timiAfter')).toMatchObject({ reads: 4, withOtherReader: 0.5 });
  });

  it('should show the operator the official result beside their own judgement, with differences marked [R28a]', async () => {
    const operator = h.service.contextFor({ roles: ['OPERATOR'], operatorId: 'OP0001', facilityId: 'F001', accountId: accounts.get('OP0001') });
    const c = await operator.cases.byNumber('CTO-2026-00001');
    const rows = await operator.officialResults.comparison(c!);
    expect(rows?.map((r) => r.field)).toContain('timiAfter');
    expect(rows?.every((r) => typeof r.differs === 'boolean')).toBe(true);
    const other = h.service.contextFor({ roles: ['OPERATOR'], operatorId: 'OP0004', facilityId: 'F004', accountId: accounts.get('OP0004') });
    expect(await other.officialResults.comparison(c!)).toBeNull();
    expect(await other.officialResults.of(c!)).toBeNull();
  });

  it('should record a ruling\'s change on the case, with the ruling as the reason, and announce the new result [R28b]', async () => {
    await h.handle.db.transaction((tx) =>
      publish(tx, adjudicationTopic, 'RulingChangedResult.v1', { registrationNumber: 'CTO-2026-00001', matterId: 'm-1', rulingId: 'r-1', changes: [{ field: 'technicalSuccess', from: true, to: false }] }),
    );
    await h.service.catchUp();
    const changes = await supervisor().coreLab.changes('CTO-2026-00001');
    expect(changes).toMatchObject([{ rulingId: 'r-1', field: 'technicalSuccess', fromValue: true, toValue: false }]);
    expect((await officialEvents()).at(-1)!.payload).toMatchObject({ registrationNumber: 'CTO-2026-00001', technicalSuccess: false, procedureSuccess: false });
    const dc = h.service.contextFor({ roles: ['DATA_CENTER'], accountId: randomUUID() });
    const trail = await dc.forms.auditTrail((await dc.cases.byNumber('CTO-2026-00001'))!);
    expect(trail?.at(-1)).toMatchObject({ action: 'RULING_CHANGED_RESULT', field: 'officialResult.technicalSuccess', reason: expect.stringContaining('ruling r-1') });
  });
});
