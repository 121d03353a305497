import { Role } from '@registry/auth';
import type { CasesService } from '../server.ts';
import type { Vessel } from '../cases/case-repository.ts';

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

/** Registers the demo cases as their operators would, through the case service. Idempotent. */
export async function seedCases(service: CasesService, accounts: Map<string, string>): Promise<string[]> {
  const existing = await service.registrationNumbers();
  if (existing.length > 0) return existing;
  const numbers: string[] = [];
  for (const c of DEMO_CASES) {
    const ctx = service.contextFor({ roles: [Role.Operator], operatorId: c.operatorId, facilityId: c.facilityId, accountId: accounts.get(c.operatorId) });
    const record = await ctx.cases.register({
      facilityId: c.facilityId,
      operatorId: c.operatorId,
      patientCode: c.patient,
      patientInitials: c.initials,
      domestic: c.domestic,
      procedureDate: c.procedureDate,
      vessel: c.vessel,
    });
    if (c.complete) await ctx.cases.complete(record.registrationNumber, new Date(`${c.procedureDate}T12:00:00Z`));
    numbers.push(record.registrationNumber);
  }
  return numbers;
}
