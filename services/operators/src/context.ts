import type { Viewer } from '@registry/auth';
import type { Calendar } from '@registry/calendar';
import type { CryptoKey } from 'jose';
import type { Database } from '@registry/db';
import { lazy, only } from '@registry/subgraph-server';
import { CommittedChanges, UnitOfWork } from '@registry/unit-of-work';
import { AccountService } from './accounts/account-service.ts';
import { AuthService } from './accounts/auth-service.ts';
import { PersonService, personServiceLoaders } from './accounts/person-service.ts';
import { SessionService } from './accounts/session-service.ts';
import type { OperatorsUnitOfWork } from './audit/audit-repository.ts';
import { SignatureReauthentication } from './accounts/signature-reauthentication-service.ts';
import { ApplicationService } from './certification/application-service.ts';
import { ReviewService } from './certification/review-service.ts';
import { FacilityService, facilityServiceLoaders } from './facilities/facility-service.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { MonitoringService } from './monitoring/monitoring-service.ts';
import { OperatorService, operatorServiceLoaders } from './operators/operator-service.ts';
import { RenewalService } from './renewal/renewal-service.ts';
import type { Repositories } from './repositories.ts';
import { RevocationService } from './revocation/revocation-service.ts';
import { SteeringService } from './steering/steering-service.ts';

export interface OperatorsContext {
  viewer: Viewer;
  /** What the request's units committed: its answer tells the gateway whether a cached entity changed [#17.1]. */
  committed: CommittedChanges;
  loaders: Loaders;
  auth: AuthService;
  sessions: SessionService;
  accounts: AccountService;
  operators: OperatorService;
  facilities: FacilityService;
  people: PersonService;
  applications: ApplicationService;
  reviews: ReviewService;
  renewals: RenewalService;
  monitoring: MonitoringService;
  revocations: RevocationService;
  steering: SteeringService;
  signatureReauthentication: SignatureReauthentication;
}

export interface ContextDeps {
  db: Database;
  repos: Repositories;
  userSigningKey: CryptoKey | undefined;
  /** The registry's calendar in Japan: every "today" and "year" of a decision [R14]. */
  calendar: Calendar;
}

/**
 * One request's context: its viewer, its loaders and its services, each built when a
 * resolver first touches it and given the collaborators it uses, by name (docs/architecture.md,
 * "Services meet through named collaborators") [#14.7].
 */
export function createContext(deps: ContextDeps, viewer: Viewer): OperatorsContext {
  const { db, repos, calendar, userSigningKey: signingKey } = deps;
  const { loaders, reset } = createLoaders(repos);
  // Every write of the request: one transaction, one instant (the one clock of its services), the viewer as actor, the audit log, the loaders emptied after commit.
  const committed = new CommittedChanges();
  const uow: OperatorsUnitOfWork = new UnitOfWork({ db, calendar, actor: viewer.accountId, loaders: [reset], audit: repos.auditLog, committed });
  const { accounts, operators, facilities, caseCounts, applications, reviews, renewals, continuation, steering, monitoring, revocations, sessions } = repos;
  const base = { viewer, uow };
  const context: OperatorsContext = lazy<OperatorsContext>({
    viewer: () => viewer,
    committed: () => committed,
    loaders: () => loaders,
    auth: () => new AuthService({ ...base, db, accounts, operators, steering, signingKey }),
    sessions: () => new SessionService({ uow, sessions, accounts, auth: context.auth }),
    accounts: () => new AccountService({ ...base, accounts, facilities }),
    operators: () => new OperatorService({ viewer, operators, loaders: only(loaders, operatorServiceLoaders) }),
    facilities: () => new FacilityService({ ...base, loaders: only(loaders, facilityServiceLoaders), accounts, facilities }),
    people: () => new PersonService({ viewer, loaders: only(loaders, personServiceLoaders) }),
    applications: () => new ApplicationService({ ...base, accounts, applications, facilities, operators, steering }),
    reviews: () => new ReviewService({ ...base, caseCounts, operators, reviews, steering }),
    renewals: () => new RenewalService({ ...base, caseCounts, continuation, operators, renewals }),
    monitoring: () => new MonitoringService({ ...base, monitoring, operators, steering }),
    revocations: () => new RevocationService({ ...base, monitoring, operators, revocations, steering }),
    steering: () => new SteeringService({ ...base, accounts, steering }),
    signatureReauthentication: () => new SignatureReauthentication({ ...base, db, accounts, signingKey }),
  });
  return context;
}
