import type { Database } from '@registry/db';
import { AccountRepository } from './accounts/account-repository.ts';
import { AuditLogRepository } from './audit/audit-repository.ts';
import { CaseCountRepository } from './case-counts/case-count-repository.ts';
import { ApplicationRepository } from './certification/application-repository.ts';
import { ReviewRepository } from './certification/review-repository.ts';
import { FacilityRepository } from './facilities/facility-repository.ts';
import { MonitoringRepository } from './monitoring/monitoring-repository.ts';
import { OperatorRepository } from './operators/operator-repository.ts';
import { ContinuationRepository } from './renewal/continuation-repository.ts';
import { RenewalRepository } from './renewal/renewal-repository.ts';
import { RevocationRepository } from './revocation/revocation-repository.ts';
import { SessionRepository } from './accounts/session-repository.ts';
import { SteeringRepository } from './steering/steering-repository.ts';

export interface Repositories {
  accounts: AccountRepository;
  auditLog: AuditLogRepository;
  operators: OperatorRepository;
  facilities: FacilityRepository;
  caseCounts: CaseCountRepository;
  applications: ApplicationRepository;
  reviews: ReviewRepository;
  renewals: RenewalRepository;
  continuation: ContinuationRepository;
  steering: SteeringRepository;
  monitoring: MonitoringRepository;
  revocations: RevocationRepository;
  sessions: SessionRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    accounts: new AccountRepository(db),
    auditLog: new AuditLogRepository(),
    operators: new OperatorRepository(db),
    facilities: new FacilityRepository(db),
    caseCounts: new CaseCountRepository(db),
    applications: new ApplicationRepository(db),
    reviews: new ReviewRepository(db),
    renewals: new RenewalRepository(db),
    continuation: new ContinuationRepository(db),
    steering: new SteeringRepository(db),
    monitoring: new MonitoringRepository(db),
    revocations: new RevocationRepository(db),
    sessions: new SessionRepository(),
  };
}
