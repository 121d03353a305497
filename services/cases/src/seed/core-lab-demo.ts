import { Role, type Viewer } from '@registry/auth';
import type { CoreLabJudgement } from '../core-lab/read-fields.ts';
import type { CasesService } from '../server.ts';

/** The demo core lab: two readers and a supervisor on the roster [R26]. */
export const CORE_LAB_DEMO = [
  { loginId: 'corelab-reader-1', role: Role.CoreLabReader },
  { loginId: 'corelab-reader-2', role: Role.CoreLabReader },
  { loginId: 'corelab-supervisor', role: Role.CoreLabSupervisor },
] as const;

const coreLabViewer = (accounts: Map<string, string>, loginId: string, role: Role): Viewer => ({ roles: [role], accountId: accounts.get(loginId) });

/** Enrols the demo core lab before registrations complete, so intake assigns readers by load. Idempotent. */
export async function enrolDemoCoreLab(service: CasesService, accounts: Map<string, string>): Promise<void> {
  for (const member of CORE_LAB_DEMO) await service.contextFor(coreLabViewer(accounts, member.loginId, member.role)).coreLab.enrol();
}

const AGREED: CoreLabJudgement = {
  ctoStatus: 'CTO_CONFIRMED', bluntStump: true, calcification: true, bending: false, occlusionLength20mm: true, retryLesion: false,
  timiBefore: 0, timiAfter: 3, residualStenosis: 10, sideBranchLoss: false, technicalSuccess: true, perforation: 'NONE', noReflow: false, dissection: false,
};

/**
 * Two agreeing reads of the first case make its result official [R26][R27], so the
 * operator's comparison and an objection have something to show. Needs criteria in force.
 */
export async function readDemoCase(service: CasesService, accounts: Map<string, string>, registrationNumber: string): Promise<void> {
  const supervisor = service.contextFor(coreLabViewer(accounts, 'corelab-supervisor', Role.CoreLabSupervisor));
  const c = await supervisor.coreLab.case(registrationNumber);
  if (!c || c.status !== 'AWAITING_READS') return;
  const assigned = await supervisor.coreLab.assignments(registrationNumber);
  for (const [i, a] of assigned.entries()) {
    const reader = service.contextFor({ roles: [Role.CoreLabReader], accountId: a.readerAccountId });
    await reader.coreLab.submitRead(registrationNumber, { ...AGREED, residualStenosis: 10 + i * 4 });
  }
}
