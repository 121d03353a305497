import type { Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { casesTopic } from '@registry/contracts';
import type { Database, Executor } from '@registry/db';
import { notFound } from '@registry/errors';
import type { AuditItem } from '../audit/audit-repository.ts';
import type { Repositories } from '../repositories.ts';
import { isoDay } from '../shared/dates.ts';
import { actorOf } from './case-policy.ts';
import type { CaseRecord } from './case-repository.ts';
import { completionGaps } from './completion-rules.ts';
import { assertCanWrite, assertRoleMayWrite, type CaseWrite } from './case-write-policy.ts';

/** One change to one case, inside its transaction, with the case row locked. */
export interface CaseChange {
  tx: Executor;
  case: CaseRecord;
  now: Date;
  /** Today in Japan, at `now` [R14]. */
  today: string;
  actor: string;
  /** Appends to the case's hash-chained audit trail [T14.1]. */
  audit(items: readonly AuditItem[], reason?: string | null): Promise<void>;
}

/**
 * Every change to a case goes through here: one transaction, the case row locked (so its
 * audit chain has one writer), authorization against the locked row, and the audit trail
 * written beside the change. A refusal anywhere rolls everything back.
 */
export class CaseLedger {
  constructor(
    private readonly viewer: Viewer,
    private readonly db: Database,
    private readonly repos: Repositories,
    private readonly now: () => Date,
  ) {}

  /**
   * A write of the case-write table (case-write-policy.ts): the role is checked before the
   * case is looked up, the relation to the case on the locked row.
   */
  write<T>(registrationNumber: string, action: CaseWrite, work: (change: CaseChange) => Promise<T>): Promise<T> {
    assertRoleMayWrite(this.viewer, action);
    return this.change(registrationNumber, (c) => assertCanWrite(this.viewer, c, action), work);
  }

  change<T>(registrationNumber: string, authorize: (c: CaseRecord) => void, work: (change: CaseChange) => Promise<T>): Promise<T> {
    const actor = actorOf(this.viewer);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const locked = await this.repos.cases.lock(tx, registrationNumber);
      if (!locked) throw notFound('Case');
      authorize(locked);
      return work({
        tx,
        case: locked,
        now,
        today: isoDay(now),
        actor,
        audit: (items, reason = null) => this.repos.audit.append(tx, registrationNumber, items, { actorAccountId: actor, at: now, reason }),
      });
    });
  }

  /**
   * [R18] Completes the registration once the form through the procedure result and the
   * required image series are in. The status guard makes `RegistrationCompleted` go out
   * exactly once per case [R14][R29].
   */
  async completeIfReady(change: CaseChange): Promise<boolean> {
    const c = change.case;
    if (c.status !== 'REGISTERED') return false;
    const sections = await this.repos.forms.sectionsOf([c.registrationNumber], change.tx);
    const series = await this.repos.images.ofCases([c.registrationNumber], change.tx);
    const gaps = completionGaps(c.domestic, sections.map((s) => s.section), series.map((s) => s.kind));
    if (!gaps.complete) return false;
    if (!(await this.repos.cases.markComplete(change.tx, c.registrationNumber, change.now))) return false;
    await change.audit([{ action: 'COMPLETE', field: 'status', oldValue: JSON.stringify('REGISTERED'), newValue: JSON.stringify('COMPLETE') }]);
    // Counted for renewal [R14]; the core lab is notified [R29].
    await publish(change.tx, casesTopic, 'RegistrationCompleted.v1', {
      registrationNumber: c.registrationNumber,
      operatorId: c.operatorId,
      completedOn: isoDay(change.now),
      domestic: c.domestic,
    });
    return true;
  }
}
