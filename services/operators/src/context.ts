import type { Viewer } from '@registry/auth';
import type { CryptoKey } from 'jose';
import type { Database } from '@registry/db';
import { AccountService } from './accounts/account-service.ts';
import { AuthService } from './accounts/auth-service.ts';
import { PersonService } from './accounts/person-service.ts';
import { FacilityService } from './facilities/facility-service.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { OperatorService } from './operators/operator-service.ts';
import type { Repositories } from './repositories.ts';

export interface OperatorsContext {
  viewer: Viewer;
  loaders: Loaders;
  auth: AuthService;
  accounts: AccountService;
  operators: OperatorService;
  facilities: FacilityService;
  people: PersonService;
}

export interface ContextDeps {
  db: Database;
  repos: Repositories;
  userSigningKey: CryptoKey | undefined;
}

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(deps: ContextDeps, viewer: Viewer): OperatorsContext {
  const loaders = createLoaders(deps.repos);
  return {
    viewer,
    loaders,
    auth: new AuthService(deps.db, deps.repos.accounts, deps.repos.operators, deps.userSigningKey),
    accounts: new AccountService(deps.repos.accounts),
    operators: new OperatorService(viewer, deps.repos.operators, loaders),
    facilities: new FacilityService(viewer, deps.repos.facilities, loaders),
    people: new PersonService(viewer, loaders),
  };
}
