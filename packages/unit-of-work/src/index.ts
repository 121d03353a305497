export { CommittedChanges, ENTITIES_CHANGED_SETTING, UnitOfWork, type AuditTrail, type AuditWho, type Lock, type Resettable, type Unit, type UnitOfWorkOptions } from './unit-of-work.ts';
