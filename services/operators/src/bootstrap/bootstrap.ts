import { createHash } from 'node:crypto';
import { Role } from '@registry/auth';
import { sql } from 'drizzle-orm';
import { generateInitialPassword, hashPassword } from '../accounts/password.ts';
import { accounts, bootstrapRuns } from '../db/schema.ts';
import { OperatorStatus } from '../operators/operator-status.ts';
import type { OperatorsService } from '../server.ts';
import { saveAndAnnounceTerm } from '../steering/steering-events.ts';
import { termEnd } from '../steering/steering-terms.ts';
import { parseBootstrapFile } from './bootstrap-file.ts';

/** One account the bootstrap opened, with its one-time password (shown once, never stored). */
export interface OpenedAccount {
  loginId: string;
  name: string;
  oneTimePassword: string;
}

export class BootstrapRefused extends Error {}

/**
 * The first day in production: facilities, founding operators (CERTIFIED, recommended by
 * the two founders [R10]) with their steering terms [R36], and the first staff [R34], in
 * ONE transaction through the services, so the other subgraphs hear of every facility and
 * operator by the same events as later changes. Recorded in `operators.bootstrap_runs`:
 * a second run is refused and writes nothing. Every account gets a one-time password that
 * must be changed at first login.
 */
export async function runBootstrap(service: OperatorsService, text: string): Promise<OpenedAccount[]> {
  const file = parseBootstrapFile(text);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const today = service.calendar.today();
  const system = service.contextFor({ roles: [Role.Secretariat] });
  const opened: OpenedAccount[] = [];
  const credentials = async () => {
    const oneTimePassword = generateInitialPassword();
    return { oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
  };
  const founders = await Promise.all(file.founders.map(async (f) => ({ ...f, ...(await credentials()) })));
  const staff = await Promise.all(file.staff.map(async (s) => ({ ...s, ...(await credentials()) })));
  await service.transaction(async (tx, unit) => {
    const { now } = unit;
    const claimed = await tx.insert(bootstrapRuns).values({ id: 1, fileSha256: sha256 }).onConflictDoNothing().returning({ id: bootstrapRuns.id });
    if (claimed.length === 0) throw new BootstrapRefused('This registry has already been bootstrapped; add facilities and staff with registerFacility and openStaffAccount');
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(accounts);
    if (Number(existing?.n ?? 0) > 0) throw new BootstrapRefused('This database already holds accounts (demo data?); the bootstrap starts an empty registry');
    for (const facility of file.facilities) await system.facilities.add(tx, facility, ['facilities', facility.id]);
    for (const f of founders) {
      const id = await service.repos.operators.nextId(tx);
      await system.operators.enrol(tx, { id, name: f.name, facilityId: f.facilityId, status: OperatorStatus.Certified, effectiveOn: today, reason: 'Founding operator recommended by the two founders', rule: 'R10' }, null, now);
      const accountId = await service.repos.accounts.insert(tx, { loginId: id, displayName: f.name, passwordHash: f.passwordHash, roles: f.roles, operatorId: id, mustChangePassword: true });
      await unit.audit(accountId, [{ action: 'ACCOUNT_OPENED', detail: { loginId: id, roles: f.roles, bootstrap: true } }]);
      if (f.steeringTerm) {
        await saveAndAnnounceTerm(unit, service.repos, { accountId, startsOn: f.steeringTerm.startsOn, endsOn: termEnd(f.steeringTerm.startsOn), resolution: f.steeringTerm.resolution });
      }
      opened.push({ loginId: id, name: f.name, oneTimePassword: f.oneTimePassword });
    }
    for (const s of staff) {
      const input = { loginId: s.loginId, displayName: s.name, roles: s.roles, facilityId: s.facilityId ?? null };
      system.accounts.checkStaff(input, ['staff', s.loginId]);
      await system.accounts.insertStaff(unit, input, s.passwordHash, ['staff', s.loginId]);
      opened.push({ loginId: s.loginId, name: s.name, oneTimePassword: s.oneTimePassword });
    }
    await unit.audit(null, [{ action: 'BOOTSTRAPPED', detail: { sha256, facilities: file.facilities.length, founders: founders.length, staff: staff.length } }]);
  });
  return opened;
}
