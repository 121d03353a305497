export { UnitOfWork, type AnonymousAuditWho, type AuditTrail, type AuditWho, type Lock, type Resettable, type Unit, type UnitOfWorkOptions } from './unit-of-work.ts';
