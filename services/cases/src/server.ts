import { fileURLToPath } from 'node:url';
import type { RegistryKeys, Viewer } from '@registry/auth';
import { systemCalendar, type Calendar } from '@registry/calendar';
import type { EventBus } from '@registry/bus';
import { migrateSchema, type DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { buildSubgraph, type SubgraphServer } from '@registry/subgraph-server';
import { mountAnnualReportRoutes } from './annual-report/annual-report-routes.ts';
import { annualReportResolvers } from './annual-report/resolvers.ts';
import { UnitOfWork } from '@registry/unit-of-work';
import type { CasesUnitOfWork } from './cases/case-ledger.ts';
import { auditResolvers } from './audit/resolvers.ts';
import { caseResolvers } from './cases/resolvers.ts';
import { createContext, createRepositories, type CasesContext, type ContextOptions } from './context.ts';
import { createCommitteeConsumer } from './committee/committee-consumer.ts';
import { CommitteeProjectionService } from './committee/committee-projection-service.ts';
import { CoreLabIntakeService } from './core-lab/core-lab-intake-service.ts';
import { createCriteriaConsumer, createIntakeConsumer, createRulingConsumer } from './core-lab/core-lab-consumers.ts';
import { coreLabResolvers } from './core-lab/resolvers.ts';
import { dataQueryResolvers } from './data-queries/resolvers.ts';
import { mountFeeRoutes } from './fees/fee-routes.ts';
import { mountReleaseRoutes } from './releases/release-routes.ts';
import { feeResolvers } from './fees/resolvers.ts';
import { followUpResolvers } from './follow-up/resolvers.ts';
import { formResolvers } from './form/resolvers.ts';
import { imageResolvers } from './images/resolvers.ts';
import { mountDicomweb } from './images/dicomweb/routes.ts';
import { terminateRecognizer } from './images/ocr/text-recognizer.ts';
import type { ImageStorageOptions } from './images/upload/image-storage.ts';
import { createRosterConsumer } from './roster/roster-consumer.ts';
import { releaseResolvers } from './releases/resolvers.ts';
import { RosterService } from './roster/roster-service.ts';
import { riskMonitoringResolvers } from './risk-monitoring/resolvers.ts';
import { safetyResolvers } from './safety/resolvers.ts';
import { siteResolvers } from './sites/resolvers.ts';
import { writeCorrection, writeHistory } from './seed/history-writer.ts';
import type { HistoryCase } from './seed/history.ts';

export const SUBGRAPH_NAME = 'cases';
const schemaDir = fileURLToPath(new URL('../../../schema/cases', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

export interface CasesServiceDeps {
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  logger: Logger;
  /** Image storage and the de-identification secret [R31]; without it no DICOMweb routes are mounted. */
  images?: ImageStorageOptions;
  /** The registry's calendar; the system's unless a test sets one. */
  calendar?: Calendar;
}

export interface CasesService {
  server: SubgraphServer;
  contextFor: (viewer: Viewer, options?: ContextOptions) => CasesContext;
  /** Every registration number, oldest first (seeding checks it). */
  registrationNumbers(): Promise<string[]>;
  /** The demo's past years in one unit of work (seed/history-writer.ts); never in production. */
  writeDemoHistory(accounts: Map<string, string>, list?: readonly HistoryCase[]): Promise<string[]>;
  /** The demo's post-freeze correction of a presented year (seed/history-writer.ts); never in production. Answers the case. */
  writeDemoCorrection(): Promise<string>;
  /** Applies pending events from other services now (tests, seeding). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

export function migrateCases(handle: DatabaseHandle): Promise<void> {
  return migrateSchema(handle, { schema: 'cases', folder: migrationsDir });
}

/** Builds the cases subgraph; it listens nowhere until `server.listen` is called. */
export async function createCasesService(deps: CasesServiceDeps): Promise<CasesService> {
  const repos = createRepositories(deps.handle.db);
  const contextDeps = { db: deps.handle.db, repos, bus: deps.bus, keys: deps.keys, images: deps.images, calendar: deps.calendar };
  const contextFor = (viewer: Viewer, options?: ContextOptions) => createContext(contextDeps, viewer, options);
  /** The consumers' writes: no viewer, the subgraph's calendar, the case's audit chain. */
  const system: CasesUnitOfWork = new UnitOfWork({ db: deps.handle.db, calendar: deps.calendar ?? systemCalendar, audit: repos.audit });
  // What the consumers call, each in the system unit: the same services-on-named-collaborators as a request's [#14.7].
  const consumerServices = {
    coreLabIntake: new CoreLabIntakeService({ cases: repos.cases, coreLab: repos.coreLab, audit: repos.audit, logger: deps.logger }),
    committee: new CommitteeProjectionService({ committee: repos.committee }),
    roster: new RosterService({ roster: repos.roster }),
  };
  const built = await buildSubgraph({
    name: SUBGRAPH_NAME,
    schemaDir,
    resolvers: [caseResolvers,
      siteResolvers,
      formResolvers,
      auditResolvers,
      imageResolvers,
      dataQueryResolvers,
      followUpResolvers,
      safetyResolvers,
      feeResolvers,
      annualReportResolvers,
      releaseResolvers,
      riskMonitoringResolvers,
      coreLabResolvers],
    handle: deps.handle,
    internalPublicKey: deps.keys.internalPublic,
    logger: deps.logger,
    createContext: (viewer: Viewer) => contextFor(viewer),
    // The core lab hears of completed registrations, criteria versions and rulings [R24][R28b][R29];
    // the committee's seats and matters, so that its members read the cases they rule on [R28a][R45].
    // The roster and facilities come from the operators subgraph [R11][R17].
    consumers: [
      ...[createIntakeConsumer, createCriteriaConsumer, createRulingConsumer].map((create) => create(system, deps.bus, consumerServices.coreLabIntake, deps.logger)),
      createCommitteeConsumer(system, deps.bus, consumerServices.committee, deps.logger),
      createRosterConsumer(system, deps.bus, consumerServices.roster, deps.logger),
    ],
    // The fee statements' [R20], the release packages' [R21a][#11] and the annual report's CSV [R27][R41] always; DICOMweb when images are configured [R18].
    routes: (app: Parameters<typeof mountDicomweb>[0]) => {
      const routeOptions = { subgraph: SUBGRAPH_NAME, internalPublicKey: deps.keys.internalPublic, logger: deps.logger, context: (viewer: Viewer) => contextFor(viewer) };
      mountFeeRoutes(app, routeOptions);
      mountReleaseRoutes(app, routeOptions);
      mountAnnualReportRoutes(app, routeOptions);
      if (deps.images) mountDicomweb(app, routeOptions);
    },
  });
  return {
    ...built,
    contextFor,
    registrationNumbers: () => repos.cases.allNumbers(),
    writeDemoHistory: (accounts, list) => writeHistory(system, repos, accounts, list),
    writeDemoCorrection: () => writeCorrection(system, repos),
    async stop() {
      await built.stop();
      // The OCR worker thread of the burned-in text check [R31] would keep the process alive.
      await terminateRecognizer();
    },
  };
}
