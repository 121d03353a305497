import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph } from '../../../test/support/subgraph-harness.ts';
import { BootstrapRefused, runBootstrap } from '../src/bootstrap/bootstrap.ts';
import { createOperatorsService, migrateOperators } from '../src/server.ts';
import { movableCalendar, type Harness } from './kit.ts';
import { graphql } from './gql/index.ts';

const EXAMPLE = readFileSync(new URL('../../../registry-bootstrap.example.json', import.meta.url), 'utf8');
const LOGIN = graphql(`mutation BootstrapLogin($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { mustChangePassword viewer { loginId roles } } }`);

const rowsOf = (res: unknown) => ((res as { rows?: unknown[] }).rows ?? (res as unknown[])) as Record<string, unknown>[];

describe('the one-time production bootstrap', () => {
  const calendar = movableCalendar('2027-04-01T01:00:00Z');
  let h: Harness;

  beforeAll(async () => {
    h = await startSubgraph('operators', migrateOperators, (deps) => createOperatorsService({ ...deps, calendar }));
  });
  afterAll(() => h.stop());

  it('should refuse a file without the first secretariat, naming the path, writing nothing [R34]', async () => {
    const file = JSON.parse(EXAMPLE);
    file.staff = file.staff.filter((s: { roles: string[] }) => !s.roles.includes('SECRETARIAT'));
    file.founders[1].facilityId = 'F999';
    await expect(runBootstrap(h.service, JSON.stringify(file))).rejects.toThrow(/founders\.1\.facilityId: unknown facility F999.*staff: the first secretariat account is required/);
    expect(rowsOf(await h.handle.db.execute('select count(*)::int as n from operators.accounts' as never))[0]).toMatchObject({ n: 0 });
  });

  it('should open facilities, certified founders with steering terms and staff, each with a one-time password [R10][R34][R36]', async () => {
    const opened = await runBootstrap(h.service, EXAMPLE);
    expect(opened.map((a) => a.loginId)).toEqual(['OP0001', 'OP0002', 'secretariat', 'datacenter']);
    const founder = await h.as({ roles: [] }, LOGIN, { id: 'OP0001', pw: opened[0]!.oneTimePassword });
    expect(founder.data!.login).toEqual({ mustChangePassword: true, viewer: { loginId: 'OP0001', roles: [] } });
    const list = await h.as({ roles: [] }, graphql(`query BootstrapOperators { certifiedOperators { id name facility { id name } } }`));
    expect(list.data!.certifiedOperators).toHaveLength(2);
    const events = rowsOf(await h.handle.db.execute("select type, payload from bus.events where topic = 'operators' order by seq" as never));
    expect(events.filter((e) => e['type'] === 'FacilityRegistered.v1').map((e) => e['payload'])).toEqual([{ facilityId: 'F001' }, { facilityId: 'F002' }]);
    expect(events.filter((e) => e['type'] === 'OperatorRosterChanged.v1').map((e) => e['payload'])).toContainEqual({ operatorId: 'OP0002', facilityId: 'F002', status: 'CERTIFIED', registrationAllowed: true });
    expect(events.filter((e) => e['type'] === 'SteeringTermsChanged.v1')).toHaveLength(2);
  });

  it('should refuse to run a second time, writing nothing', async () => {
    const before = rowsOf(await h.handle.db.execute('select count(*)::int as n from operators.accounts' as never))[0];
    await expect(runBootstrap(h.service, EXAMPLE)).rejects.toBeInstanceOf(BootstrapRefused);
    expect(rowsOf(await h.handle.db.execute('select count(*)::int as n from operators.accounts' as never))[0]).toEqual(before);
  });
});
