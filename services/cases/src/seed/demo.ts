import { Role } from '@registry/auth';
import type { Vessel } from '../cases/case-repository.ts';
import { requiredSeries } from '../images/required-series.ts';
import type { CasesService } from '../server.ts';
import { enrolDemoCoreLab } from './core-lab-demo.ts';
import { EXAMPLE_FORM, exampleRegistration } from './fixtures.ts';

interface DemoCase {
  operatorId: string;
  facilityId: string;
  patient: string;
  initials: string;
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
  complete: boolean;
}

const OPERATOR_FACILITY: Record<string, string> = {
  OP0001: 'F001', OP0002: 'F002', OP0003: 'F003', OP0004: 'F004', OP0005: 'F005', OP0006: 'F001', OP0007: 'F002',
};
const VESSELS: Vessel[] = ['RCA', 'LAD', 'LCX', 'RCA', 'LAD', 'LM'];
const FACILITIES = ['F001', 'F002', 'F003', 'F004', 'F005'];

/** Fourteen cases in 2026 across operators, most complete, one overseas; the same every time. */
export const DEMO_CASES: DemoCase[] = Array.from({ length: 14 }, (_, i) => {
  const operatorId = Object.keys(OPERATOR_FACILITY)[i % 7]!;
  const month = String(1 + (i % 10)).padStart(2, '0');
  return {
    operatorId,
    facilityId: OPERATOR_FACILITY[operatorId]!,
    patient: `${OPERATOR_FACILITY[operatorId]}-P${String(1000 + i)}`,
    initials: `${String.fromCharCode(65 + (i % 26))}.${String.fromCharCode(75 + (i % 13))}.`,
    domestic: i !== 5,
    procedureDate: `2026-${month}-${String(10 + i).padStart(2, '0')}`,
    vessel: VESSELS[i % VESSELS.length]!,
    complete: i % 4 !== 3,
  };
});

const noonOf = (day: string) => () => new Date(`${day}T12:00:00Z`);

/**
 * Registers the demo cases as their operators would, through the case services: the
 * secretariat records each facility's ethics approval [R17], the operator registers, and
 * a complete case gets its form and image series, which completes it [R18]. Each step
 * runs on the clock of the procedure day. Idempotent.
 */
export async function seedCases(service: CasesService, accounts: Map<string, string>): Promise<string[]> {
  const existing = await service.registrationNumbers();
  if (existing.length > 0) return existing;
  await enrolDemoCoreLab(service, accounts);
  const secretariat = service.contextFor({ roles: [Role.Secretariat], accountId: accounts.get('secretariat') }, { now: noonOf('2026-01-05') });
  for (const facilityId of FACILITIES) {
    await secretariat.sites.record({ facilityId, ethicsApprovedOn: '2025-12-01', approvalNumber: `IRB-2025-${facilityId}`, contractStatus: 'SIGNED' });
  }
  const numbers: string[] = [];
  for (const c of DEMO_CASES) {
    const viewer = { roles: [Role.Operator], operatorId: c.operatorId, facilityId: c.facilityId, accountId: accounts.get(c.operatorId) };
    const ctx = service.contextFor(viewer, { now: noonOf(c.procedureDate) });
    const { registrationNumber } = await ctx.cases.register(
      exampleRegistration({ facilityId: c.facilityId, operatorId: c.operatorId, patientCode: c.patient, initials: c.initials, domestic: c.domestic, procedureDate: c.procedureDate, vessel: c.vessel }),
    );
    if (c.complete) {
      await ctx.forms.save({ registrationNumber, ...EXAMPLE_FORM });
      // The demo's images arrive on media at the data center: no DICOM files ship with the demo.
      const media = service.contextFor({ roles: [Role.DataCenter], accountId: accounts.get('datacenter') }, { now: noonOf(c.procedureDate) });
      for (const kind of requiredSeries(c.domestic)) await media.images.recordSeries(registrationNumber, kind);
    }
    numbers.push(registrationNumber);
  }
  return numbers;
}
