import type { Executor } from '@registry/db';
import type { AnonymousAuditWho, Unit, UnitOfWork } from '@registry/unit-of-work';
import { auditLog } from '../db/schema.ts';

/** What a service records in the operators' log: the action and its details; the unit adds who and when. */
export interface AuditLogItem {
  action: string;
  detail?: object;
}

/**
 * [T14.1] The operators' audit log (`operators.audit_log`: logins, failures, role changes,
 * decisions), append-only: the unit of work's trail (`unit.audit(subject, items)`, context.ts
 * and server.ts), which writes each entry on the unit's transaction, by the unit's actor (or
 * none: a failed login of an unknown id, the bootstrap), at the unit's instant.
 */
export class AuditLogRepository {
  readonly anonymous = true;

  async append(tx: Executor, subject: string | null, items: readonly AuditLogItem[], who: AnonymousAuditWho): Promise<void> {
    if (items.length === 0) return;
    await tx.insert(auditLog).values(
      items.map((item) => ({
        at: who.at,
        actorAccountId: who.actorAccountId,
        action: item.action,
        subject,
        detail: who.reason === null ? (item.detail ?? {}) : { ...item.detail, reason: who.reason },
      })),
    );
  }
}

/** The operators' unit of work: its trail is the audit log (`unit.audit(subject, [{ action, detail }])`). */
export type OperatorsUnitOfWork = UnitOfWork<string | null, AuditLogItem>;
export type OperatorsUnit = Unit<string | null, AuditLogItem>;
