import type { Unit } from '@registry/unit-of-work';
import type { MonitoringRepository, OfficialResultRecord } from './monitoring-repository.ts';

/** What OfficialResultProjectionService works with, each named [#14.7]. */
export interface OfficialResultProjectionServiceDeps {
  monitoring: MonitoringRepository;
}

/**
 * The core lab's official results as this subgraph follows them (`operators.official_results`),
 * from which an operator's figures are computed [R15][R28][R38]: the latest announcement
 * of a case wins (a ruling changes a result [R28b]).
 */
export class OfficialResultProjectionService {
  constructor(private readonly deps: OfficialResultProjectionServiceDeps) {}

  recorded({ tx }: Unit, result: OfficialResultRecord): Promise<void> {
    return this.deps.monitoring.record(tx, result);
  }
}
