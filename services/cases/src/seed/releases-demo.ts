import { Role, type Viewer } from '@registry/auth';
import type { CasesService } from '../server.ts';

/**
 * Demo recipients' age X25519 public keys. Their private keys were never in the registry
 * (nor in this repository): the registry encrypts to a key, it never holds the one that opens it.
 */
const RESEARCHER_KEY = 'age1l02rhl20txvaea0x8qkr06qx6auflz2yrsg4n7cdz3rh7dyqcs3srdv0fx';
const SPONSOR_KEY = 'age1z2dlhyyktm4hmvgavz0xvde9e5kqsqpyh4ct39hz9dssqfrc9scqd3k8e2';

const on = (day: string) => ({ now: () => new Date(`${day}T03:00:00Z`) });

/**
 * The demo's data requests [R21a][R39][T7.2]: the researcher's, approved by a steering
 * member, released by the data center and its publication reported; the sponsor's,
 * waiting for the steering committee. Through the release service. Idempotent.
 */
export async function seedDataRequests(service: CasesService, accounts: Map<string, string>): Promise<void> {
  const as = (loginId: string, roles: Role[], day: string, extra: Partial<Viewer> = {}) => service.contextFor({ roles, accountId: accounts.get(loginId), ...extra }, on(day)).releases;
  const staff = as('datacenter', [Role.DataCenter], '2026-03-02');
  if ((await staff.requests(undefined, { limit: 1, after: undefined })).length > 0) return;
  const filed = await as('researcher', [Role.Researcher], '2026-03-02').file({
    recipientName: 'Jun Ogawa (non-certified cardiologist)',
    purpose: 'RESEARCH',
    title: 'Technical success of CTO-PCI by J-CTO score and approach, 2024–2025',
    plan: 'Logistic regression of official technical success on the J-CTO score and the approach; descriptive tables of perforation by Ellis class. Data kept on an encrypted server of the department, destroyed after publication.',
    items: ['procedureYear', 'ageAtProcedure', 'sex', 'jctoScore', 'approach', 'technicalSuccess', 'procedureSuccess', 'perforation'],
    years: [2024, 2025],
    fullDates: false,
    pledgeAccepted: true,
    recipientPublicKey: RESEARCHER_KEY,
  });
  await as('OP0001', [Role.Steering], '2026-03-16', { operatorId: 'OP0001', facilityId: 'F001' }).review(filed.id, 'APPROVE', 'Purpose and data keeping are adequate');
  await as('datacenter', [Role.DataCenter], '2026-04-01').release(filed.id);
  await as('researcher', [Role.Researcher], '2026-10-20').reportPublication(filed.id, 'Ogawa J, et al. Circ J 2026 (in press)');
  await as('sponsor', [Role.Sponsor], '2026-11-10').file({
    recipientName: 'Sponsor Company',
    purpose: 'OTHER',
    title: 'Device use in retrograde CTO-PCI, 2025',
    plan: 'Counts of retrograde procedures and their outcomes for post-marketing surveillance of a microcatheter.',
    items: ['procedureDate', 'approach', 'technicalSuccess', 'perforation', 'tamponade'],
    years: [2025],
    fullDates: false,
    pledgeAccepted: true,
    recipientPublicKey: SPONSOR_KEY,
  });
}
