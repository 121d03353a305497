import type { Viewer } from '@registry/auth';
import { assertNotCoreLab } from '../operators/operator-policy.ts';
import type { Executor } from '@registry/db';
import { notFound, optionalUuid, requireText } from '@registry/errors';
import type { Calendar } from '@registry/calendar';
import type { PageRequest } from '@registry/subgraph-server';
import type { UnitOfWork } from '@registry/unit-of-work';
import { revoke, type RevocationGround } from '../certification/certification-machine.ts';
import { recordTransition } from '../certification/status-recorder.ts';
import { computeFigures, notImproved, thresholdsFor } from '../monitoring/monitoring-rules.ts';
import type { Repositories } from '../repositories.ts';
import { assertSittingSteeringMember, assertSteeringRole } from '../steering/steering-policy.ts';
import type { PublishedRevocationRecord, RevocationRecord } from './revocation-repository.ts';

export interface RevocationInput {
  operatorId: string;
  ground: RevocationGround;
  reason: string;
  /** Where the committee's decision is recorded: minutes, meeting date, resolution number. */
  decisionRecord: string;
  /** For NO_IMPROVEMENT_AFTER_WARNING: the warning; the operator's latest when omitted. */
  warningId?: string | undefined;
}

/** 認定取り消し [R10][R15][R37][R50b]. */
export class RevocationService {
  constructor(
    private readonly viewer: Viewer,
    private readonly uow: UnitOfWork,
    private readonly repos: Repositories,
    private readonly calendar: Calendar,
  ) {}

  /** STEERING revokes after review, with reason and decision record; exclusion is published [R10]. */
  async revoke(input: RevocationInput): Promise<RevocationRecord> {
    assertSteeringRole(this.viewer);
    const reason = requireText(input.reason, ['input', 'reason'], 'The reason for a revocation');
    const decisionRecord = requireText(input.decisionRecord, ['input', 'decisionRecord'], 'The decision record of a revocation');
    optionalUuid(input.warningId, ['input', 'warningId']);
    return this.uow.run(async ({ tx, today, now: at }) => {
      const decidedBy = await assertSittingSteeringMember(tx, this.viewer, this.repos.steering, today);
      const operator = await this.repos.operators.lockById(tx, input.operatorId);
      if (!operator) throw notFound('Operator');
      const evidence = input.ground === 'NO_IMPROVEMENT_AFTER_WARNING' ? await this.warningNotHeeded(tx, input.operatorId, input.warningId) : { warningId: null, notImproved: false };
      const transition = revoke({ status: operator.status, ground: input.ground, warnedAndNotImproved: evidence.notImproved });
      const on = today;
      await recordTransition(tx, this.repos, { operatorId: input.operatorId, transition, effectiveOn: on, decidedBy, reason, at });
      const revocation = await this.repos.revocations.insert(tx, {
        operatorId: input.operatorId,
        ground: input.ground,
        reason,
        decisionRecord,
        decidedOn: on,
        decidedBy,
        warningId: evidence.warningId,
        published: transition.published,
      });
      await this.repos.accounts.audit(tx, { actorAccountId: decidedBy, action: 'OPERATOR_REVOKED', subject: input.operatorId, detail: { ground: input.ground, reason, decisionRecord, published: transition.published } });
      return revocation;
    });
  }

  /** [R10] the revocations the homepage must show: no token needed. */
  async published(page: PageRequest): Promise<PublishedRevocationRecord[]> {
    assertNotCoreLab(this.viewer);
    return this.repos.revocations.published(page);
  }

  /** [R15] a warning exists and the year after it has ended without improvement. */
  private async warningNotHeeded(tx: Executor, operatorId: string, warningId: string | undefined) {
    const warning = warningId ? await this.repos.monitoring.warningById(tx, warningId) : await this.repos.monitoring.latestWarningOf(tx, operatorId);
    if (!warning || warning.operatorId !== operatorId) return { warningId: null, notImproved: false };
    const nextYear = warning.year + 1;
    const thresholds = thresholdsFor(nextYear, await this.repos.monitoring.thresholds(tx));
    if (nextYear >= this.calendar.year() || !thresholds) return { warningId: warning.id, notImproved: false };
    const next = computeFigures(operatorId, nextYear, await this.repos.monitoring.resultsOf(tx, operatorId, nextYear));
    return { warningId: warning.id, notImproved: notImproved(warning.measures, next, thresholds) };
  }
}
