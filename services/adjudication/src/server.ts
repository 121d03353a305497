import { fileURLToPath } from 'node:url';
import type { RegistryKeys, Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import { systemCalendar, type Calendar } from '@registry/calendar';
import { migrateSchema, type DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { buildSubgraph, type EntityChangeFeed, type SubgraphServer } from '@registry/subgraph-server';
import { UnitOfWork } from '@registry/unit-of-work';
import { createCaseProjectionConsumer } from './case-projection/case-projection-consumer.ts';
import { CaseProjectionService } from './case-projection/case-projection-service.ts';
import { committeeResolvers } from './committee/resolvers.ts';
import { createContext, type AdjudicationContext } from './context.ts';
import { createRepositories } from './repositories.ts';
import { criteriaResolvers } from './criteria/resolvers.ts';
import { discussionResolvers } from './discussion/resolvers.ts';
import { matterResolvers } from './matters/resolvers.ts';
import { notificationResolvers } from './notifications/resolvers.ts';
import { rulingResolvers } from './rulings/resolvers.ts';
import { createSteeringTermsConsumer } from './steering/steering-terms-consumer.ts';
import { SteeringTermsService } from './steering/steering-terms-service.ts';
import { votingResolvers } from './voting/resolvers.ts';

export const SUBGRAPH_NAME = 'adjudication';
/** The channel this subgraph's triggers NOTIFY on (migration 0002), its own: the operators subgraph's is another. */
export const ENTITY_CHANGES_CHANNEL = 'registry_adjudication_entity_changed';
const schemaDir = fileURLToPath(new URL('../../../schema/adjudication', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

export interface AdjudicationServiceDeps {
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  logger: Logger;
  /** The registry's calendar; tests stand it still with `fixedCalendar`. */
  calendar?: Calendar | undefined;
}

export interface AdjudicationService {
  server: SubgraphServer;
  /** Its feed of committed changes to a case's discussion, which the gateway's entity cache follows [#17.1]. */
  entityChanges?: EntityChangeFeed;
  contextFor: (viewer: Viewer) => AdjudicationContext;
  /** The calendar every request of this service reads. */
  calendar: Calendar;
  /** Applies pending events from other services now (tests, seeding). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

export function migrateAdjudication(handle: DatabaseHandle): Promise<void> {
  return migrateSchema(handle, { schema: 'adjudication', folder: migrationsDir });
}

/** Builds the adjudication subgraph; it listens nowhere until `server.listen` is called. */
export async function createAdjudicationService(deps: AdjudicationServiceDeps): Promise<AdjudicationService> {
  const repos = createRepositories(deps.handle.db);
  const calendar = deps.calendar ?? systemCalendar;
  const contextFor = (viewer: Viewer) => createContext(deps.handle.db, deps.bus, repos, viewer, calendar);
  /** The consumers' writes: no viewer, the subgraph's calendar. */
  const system = new UnitOfWork({ db: deps.handle.db, calendar });
  const built = await buildSubgraph({
    name: SUBGRAPH_NAME,
    schemaDir,
    resolvers: [discussionResolvers,
      committeeResolvers,
      matterResolvers,
      votingResolvers,
      rulingResolvers,
      criteriaResolvers,
      notificationResolvers],
    handle: deps.handle,
    internalPublicKey: deps.keys.internalPublic,
    logger: deps.logger,
    createContext: contextFor,
    // [#17.1] The gateway's entity cache of a case's discussion follows these (migration 0002).
    entityChanges: { channel: ENTITY_CHANGES_CHANNEL, field: '_adjudicationEntityChanges' },
    consumers: [createCaseProjectionConsumer(system, deps.bus, new CaseProjectionService({ caseRefs: repos.caseRefs, threads: repos.threads }), deps.logger),
    createSteeringTermsConsumer(system, deps.bus, new SteeringTermsService({ steeringTerms: repos.steeringTerms }), deps.logger)],
  });
  return { ...built, contextFor, calendar };
}
