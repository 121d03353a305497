import { DurableConsumer, type BusEvent, type EventBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { CASES_TOPIC } from '../case-counts/case-count-consumer.ts';
import type { MonitoringRepository } from './monitoring-repository.ts';

/**
 * The contract with the cases subgraph (docs/architecture.md, topic `cases`): the core
 * lab's official result of one registration [R15][R28]. Registry identifiers only [R30].
 */
export interface OfficialResultRecorded {
  registrationNumber: string;
  operatorId: string;
  /** The calendar year the result counts in (the procedure's year). */
  year: number;
  technicalSuccess: boolean;
  procedureSuccess: boolean;
  complication: boolean;
  indicationAppropriate: boolean;
}

function isOfficialResult(p: unknown): p is OfficialResultRecorded {
  const r = p as Record<string, unknown> | null;
  return (
    !!r &&
    typeof r['registrationNumber'] === 'string' &&
    typeof r['operatorId'] === 'string' &&
    Number.isInteger(r['year']) &&
    ['technicalSuccess', 'procedureSuccess', 'complication', 'indicationAppropriate'].every((k) => typeof r[k] === 'boolean')
  );
}

/** Projects official results into `operators.official_results`, from which figures are computed [R15][R38]. */
export function createOfficialResultConsumer(handle: DatabaseHandle, bus: EventBus, monitoring: MonitoringRepository, logger: Logger) {
  return new DurableConsumer(
    handle,
    bus,
    'operators.official-results',
    CASES_TOPIC,
    async (tx, event: BusEvent) => {
      if (event.type !== 'OfficialResultRecorded') return;
      if (!isOfficialResult(event.payload)) {
        logger.error({ seq: event.seq }, 'malformed OfficialResultRecorded skipped');
        return;
      }
      const p = event.payload;
      await monitoring.record(tx, {
        registrationNumber: p.registrationNumber,
        operatorId: p.operatorId,
        year: p.year,
        technicalSuccess: p.technicalSuccess,
        procedureSuccess: p.procedureSuccess,
        complication: p.complication,
        indicationAppropriate: p.indicationAppropriate,
      });
    },
    (err) => logger.error({ err }, 'official-result consumer failed; will retry'),
  );
}
