import type { RegistryKeys, Viewer } from '@registry/auth';
import { calendarFrom, systemCalendar, type Calendar } from '@registry/calendar';
import type { EventBus } from '@registry/bus';
import type { Database } from '@registry/db';
import { AnnualReportService } from './annual-report/annual-report-service.ts';
import { UnitOfWork } from '@registry/unit-of-work';
import { CaseLedger } from './cases/case-ledger.ts';
import { CaseService } from './cases/case-service.ts';
import { CoreLabService } from './core-lab/core-lab-service.ts';
import { OfficialResultService } from './core-lab/official-result-service.ts';
import { DataQueryService } from './data-queries/data-query-service.ts';
import { FeeService } from './fees/fee-service.ts';
import { FollowUpService } from './follow-up/follow-up-service.ts';
import { FormService } from './form/form-service.ts';
import { ImageService } from './images/image-service.ts';
import { ImageLibrary } from './images/library/image-library.ts';
import type { ImageStorageOptions } from './images/upload/image-storage.ts';
import { ImageUploads } from './images/upload/image-uploads.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Repositories } from './repositories.ts';
import { ReleaseService } from './releases/release-service.ts';
import { SafetyService } from './safety/safety-service.ts';
import { SiteService } from './sites/site-service.ts';

export { createRepositories, type Repositories } from './repositories.ts';

export interface CasesContext {
  viewer: Viewer;
  loaders: Loaders;
  /** The request's clock. */
  now: () => Date;
  /** The registry's calendar (Japan) on that clock. */
  calendar: Calendar;
  cases: CaseService;
  coreLab: CoreLabService;
  officialResults: OfficialResultService;
  sites: SiteService;
  forms: FormService;
  images: ImageService;
  imageUploads: ImageUploads;
  imageLibrary: ImageLibrary;
  dataQueries: DataQueryService;
  followUps: FollowUpService;
  safety: SafetyService;
  fees: FeeService;
  annualReports: AnnualReportService;
  releases: ReleaseService;
}

export interface ContextDeps {
  db: Database;
  repos: Repositories;
  bus: EventBus;
  keys: RegistryKeys;
  /** Image storage and the de-identification secret [R31]; without it uploads are refused. */
  images?: ImageStorageOptions | undefined;
  /** The registry's calendar (Asia/Tokyo); tests stand it at a chosen instant. */
  calendar?: Calendar | undefined;
}

export interface ContextOptions {
  /** The clock; the demo seed sets it to each procedure's day. */
  now?: () => Date;
}

/** One request's context: its viewer, fresh loaders, and services bound to both. */
export function createContext(deps: ContextDeps, viewer: Viewer, options: ContextOptions = {}): CasesContext {
  const { db, repos, bus, keys } = deps;
  const calendar = options.now ? calendarFrom(options.now) : (deps.calendar ?? systemCalendar);
  const now = calendar.now;
  const loaders = createLoaders(repos);
  // Every write of the request: one transaction, one instant, the viewer as actor, the case's audit chain, the loaders emptied after commit.
  const uow = new UnitOfWork({ db, calendar, actor: viewer.accountId, loaders: Object.values(loaders), audit: repos.audit });
  const ledger = new CaseLedger(viewer, uow, repos);
  const images = new ImageService(viewer, repos, loaders, ledger);
  const coreLab = new CoreLabService(viewer, uow, repos, now);
  return {
    viewer,
    loaders,
    now,
    calendar,
    cases: new CaseService(viewer, uow, repos, loaders, now),
    coreLab,
    officialResults: new OfficialResultService(viewer, repos, loaders, bus),
    sites: new SiteService(viewer, uow, repos, loaders, now),
    forms: new FormService(viewer, repos, loaders, ledger, keys.userPublic),
    images,
    imageUploads: new ImageUploads(viewer, repos, ledger, images, deps.images, now),
    imageLibrary: new ImageLibrary(viewer, repos, loaders, ledger, coreLab, deps.images?.store),
    dataQueries: new DataQueryService(viewer, repos, loaders, ledger),
    followUps: new FollowUpService(viewer, repos, loaders, ledger, now),
    safety: new SafetyService(viewer, repos, loaders, ledger, bus, now),
    fees: new FeeService(viewer, repos),
    annualReports: new AnnualReportService(viewer, uow, db, repos),
    releases: new ReleaseService(viewer, uow, repos),
  };
}
