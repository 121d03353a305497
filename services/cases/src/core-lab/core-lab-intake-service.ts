import type { Logger } from '@registry/logging';
import type { AuditRepository } from '../audit/audit-repository.ts';
import type { CasesUnit } from '../cases/case-ledger.ts';
import { announceOfficialResult, assignReaders, dueOn, type CoreLabRepositories } from './core-lab-service.ts';
import type { CriteriaVersionRecord } from './core-lab-repository.ts';
import { overridesOf } from './official-result-service.ts';
import { summarize, type SummaryField } from './official-summary.ts';

/** What CoreLabIntakeService works with, each named [#14.7]. */
export interface CoreLabIntakeServiceDeps extends CoreLabRepositories {
  audit: AuditRepository;
  logger: Logger;
}

/** A ruling's changes to a case's official result, as adjudication announces them [R28b]. */
export interface RulingChange {
  registrationNumber: string;
  matterId: string;
  rulingId: string;
  changes: readonly { field: SummaryField; from: boolean | null; to: boolean }[];
}

/**
 * What reaches the core lab from elsewhere, each inside the consumer's unit of work:
 * completed registrations [R29], the committee's criteria versions [R24] and its rulings
 * on official results [R28b].
 */
export class CoreLabIntakeService {
  constructor(private readonly deps: CoreLabIntakeServiceDeps) {}

  /** [R29] A completed registration reaches the worklist, due a month later; two readers are assigned by load when the roster allows (else the supervisor assigns). */
  async registrationCompleted({ tx }: CasesUnit, registrationNumber: string, notifiedAt: Date): Promise<void> {
    if (await this.deps.coreLab.intake(tx, { registrationNumber, notifiedAt, dueOn: dueOn(notifiedAt) })) {
      await assignReaders(tx, this.deps, registrationNumber, undefined, null, notifiedAt);
    }
  }

  /** [R24][R28b] Every new read records the criteria version in force. */
  criteriaPublished({ tx }: CasesUnit, version: CriteriaVersionRecord): Promise<void> {
    return this.deps.coreLab.recordCriteria(tx, version);
  }

  /**
   * [R28b] A committee ruling that changes an official result: recorded on the case, with
   * the ruling as the reason, in the audit trail too; the changed result is announced again.
   * The case row is locked first, as every change to a case is (the CaseLedger): its
   * hash-chained audit trail has one writer at a time [T14.1]. The entry's author is the
   * ruling and its instant the ruling's announcement, not the consumer's unit.
   */
  async rulingChangedResult({ tx }: CasesUnit, ruling: RulingChange, at: Date): Promise<void> {
    const { cases, coreLab, audit, logger } = this.deps;
    if (!(await cases.lock(tx, ruling.registrationNumber))) {
      logger.warn({ registrationNumber: ruling.registrationNumber, rulingId: ruling.rulingId }, 'ruling on an unknown case; ignored');
      return;
    }
    const result = await coreLab.result(ruling.registrationNumber, tx);
    if (!result) {
      logger.warn({ registrationNumber: ruling.registrationNumber, rulingId: ruling.rulingId }, 'ruling on a case without an official result; ignored');
      return;
    }
    for (const change of ruling.changes) {
      await coreLab.insertChange(tx, { rulingId: ruling.rulingId, matterId: ruling.matterId, registrationNumber: ruling.registrationNumber, field: change.field, fromValue: change.from, toValue: change.to, changedAt: at });
    }
    await audit.append(
      tx,
      ruling.registrationNumber,
      ruling.changes.map((c) => ({ action: 'RULING_CHANGED_RESULT', field: `officialResult.${c.field}`, oldValue: JSON.stringify(c.from), newValue: JSON.stringify(c.to) })),
      { actorAccountId: `ruling:${ruling.rulingId}`, at, reason: `Adjudication committee ruling ${ruling.rulingId} on matter ${ruling.matterId}` },
    );
    await announceOfficialResult(tx, this.deps, ruling.registrationNumber, summarize(result.judgement, await overridesOf(coreLab, ruling.registrationNumber, tx)), ruling.rulingId, at);
  }
}
