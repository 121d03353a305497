import { isCoreLab, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { forbidden, notFound } from '@registry/errors';
import type { Loaders } from '../loaders.ts';
import type { FacilityRecord, FacilityRepository } from './facility-repository.ts';

export class FacilityService {
  constructor(
    private readonly viewer: Viewer,
    private readonly facilities: FacilityRepository,
    private readonly loaders: Loaders,
  ) {}

  /**
   * Facilities are on the public list [R12], but never reach the core lab: knowing the
   * facility of a case unblinds it [R25][R33].
   */
  async byId(id: string): Promise<FacilityRecord> {
    if (isCoreLab(this.viewer)) throw forbidden('The core lab reads blind');
    const facility = await this.loaders.facilityById.load(id);
    if (!facility) throw notFound('Facility');
    return facility;
  }

  save(tx: Executor, facility: FacilityRecord): Promise<void> {
    return this.facilities.upsert(tx, facility);
  }
}
