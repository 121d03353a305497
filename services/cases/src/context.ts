import type { Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { CaseRepository } from './cases/case-repository.ts';
import { CaseService } from './cases/case-service.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface CasesContext {
  viewer: Viewer;
  loaders: Loaders;
  cases: CaseService;
}

export interface Repositories {
  cases: CaseRepository;
}

export function createRepositories(db: Database): Repositories {
  return { cases: new CaseRepository(db) };
}

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(db: Database, repos: Repositories, viewer: Viewer): CasesContext {
  const loaders = createLoaders(repos);
  return { viewer, loaders, cases: new CaseService(viewer, db, repos.cases, loaders) };
}
