import type { Viewer } from '@registry/auth';
import { assertNotCoreLab } from '../operators/operator-policy.ts';
import type { Executor } from '@registry/db';
import { notFound, optionalUuid, requireText } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import { revoke, type RevocationGround } from '../certification/certification-machine.ts';
import { recordTransition } from '../certification/status-recorder.ts';
import { computeFigures, notImproved, thresholdsFor } from '../monitoring/monitoring-rules.ts';
import { assertSittingSteeringMember, assertSteeringRole } from '../steering/steering-policy.ts';
import type { PublishedRevocationRecord, RevocationRecord, RevocationRepository } from './revocation-repository.ts';
import type { MonitoringRepository } from '../monitoring/monitoring-repository.ts';
import type { OperatorRepository } from '../operators/operator-repository.ts';
import type { SteeringRepository } from '../steering/steering-repository.ts';

export interface RevocationInput {
  operatorId: string;
  ground: RevocationGround;
  reason: string;
  /** Where the committee's decision is recorded: minutes, meeting date, resolution number. */
  decisionRecord: string;
  /** For NO_IMPROVEMENT_AFTER_WARNING: the warning; the operator's latest when omitted. */
  warningId?: string | undefined;
}

/** What RevocationService works with, each named [#14.7]. */
export interface RevocationServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  monitoring: MonitoringRepository;
  operators: OperatorRepository;
  revocations: RevocationRepository;
  steering: SteeringRepository;
}

/** 認定取り消し [R10][R15][R37][R50b]. */
export class RevocationService {
  constructor(private readonly deps: RevocationServiceDeps) {}

  /** STEERING revokes after review, with reason and decision record; exclusion is published [R10]. */
  async revoke(input: RevocationInput): Promise<RevocationRecord> {
    assertSteeringRole(this.deps.viewer);
    const reason = requireText(input.reason, ['input', 'reason'], 'The reason for a revocation');
    const decisionRecord = requireText(input.decisionRecord, ['input', 'decisionRecord'], 'The decision record of a revocation');
    optionalUuid(input.warningId, ['input', 'warningId']);
    return this.deps.uow.run(async (unit) => {
      const { tx, today, audit } = unit;
      const decidedBy = await assertSittingSteeringMember(tx, this.deps.viewer, this.deps.steering, today);
      const operator = await this.deps.operators.lockById(tx, input.operatorId);
      if (!operator) throw notFound('Operator');
      const evidence = input.ground === 'NO_IMPROVEMENT_AFTER_WARNING' ? await this.warningNotHeeded(tx, input.operatorId, input.warningId) : { warningId: null, notImproved: false };
      const transition = revoke({ status: operator.status, ground: input.ground, warnedAndNotImproved: evidence.notImproved });
      const on = today;
      await recordTransition(unit, this.deps, { operatorId: input.operatorId, transition, effectiveOn: on, reason });
      const revocation = await this.deps.revocations.insert(tx, {
        operatorId: input.operatorId,
        ground: input.ground,
        reason,
        decisionRecord,
        decidedOn: on,
        decidedBy,
        warningId: evidence.warningId,
        published: transition.published,
      });
      await audit(input.operatorId, [{ action: 'OPERATOR_REVOKED', detail: { ground: input.ground, reason, decisionRecord, published: transition.published } }]);
      return revocation;
    });
  }

  /** [R10] the revocations the homepage must show: no token needed. */
  async published(page: PageRequest): Promise<PublishedRevocationRecord[]> {
    assertNotCoreLab(this.deps.viewer);
    return this.deps.revocations.published(page);
  }

  /** [R15] a warning exists and the year after it has ended without improvement. */
  private async warningNotHeeded(tx: Executor, operatorId: string, warningId: string | undefined) {
    const warning = warningId ? await this.deps.monitoring.warningById(tx, warningId) : await this.deps.monitoring.latestWarningOf(tx, operatorId);
    if (!warning || warning.operatorId !== operatorId) return { warningId: null, notImproved: false };
    const nextYear = warning.year + 1;
    const thresholds = thresholdsFor(nextYear, await this.deps.monitoring.thresholds(tx));
    if (nextYear >= this.deps.uow.calendar.year() || !thresholds) return { warningId: warning.id, notImproved: false };
    const next = computeFigures(operatorId, nextYear, await this.deps.monitoring.resultsOf(tx, operatorId, nextYear));
    return { warningId: warning.id, notImproved: notImproved(warning.measures, next, thresholds) };
  }
}
