import type { Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import type { Database } from '@registry/db';
import { CaseRefRepository } from './case-projection/case-ref-repository.ts';
import { CommitteeRepository } from './committee/committee-repository.ts';
import { CommitteeService } from './committee/committee-service.ts';
import { DiscussionService } from './discussion/discussion-service.ts';
import { ThreadRepository } from './discussion/thread-repository.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface AdjudicationContext {
  viewer: Viewer;
  loaders: Loaders;
  discussion: DiscussionService;
  committee: CommitteeService;
}

export interface Repositories {
  threads: ThreadRepository;
  caseRefs: CaseRefRepository;
  committee: CommitteeRepository;
}

export function createRepositories(db: Database): Repositories {
  return { threads: new ThreadRepository(db), caseRefs: new CaseRefRepository(), committee: new CommitteeRepository(db) };
}

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(db: Database, bus: EventBus, repos: Repositories, viewer: Viewer): AdjudicationContext {
  const loaders = createLoaders(repos);
  return {
    viewer,
    loaders,
    discussion: new DiscussionService(viewer, db, repos.threads, loaders, bus),
    committee: new CommitteeService(viewer, db, repos.committee),
  };
}
