import { Role } from '@registry/auth';
import type { CommitteeSeat } from '../committee/committee-repository.ts';
import type { AdjudicationService } from '../server.ts';

const COMMITTEE: { loginId: string; seat: CommitteeSeat; isChair?: boolean }[] = [
  { loginId: 'OP0002', seat: 'STEERING', isChair: true },
  { loginId: 'OP0001', seat: 'STEERING' },
  { loginId: 'OP0003', seat: 'CERTIFIED_OPERATOR' },
  { loginId: 'OP0004', seat: 'CERTIFIED_OPERATOR' },
  { loginId: 'OP0005', seat: 'CERTIFIED_OPERATOR' },
  { loginId: 'OP0006', seat: 'CERTIFIED_OPERATOR' },
  { loginId: 'expert-1', seat: 'EXTERNAL_EXPERT' },
  { loginId: 'expert-2', seat: 'EXTERNAL_EXPERT' },
  { loginId: 'expert-3', seat: 'EXTERNAL_EXPERT' },
  { loginId: 'expert-4', seat: 'EXTERNAL_EXPERT' },
];

const POSTS: { loginId: string; operatorId: string; facilityId: string; body: string }[] = [
  { loginId: 'OP0003', operatorId: 'OP0003', facilityId: 'F003', body: 'Which collateral did you use for the retrograde approach, and why not the septal channel?' },
  { loginId: 'OP0001', operatorId: 'OP0001', facilityId: 'F001', body: 'The septal channels were tortuous on the pre-procedure angiogram; we went epicardial through the LCX.' },
  { loginId: 'OP0004', operatorId: 'OP0004', facilityId: 'F004', body: 'Thank you. Did IVUS guide the reverse CART?' },
];

/**
 * The committee (chair, steering members, four certified operators, four external experts
 * [R43][R44]) and a discussion on the first case [R6]. Idempotent.
 */
export async function seedAdjudication(service: AdjudicationService, accounts: Map<string, string>, firstCase: string): Promise<void> {
  await service.catchUp();
  const steering = service.contextFor({ roles: [Role.Steering, Role.Operator], accountId: accounts.get('OP0001') });
  if ((await steering.committee.members()).length > 0) return;
  for (const m of COMMITTEE) {
    const operatorId = m.loginId.startsWith('OP') ? m.loginId : undefined;
    await steering.committee.appoint({ accountId: accounts.get(m.loginId)!, seat: m.seat, operatorId, isChair: m.isChair ?? false }, '2025-04-01');
  }
  // [R24] the committee's first judging criteria, so the core lab can read [R28a]
  const chair = service.contextFor({ roles: [Role.CommitteeChair, Role.Steering, Role.Operator], accountId: accounts.get('OP0002'), operatorId: 'OP0002', facilityId: 'F002' });
  await chair.criteria.publish({ title: 'CTO judging criteria, version 1', body: 'TIMI 0 antegrade flow for three months or more confirms a CTO; technical success is TIMI 3 with residual stenosis under 30 %.', effectiveFrom: service.calendar.today() });
  const thread = await steering.discussion.threadOfCase(firstCase);
  if (!thread) throw new Error(`no discussion thread for ${firstCase}`);
  for (const p of POSTS) {
    const author = service.contextFor({ roles: [Role.Operator], accountId: accounts.get(p.loginId), operatorId: p.operatorId, facilityId: p.facilityId });
    await author.discussion.post(thread.id, p.body);
  }
}
