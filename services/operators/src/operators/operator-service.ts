import type { Viewer } from '@registry/auth';
import type { Executor } from '@registry/db';
import { forbidden, notFound } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { LoadersNamed } from '../loaders.ts';
import type { OperatorRecord, OperatorRepository, StatusHistoryRecord } from './operator-repository.ts';
import { assertNotCoreLab, canReadHistory, canSeeOperator } from './operator-policy.ts';
import { type OperatorStatus } from './operator-status.ts';
import { announceRoster } from './roster-events.ts';

export interface EnrolInput {
  id: string;
  name: string;
  facilityId: string;
  status: OperatorStatus;
  effectiveOn: string;
  reason: string;
  /** The rule the status rests on, e.g. "R10" for a founding operator. */
  rule: string;
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const operatorServiceLoaders = ['operatorById'] as const;

/** What OperatorService works with, each named [#14.7]. */
export interface OperatorServiceDeps {
  viewer: Viewer;
  operators: OperatorRepository;
  loaders: LoadersNamed<typeof operatorServiceLoaders>;
}

export class OperatorService {
  constructor(private readonly deps: OperatorServiceDeps) {}

  /** The public list [R12]: open to anyone. */
  async certified(filter: { prefecture?: string | undefined; facilityId?: string | undefined }, page: PageRequest): Promise<OperatorRecord[]> {
    assertNotCoreLab(this.deps.viewer);
    return this.deps.operators.certified(filter, page);
  }

  /** [R12] the day the public list last changed; the secretariat keeps it at least yearly. */
  async listUpdatedOn(): Promise<string | null> {
    return this.deps.operators.publicListUpdatedOn();
  }

  /** Every status change of an operator: for the operator and STEERING/SECRETARIAT. */
  async history(operatorId: string): Promise<StatusHistoryRecord[]> {
    if (!canReadHistory(this.deps.viewer, operatorId)) throw forbidden("An operator's history is read by the operator, the steering committee and the secretariat");
    return this.deps.operators.history(operatorId);
  }

  /** An operator by ID, or null when it does not exist or is not visible to the viewer. */
  async find(id: string): Promise<OperatorRecord | null> {
    const operator = await this.deps.loaders.operatorById.load(id);
    return operator && canSeeOperator(this.deps.viewer, operator) ? operator : null;
  }

  /** One operator through the request's loader (one SQL statement per `_entities` batch). */
  async byId(id: string): Promise<OperatorRecord> {
    const operator = await this.deps.loaders.operatorById.load(id);
    if (!operator) throw notFound('Operator');
    if (!canSeeOperator(this.deps.viewer, operator)) throw forbidden('This operator is not visible to you');
    return operator;
  }

  /**
   * Enters an operator with a status already decided elsewhere: a founding operator
   * recommended by the two founders starts CERTIFIED [R10], and a roster carried over
   * from before the system is entered as it stands. The history row records why, and
   * the roster event tells the cases subgraph [R11].
   */
  async enrol(tx: Executor, input: EnrolInput, decidedBy: string | null, at: Date): Promise<void> {
    const { reason, rule, effectiveOn, ...operator } = input;
    await this.deps.operators.insert(tx, { ...operator, statusSince: effectiveOn });
    await this.deps.operators.changeStatus(tx, {
      operatorId: input.id,
      from: null,
      to: input.status,
      effectiveOn,
      decidedBy,
      reason,
      rule,
      at,
    });
    await announceRoster(tx, { id: input.id, facilityId: input.facilityId, status: input.status });
  }
}
