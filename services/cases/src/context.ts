import type { RegistryKeys, Viewer } from '@registry/auth';
import { calendarFrom, systemCalendar, type Calendar } from '@registry/calendar';
import type { EventBus } from '@registry/bus';
import type { Database } from '@registry/db';
import { lazy, only } from '@registry/subgraph-server';
import { UnitOfWork } from '@registry/unit-of-work';
import { AnnualReportService } from './annual-report/annual-report-service.ts';
import { CaseLedger } from './cases/case-ledger.ts';
import { CaseService, caseServiceLoaders } from './cases/case-service.ts';
import { CoreLabService } from './core-lab/core-lab-service.ts';
import { OfficialResultService, officialResultServiceLoaders } from './core-lab/official-result-service.ts';
import { DataQueryService, dataQueryServiceLoaders } from './data-queries/data-query-service.ts';
import { FeeService } from './fees/fee-service.ts';
import { FeeStatementService } from './fees/fee-statement-service.ts';
import { FollowUpService, followUpServiceLoaders } from './follow-up/follow-up-service.ts';
import { FormService, formServiceLoaders } from './form/form-service.ts';
import { ImageService, imageServiceLoaders } from './images/image-service.ts';
import { ImageLibrary, imageLibraryLoaders } from './images/library/image-library.ts';
import type { ImageStorageOptions } from './images/upload/image-storage.ts';
import { ImageUploads } from './images/upload/image-uploads.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Repositories } from './repositories.ts';
import { ReleaseService } from './releases/release-service.ts';
import { RiskMonitoringService } from './risk-monitoring/risk-monitoring-service.ts';
import { SafetyService, safetyServiceLoaders } from './safety/safety-service.ts';
import { SiteService, siteServiceLoaders } from './sites/site-service.ts';

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
  feeStatements: FeeStatementService;
  annualReports: AnnualReportService;
  releases: ReleaseService;
  riskMonitoring: RiskMonitoringService;
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

/**
 * One request's context: its viewer, its loaders and its services, each built when a
 * resolver first touches it and given the collaborators it uses, by name (docs/architecture.md,
 * "Services meet through named collaborators") [#14.7]. A new service is one line here.
 */
export function createContext(deps: ContextDeps, viewer: Viewer, options: ContextOptions = {}): CasesContext {
  const { db, repos, bus, keys } = deps;
  const calendar = options.now ? calendarFrom(options.now) : (deps.calendar ?? systemCalendar);
  const { loaders, reset } = createLoaders(repos);
  // Every write of the request: one transaction, one instant (the one clock of its services), the viewer as actor, the case's audit chain, the loaders emptied after commit.
  const uow = new UnitOfWork({ db, calendar, actor: viewer.accountId, loaders: [reset], audit: repos.audit });
  const { annualReports, audit, cases, coreLab, dataQueries, feeStatements, followUps, forms, images, imageInstances, imageUploads, releases, riskMonitoring, roster, safety, signatures, sites } = repos;
  const base = { viewer, uow };
  const shared = lazy({ ledger: () => new CaseLedger({ viewer, uow, cases, forms, images }) });
  const context: CasesContext = lazy<CasesContext>({
    viewer: () => viewer,
    loaders: () => loaders,
    now: () => calendar.now,
    calendar: () => calendar,
    cases: () => new CaseService({ ...base, loaders: only(loaders, caseServiceLoaders), audit, cases, roster, sites }),
    coreLab: () => new CoreLabService({ viewer, uow, cases, coreLab }),
    officialResults: () => new OfficialResultService({ viewer, loaders: only(loaders, officialResultServiceLoaders), bus, coreLab, forms }),
    sites: () => new SiteService({ ...base, loaders: only(loaders, siteServiceLoaders), roster, sites }),
    forms: () => new FormService({ ...base, loaders: only(loaders, formServiceLoaders), ledger: shared.ledger, userPublicKey: keys.userPublic, audit, cases, forms, signatures }),
    images: () => new ImageService({ ...base, loaders: only(loaders, imageServiceLoaders), ledger: shared.ledger, cases, forms, images }),
    imageUploads: () => new ImageUploads({ viewer, uow, ledger: shared.ledger, images: context.images, storage: deps.images, cases, imageInstances, imageUploads }),
    imageLibrary: () => new ImageLibrary({ ...base, loaders: only(loaders, imageLibraryLoaders), ledger: shared.ledger, coreLab: context.coreLab, store: deps.images?.store, imageInstances }),
    dataQueries: () => new DataQueryService({ ...base, loaders: only(loaders, dataQueryServiceLoaders), ledger: shared.ledger, dataQueries }),
    followUps: () => new FollowUpService({ ...base, loaders: only(loaders, followUpServiceLoaders), ledger: shared.ledger, cases, followUps }),
    safety: () => new SafetyService({ ...base, loaders: only(loaders, safetyServiceLoaders), ledger: shared.ledger, bus, cases, safety }),
    fees: () => new FeeService({ viewer, feeStatements, followUps, forms }),
    feeStatements: () => new FeeStatementService({ viewer, uow, feeStatements, annualReports, forms, followUps }),
    annualReports: () => new AnnualReportService({ viewer, uow, db, annualReports, forms }),
    releases: () => new ReleaseService({ viewer, uow, releases, forms, annualReports }),
    riskMonitoring: () => new RiskMonitoringService({ viewer, uow, riskMonitoring, annualReports }),
  });
  return context;
}
