import { Role } from '@registry/auth';
import type { CasesService } from '../server.ts';
import { HISTORY_YEARS } from './history.ts';

/** The secretariat presents each past year in January of the next [R27][R41]. */
const presentedOn = (year: number) => () => new Date(`${year + 1}-01-20T03:00:00Z`);
/** [R20] and issues the first past year's fee statements in February; the later year's wait for the secretariat (the demo shows both). */
const issuedOn = (year: number) => () => new Date(`${year + 1}-02-10T03:00:00Z`);

/**
 * The demo's past years [R27]: their cases written in one unit of work, then each year
 * presented by the secretariat through the annual report service, as it would be, so the
 * demo has frozen years to report on and to release data from [R21a], and a ruling after
 * the freeze listed beside the last year's report [R28b]; the first year's fee
 * statements issued [R20], the last year's left to issue; the data center's risk model
 * fitted on them [R15]. Idempotent.
 */
export async function seedHistory(service: CasesService, accounts: Map<string, string>): Promise<void> {
  const years = Object.keys(HISTORY_YEARS).map(Number);
  if ((await service.registrationNumbers()).some((n) => n.startsWith(`CTO-${years[0]}-`))) return;
  await service.writeDemoHistory(accounts);
  for (const year of years) {
    const secretariat = service.contextFor({ roles: [Role.Secretariat], accountId: accounts.get('secretariat') }, { now: presentedOn(year) });
    await secretariat.annualReports.present(year);
  }
  // [R28b] a ruling after 2025 was presented: the frozen report lists it as a correction.
  await service.writeDemoCorrection();
  const first = years[0]!;
  await service.contextFor({ roles: [Role.Secretariat], accountId: accounts.get('secretariat') }, { now: issuedOn(first) }).feeStatements.issueYear(first);
  // [R15] the data center fits the risk-adjusted monitoring's model on the presented years once they are frozen.
  const dataCenter = service.contextFor({ roles: [Role.DataCenter], accountId: accounts.get('datacenter') }, { now: presentedOn(years[years.length - 1]!) });
  await dataCenter.riskMonitoring.fit(years);
}
