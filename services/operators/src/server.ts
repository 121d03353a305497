import { fileURLToPath } from 'node:url';

import type { RegistryKeys } from '@registry/auth';
import { type EventBus } from '@registry/bus';
import { systemCalendar, type Calendar } from '@registry/calendar';
import { migrateSchema, type DatabaseHandle, type Transaction } from '@registry/db';
import { UnitOfWork } from '@registry/unit-of-work';
import type { OperatorsUnit, OperatorsUnitOfWork } from './audit/audit-repository.ts';
import type { Logger } from '@registry/logging';
import { buildSubgraph, ENTITY_CHANGES_CHANNEL, type SubgraphServer } from '@registry/subgraph-server';
import { accountResolvers } from './accounts/resolvers.ts';
import { signatureReauthenticationResolvers } from './accounts/signature-reauthentication-resolvers.ts';
import { createCaseCountConsumer } from './case-counts/case-count-consumer.ts';
import { CaseCountService } from './case-counts/case-count-service.ts';
import { createContext, type OperatorsContext } from './context.ts';
import { certificationResolvers } from './certification/resolvers.ts';
import { facilityResolvers } from './facilities/resolvers.ts';
import { createOfficialResultConsumer } from './monitoring/official-result-consumer.ts';
import { OfficialResultProjectionService } from './monitoring/official-result-projection-service.ts';
import { monitoringResolvers } from './monitoring/resolvers.ts';
import { operatorResolvers } from './operators/resolvers.ts';
import { renewalResolvers } from './renewal/resolvers.ts';
import { revocationResolvers } from './revocation/resolvers.ts';
import { steeringResolvers } from './steering/resolvers.ts';
import { createRepositories, type Repositories } from './repositories.ts';

export const SUBGRAPH_NAME = 'operators';
const schemaDir = fileURLToPath(new URL('../../../schema/operators', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

export interface OperatorsServiceDeps {
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  logger: Logger;
  /** The registry's calendar in Japan; tests stand it where they need [R14]. */
  calendar?: Calendar;
}

export interface OperatorsService {
  server: SubgraphServer;
  repos: Repositories;
  calendar: Calendar;
  /** A context for in-process callers (seeding, tests) acting as `viewer`. */
  contextFor: (viewer: OperatorsContext['viewer']) => OperatorsContext;
  /** Runs `fn` in one unit of work of this service (seeding, the bootstrap): its transaction, on the service's calendar. */
  transaction<T>(fn: (tx: Transaction, unit: OperatorsUnit) => Promise<T>): Promise<T>;
  /** Applies pending events from other services now (tests, seeding). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

export function migrateOperators(handle: DatabaseHandle): Promise<void> {
  return migrateSchema(handle, { schema: 'operators', folder: migrationsDir });
}

/** Builds the operators subgraph; it listens nowhere until `server.listen` is called. */
export async function createOperatorsService(deps: OperatorsServiceDeps): Promise<OperatorsService> {
  const repos = createRepositories(deps.handle.db);
  const calendar = deps.calendar ?? systemCalendar;
  const contextDeps = { db: deps.handle.db, repos, userSigningKey: deps.keys.userPrivate, calendar };
  const contextFor = (viewer: OperatorsContext['viewer']) => createContext(contextDeps, viewer);
  /** Writes of no viewer: the consumers, the seed and the bootstrap. */
  const system: OperatorsUnitOfWork = new UnitOfWork({ db: deps.handle.db, calendar, audit: repos.auditLog });
  const built = await buildSubgraph({
    name: SUBGRAPH_NAME,
    schemaDir,
    resolvers: [accountResolvers,
      operatorResolvers,
      facilityResolvers,
      certificationResolvers,
      renewalResolvers,
      monitoringResolvers,
      revocationResolvers,
      steeringResolvers,
      signatureReauthenticationResolvers],
    handle: deps.handle,
    internalPublicKey: deps.keys.internalPublic,
    logger: deps.logger,
    createContext: contextFor,
    // [#17.1] A mutation that changed an operator, a facility or an account's name says so to the gateway.
    entitiesChanged: (context) => context.committed.entities,
    // [#17.1] The gateway's entity cache of Operator, Facility and Person follows these (migration 0004).
    entityChanges: { channel: ENTITY_CHANGES_CHANNEL, field: '_entityChanges' },
    consumers: [createCaseCountConsumer(system, deps.bus, new CaseCountService({ caseCounts: repos.caseCounts }), deps.logger),
    createOfficialResultConsumer(system, deps.bus, new OfficialResultProjectionService({ monitoring: repos.monitoring }), deps.logger)],
  });
  return {
    ...built,
    repos,
    calendar,
    contextFor,
    transaction: (fn) => system.run((unit) => fn(unit.tx, unit)),
  };
}
