import { Role } from '@registry/auth';
import type { OperatorsService } from '../server.ts';
import { addYears, type LocalDate } from '@registry/calendar';
import { announceFacility } from '../facilities/facility-events.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import { announceRoster } from '../operators/roster-events.ts';
import { saveAndAnnounceTerm } from '../steering/steering-events.ts';
import { TERM_YEARS, termEnd } from '../steering/steering-terms.ts';

export const DEMO_PASSWORD = 'demo-password';

export const FACILITIES = [
  { id: 'F001', name: 'Sakura Heart Hospital', prefecture: 'Tokyo', location: 'Setagaya, Tokyo' },
  { id: 'F002', name: 'Minato Cardiovascular Center', prefecture: 'Osaka', location: 'Kita, Osaka' },
  { id: 'F003', name: 'Kita Heart Institute', prefecture: 'Hokkaido', location: 'Sapporo, Hokkaido' },
  { id: 'F004', name: 'Hikari Heart Clinic', prefecture: 'Aichi', location: 'Toyohashi, Aichi' },
  { id: 'F005', name: 'Nishi Cardiovascular Hospital', prefecture: 'Fukuoka', location: 'Fukuoka, Fukuoka' },
];

interface DemoOperator {
  id: string;
  name: string;
  facilityId: string;
  status: OperatorStatus;
  since: string;
  reason: string;
  rule: string;
  staffRoles: Role[];
}

const founding = (id: string, name: string, facilityId: string, staffRoles: Role[]): DemoOperator => ({
  id, name, facilityId, status: OperatorStatus.Certified, since: '2019-04-01', reason: 'Founding operator recommended by the two founders', rule: 'R10', staffRoles,
});
const roster = (id: string, name: string, facilityId: string, status: OperatorStatus, since: string, staffRoles: Role[] = []): DemoOperator => ({
  id, name, facilityId, status, since, reason: 'Carried over from the registry roster', rule: status === OperatorStatus.Ob ? 'R10' : 'R11', staffRoles,
});

/** Operators of every status, and staff of every role in DOMAIN.md. */
export const DEMO_OPERATORS: DemoOperator[] = [
  founding('OP0001', 'Taro Yamada', 'F001', [Role.CommitteeMember]),
  founding('OP0002', 'Hanako Suzuki', 'F002', [Role.CommitteeChair]),
  roster('OP0003', 'Kenji Sato', 'F003', OperatorStatus.Certified, '2021-01-15', [Role.CommitteeMember]),
  roster('OP0004', 'Yuki Tanaka', 'F004', OperatorStatus.Certified, '2021-06-01', [Role.CommitteeMember]),
  roster('OP0005', 'Akira Ito', 'F005', OperatorStatus.Certified, '2022-03-01', [Role.CommitteeMember]),
  roster('OP0006', 'Mai Watanabe', 'F001', OperatorStatus.Certified, '2022-09-01', [Role.CommitteeMember]),
  roster('OP0007', 'Ryo Nakamura', 'F002', OperatorStatus.Associate, '2026-02-01'),
  roster('OP0008', 'Emi Kobayashi', 'F003', OperatorStatus.Associate, '2026-05-01'),
  roster('OP0009', 'Hiroshi Kato', 'F004', OperatorStatus.Ob, '2025-01-01'),
];

/** The founders sit on the steering committee; STEERING follows from their terms [R36]. */
export const DEMO_STEERING_MEMBERS = ['OP0001', 'OP0002'];
const FIRST_TERM_STARTS = '2019-06-01';

/**
 * Three-year terms from the first general meeting, each renewed [R36], up to the term that
 * covers `day`: the demo committee always sits, and its history shows the renewals.
 */
export function demoTerms(day: LocalDate): { startsOn: string; endsOn: string }[] {
  const terms = [];
  for (let startsOn = FIRST_TERM_STARTS; startsOn <= day; startsOn = addYears(startsOn, TERM_YEARS)) {
    terms.push({ startsOn, endsOn: termEnd(startsOn) });
  }
  return terms;
}

