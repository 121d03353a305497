import { isCoreLab, type Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { badUserInput, forbidden, notFound } from '@registry/errors';
import type { OperatorsUnitOfWork } from '../audit/audit-repository.ts';
import type { LoadersNamed } from '../loaders.ts';
import { assertCan } from '../steering/steering-policy.ts';
import { announceFacility } from './facility-events.ts';
import type { FacilityRecord, FacilityRepository } from './facility-repository.ts';
import type { AccountRepository } from '../accounts/account-repository.ts';

export interface FacilityInput {
  id?: string | null | undefined;
  name: string;
  prefecture: string;
  location: string;
}

/** 施設ID: `F` and three or more digits, as the registry has always numbered them. */
const FACILITY_ID = /^F[0-9]{3,9}$/;
const MAX_TEXT = 200;

/** Checks a facility as entered; the field paths start at `path` (the mutation's `input`). */
export function validFacility(input: FacilityInput, path: readonly (string | number)[]): Omit<FacilityRecord, 'id'> & { id: string | null } {
  const id = input.id?.trim() || null;
  if (id !== null && !FACILITY_ID.test(id)) throw badUserInput('A facility ID is F and three or more digits (F006)', [...path, 'id']);
  const text = (field: 'name' | 'prefecture' | 'location') => {
    const value = input[field].trim();
    if (!value) throw badUserInput(`The facility's ${field} is required`, [...path, field]);
    if (value.length > MAX_TEXT) throw badUserInput(`At most ${MAX_TEXT} characters`, [...path, field]);
    return value;
  };
  return { id, name: text('name'), prefecture: text('prefecture'), location: text('location') };
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const facilityServiceLoaders = ['facilityById'] as const;

/** What FacilityService works with, each named [#14.7]. */
export interface FacilityServiceDeps {
  viewer: Viewer;
  uow: OperatorsUnitOfWork;
  loaders: LoadersNamed<typeof facilityServiceLoaders>;
  accounts: AccountRepository;
  facilities: FacilityRepository;
}

export class FacilityService {
  constructor(private readonly deps: FacilityServiceDeps) {}

  /**
   * Facilities are on the public list [R12], but never reach the core lab: knowing the
   * facility of a case unblinds it [R25][R33].
   */
  async byId(id: string): Promise<FacilityRecord> {
    if (isCoreLab(this.deps.viewer)) throw forbidden('The core lab reads blind');
    const facility = await this.deps.loaders.facilityById.load(id);
    if (!facility) throw notFound('Facility');
    return facility;
  }

  /**
   * A facility joins the registry: the secretariat or the steering committee enters it
   * [R34][R37], and the other subgraphs hear of it (`FacilityRegistered`) in the same
   * transaction. Without an ID the next free `F` number is issued.
   */
  async register(input: FacilityInput): Promise<FacilityRecord> {
    assertCan(this.deps.viewer, 'facility:register', 'The secretariat or the steering committee registers facilities');
    const facility = validFacility(input, ['input']);
    return this.deps.uow.run(async ({ tx, audit }) => {
      const saved = await this.add(tx, facility, ['input', 'id']);
      await audit(saved.id, [{ action: 'FACILITY_REGISTERED', detail: { name: saved.name } }]);
      return saved;
    });
  }

  /** Adds a facility in the caller's transaction and announces it; for `register`, the bootstrap and the seed. */
  async add(tx: Executor, facility: Omit<FacilityRecord, 'id'> & { id: string | null }, idField: readonly (string | number)[]): Promise<FacilityRecord> {
    const id = facility.id ?? (await this.deps.facilities.nextId(tx));
    const saved = { ...facility, id };
    if (!(await this.deps.facilities.insert(tx, saved))) throw badUserInput('This facility ID is taken', idField);
    await announceFacility(tx, id);
    return saved;
  }
}
