import { DurableConsumer, type EventBus } from '@registry/bus';
import { casesTopic, adjudicationTopic, criteriaTopic } from '@registry/contracts';
import type { Logger } from '@registry/logging';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { Repositories } from '../repositories.ts';
import { announceOfficialResult, assignReaders, dueOn } from './core-lab-service.ts';
import { summarize, type OfficialSummary, type SummaryField } from './official-summary.ts';

/**
 * [R29] A completed registration reaches the core lab's worklist, due a month later, and
 * two readers are assigned by load when the roster allows (else the supervisor assigns).
 */
export function createIntakeConsumer(uow: CasesUnitOfWork, bus: EventBus, repos: Repositories, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.core-lab-intake',
    topic: casesTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'RegistrationCompleted.v1': async ({ tx }, { registrationNumber }, event) => {
        if (await repos.coreLab.intake(tx, { registrationNumber, notifiedAt: event.createdAt, dueOn: dueOn(event.createdAt) })) {
          await assignReaders(tx, repos, registrationNumber, undefined, null, event.createdAt);
        }
      },
    },
  });
}

/** [R24][R28b] The committee's criteria versions: every new read records the one in force. */
export function createCriteriaConsumer(uow: CasesUnitOfWork, bus: EventBus, repos: Repositories, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.criteria',
    topic: criteriaTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'CriteriaVersionPublished.v1': ({ tx }, v) => repos.coreLab.recordCriteria(tx, { version: v.version, effectiveFrom: v.effectiveFrom, title: v.title }),
    },
  });
}

/**
 * [R28b] A committee ruling that changes an official result: recorded on the case, with
 * the ruling as the reason, in the audit trail too; the changed result is announced again.
 * The case row is locked first, as every change to a case is (the CaseLedger): its
 * hash-chained audit trail has one writer at a time [T14.1].
 */
export function createRulingConsumer(uow: CasesUnitOfWork, bus: EventBus, repos: Repositories, logger: Logger) {
  return new DurableConsumer(bus, {
    name: 'cases.rulings',
    topic: adjudicationTopic,
    logger,
    unitOfWork: uow,
    handlers: {
      'RulingChangedResult.v1': async ({ tx }, ruling, event) => {
        if (!(await repos.cases.lock(tx, ruling.registrationNumber))) {
          logger.warn({ registrationNumber: ruling.registrationNumber, rulingId: ruling.rulingId }, 'ruling on an unknown case; ignored');
          return;
        }
        const result = await repos.coreLab.result(ruling.registrationNumber, tx);
        if (!result) {
          logger.warn({ registrationNumber: ruling.registrationNumber, rulingId: ruling.rulingId }, 'ruling on a case without an official result; ignored');
          return;
        }
        for (const change of ruling.changes) {
          await repos.coreLab.insertChange(tx, { rulingId: ruling.rulingId, matterId: ruling.matterId, registrationNumber: ruling.registrationNumber, field: change.field, fromValue: change.from, toValue: change.to, changedAt: event.createdAt });
        }
        await repos.audit.append(
          tx,
          ruling.registrationNumber,
          ruling.changes.map((c) => ({ action: 'RULING_CHANGED_RESULT', field: `officialResult.${c.field}`, oldValue: JSON.stringify(c.from), newValue: JSON.stringify(c.to) })),
          { actorAccountId: `ruling:${ruling.rulingId}`, at: event.createdAt, reason: `Adjudication committee ruling ${ruling.rulingId} on matter ${ruling.matterId}` },
        );
        await announceOfficialResult(tx, repos, ruling.registrationNumber, summarize(result.judgement, await overridesOf(repos, ruling.registrationNumber, tx)), ruling.rulingId, event.createdAt);
      },
    },
  });
}

/** Every ruling's changes to a case's outcomes, the latest winning. */
export async function overridesOf(repos: Repositories, registrationNumber: string, tx?: Parameters<Repositories['coreLab']['changes']>[1]): Promise<Partial<OfficialSummary>> {
  const overrides: Partial<OfficialSummary> = {};
  for (const c of await repos.coreLab.changes(registrationNumber, tx)) overrides[c.field as SummaryField] = c.toValue as boolean;
  return overrides;
}