export const DEMO_STAFF: { loginId: string; name: string; roles: Role[]; facilityId?: string }[] = [
  { loginId: 'site-f001', name: 'Naoko Fujita', roles: [Role.SiteContact], facilityId: 'F001' },
  { loginId: 'datacenter', name: 'Data Center', roles: [Role.DataCenter] },
  { loginId: 'secretariat', name: 'Research Secretariat', roles: [Role.Secretariat] },
  { loginId: 'corelab-reader-1', name: 'Core Lab Reader 1', roles: [Role.CoreLabReader] },
  { loginId: 'corelab-reader-2', name: 'Core Lab Reader 2', roles: [Role.CoreLabReader] },
  { loginId: 'corelab-supervisor', name: 'Core Lab Supervisor', roles: [Role.CoreLabSupervisor] },
  { loginId: 'expert-1', name: 'Makoto Shimizu', roles: [Role.CommitteeMember] },
  { loginId: 'expert-2', name: 'Keiko Mori', roles: [Role.CommitteeMember] },
  { loginId: 'expert-3', name: 'Daisuke Abe', roles: [Role.CommitteeMember] },
  { loginId: 'expert-4', name: 'Sachiko Ikeda', roles: [Role.CommitteeMember] },
  { loginId: 'researcher', name: 'Jun Ogawa', roles: [Role.Researcher] },
  { loginId: 'sponsor', name: 'Sponsor Company', roles: [Role.Sponsor] },
];

/**
 * Seeds facilities, operators and accounts through the services. Deterministic, and
 * idempotent: a database that already has the secretariat account is left alone.
 * Returns account ids by login ID for the other services' seeds.
 */
export async function seedOperators(service: OperatorsService): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const system = service.contextFor({ roles: [Role.Secretariat] });
  if (await service.repos.accounts.existsByLoginId('secretariat')) {
    await service.transaction((tx) => reannounce(service, tx));
    const all = await service.repos.accounts.allLoginIds();
    return new Map(all.map((a) => [a.loginId, a.id]));
  }
  await service.transaction(async (tx, unit) => {
    const { now } = unit;
    for (const facility of FACILITIES) await system.facilities.add(tx, facility, ['id']);
    for (const op of DEMO_OPERATORS) {
      await system.operators.enrol(tx, { id: op.id, name: op.name, facilityId: op.facilityId, status: op.status, effectiveOn: op.since, reason: op.reason, rule: op.rule }, null, now);
      ids.set(op.id, await system.accounts.open(unit, { loginId: op.id, displayName: op.name, password: DEMO_PASSWORD, roles: op.staffRoles, operatorId: op.id }));
    }
    for (const loginId of DEMO_STEERING_MEMBERS) {
      for (const term of demoTerms(service.calendar.today())) {
        await saveAndAnnounceTerm(unit, service.repos, { accountId: ids.get(loginId)!, ...term, resolution: 'General meeting of the CTO-PCI Expert Council' });
      }
    }
    for (const staff of DEMO_STAFF) {
      ids.set(staff.loginId, await system.accounts.open(unit, { loginId: staff.loginId, displayName: staff.name, password: DEMO_PASSWORD, roles: staff.roles, facilityId: staff.facilityId ?? null }));
    }
  });
  return ids;
}

/**
 * A demo database seeded before facilities and the roster were announced has none of
 * them in the cases subgraph's projection. Announcing what exists again is harmless (the
 * consumers keep the latest per facility and operator) and fills it.
 */
async function reannounce(service: OperatorsService, tx: Parameters<Parameters<OperatorsService['transaction']>[0]>[0]): Promise<void> {
  for (const id of await service.repos.facilities.allIds(tx)) await announceFacility(tx, id);
  for (const op of DEMO_OPERATORS) {
    const [operator] = await service.repos.operators.byIdsIn(tx, [op.id]);
    if (operator) await announceRoster(tx, operator);
  }
}
