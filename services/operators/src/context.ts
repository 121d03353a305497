import type { Viewer } from '@registry/auth';
import type { Calendar } from '@registry/calendar';
import type { CryptoKey } from 'jose';
import type { Database } from '@registry/db';
import { UnitOfWork } from '@registry/unit-of-work';
import { AccountService } from './accounts/account-service.ts';
import { AuthService } from './accounts/auth-service.ts';
import { PersonService } from './accounts/person-service.ts';
import { SessionService } from './accounts/session-service.ts';
import { SignatureReauthentication } from './accounts/signature-reauthentication-service.ts';
import { ApplicationService } from './certification/application-service.ts';
import { ReviewService } from './certification/review-service.ts';
import { FacilityService } from './facilities/facility-service.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { MonitoringService } from './monitoring/monitoring-service.ts';
import { OperatorService } from './operators/operator-service.ts';
import { RenewalService } from './renewal/renewal-service.ts';
import type { Repositories } from './repositories.ts';
import { RevocationService } from './revocation/revocation-service.ts';
import { SteeringService } from './steering/steering-service.ts';

export interface OperatorsContext {
  viewer: Viewer;
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

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(deps: ContextDeps, viewer: Viewer): OperatorsContext {
  const { db, repos, calendar } = deps;
  const loaders = createLoaders(repos);
  // Every write of the request: one transaction, one instant, the viewer as actor, the loaders emptied after commit.
  const uow = new UnitOfWork({ db, calendar, actor: viewer.accountId, loaders: Object.values(loaders) });
  const auth = new AuthService(viewer, db, uow, repos.accounts, repos.operators, repos.steering, deps.userSigningKey, calendar);
  return {
    viewer,
    loaders,
    auth,
    sessions: new SessionService(uow, repos.sessions, repos.accounts, auth),
    accounts: new AccountService(viewer, uow, repos),
    operators: new OperatorService(viewer, repos.operators, loaders),
    facilities: new FacilityService(viewer, uow, repos, loaders),
    people: new PersonService(viewer, loaders),
    applications: new ApplicationService(viewer, uow, repos),
    reviews: new ReviewService(viewer, uow, repos),
    renewals: new RenewalService(viewer, uow, repos, calendar),
    monitoring: new MonitoringService(viewer, uow, repos, calendar),
    revocations: new RevocationService(viewer, uow, repos, calendar),
    steering: new SteeringService(viewer, uow, repos, calendar),
    signatureReauthentication: new SignatureReauthentication(viewer, db, uow, repos.accounts, deps.userSigningKey),
  };
}
