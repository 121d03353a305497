import type { Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { notFound } from '@registry/errors';
import type { Unit, UnitOfWork } from '@registry/unit-of-work';
import type { AuditItem } from '../audit/audit-repository.ts';
import { actorOf } from './case-policy.ts';
import type { CaseRecord, CaseRepository } from './case-repository.ts';
import { completionGaps } from './completion-rules.ts';
import { assertCanWrite, assertRoleMayWrite, type CaseWrite } from './case-write-policy.ts';
import type { FormRepository } from '../form/form-repository.ts';
import type { ImageSeriesRepository } from '../images/image-series-repository.ts';

/** The cases subgraph's unit of work: its audit trail is the case's hash chain, keyed by registration number [T14.1]. */
export type CasesUnitOfWork = UnitOfWork<string, AuditItem>;

/** One running unit of the cases subgraph: what a consumer's handler is given. */
export type CasesUnit = Unit<string, AuditItem>;

/** One change to one case, inside its unit of work, with the case row locked. */
export interface CaseChange {
  tx: Executor;
  case: CaseRecord;
  /** The unit's one instant. */
  now: Date;
  /** Today in Japan, at `now` [R14]. */
  today: string;
  actor: string;
  /** Appends to the case's hash-chained audit trail [T14.1]. */
  audit(items: readonly AuditItem[], reason?: string | null): Promise<void>;
}

/** What CaseLedger works with, each named [#14.7]. */
export interface CaseLedgerDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  cases: CaseRepository;
  forms: FormRepository;
  images: ImageSeriesRepository;
}

/**
 * Every change to a case goes through here, on the subgraph's unit of work: one
 * transaction, the case row locked (so its audit chain has one writer), authorization
 * against the locked row, and the audit trail written beside the change by the unit's
 * actor at its instant. A refusal anywhere rolls everything back.
 */
export class CaseLedger {
  constructor(private readonly deps: CaseLedgerDeps) {}

  /**
   * A write of the case-write table (case-write-policy.ts): the role is checked before the
   * case is looked up, the relation to the case on the locked row.
   */
  write<T>(registrationNumber: string, action: CaseWrite, work: (change: CaseChange) => Promise<T>): Promise<T> {
    assertRoleMayWrite(this.deps.viewer, action);
    return this.change(registrationNumber, (c) => assertCanWrite(this.deps.viewer, c, action), work);
  }

  change<T>(registrationNumber: string, authorize: (c: CaseRecord) => void, work: (change: CaseChange) => Promise<T>): Promise<T> {
    // Who writes is known before anything is looked up.
    const actor = actorOf(this.deps.viewer);
    const lock = { row: (tx: Executor) => this.deps.cases.lock(tx, registrationNumber), missing: () => notFound('Case'), authorize };
    return this.deps.uow.lock(lock, (unit, locked) =>
      work({
        tx: unit.tx,
        case: locked,
        now: unit.now,
        today: unit.today,
        actor,
        audit: (items, reason = null) => unit.audit(registrationNumber, items, reason),
      }),
    );
  }

  /**
   * [R18] Completes the registration once the form through the procedure result and the
   * required image series are in. The status guard makes `RegistrationCompleted` go out
   * exactly once per case [R14][R29].
   */
  async completeIfReady(change: CaseChange): Promise<boolean> {
    const c = change.case;
    if (c.status !== 'REGISTERED') return false;
    const sections = await this.deps.forms.sectionsOf([c.registrationNumber], change.tx);
    const series = await this.deps.images.ofCases([c.registrationNumber], change.tx);
    const gaps = completionGaps(c.domestic, sections.map((s) => s.section), series.map((s) => s.kind));
    if (!gaps.complete) return false;
    if (!(await this.deps.cases.markComplete(change.tx, c.registrationNumber, change.now))) return false;
    await change.audit([{ action: 'COMPLETE', field: 'status', oldValue: JSON.stringify('REGISTERED'), newValue: JSON.stringify('COMPLETE') }]);
    // Counted for renewal [R14]; the core lab is notified [R29].
    await publish(change.tx, casesTopic, 'RegistrationCompleted.v1', {
      registrationNumber: c.registrationNumber,
      operatorId: c.operatorId,
      completedOn: change.today,
      domestic: c.domestic,
    });
    return true;
  }
}
