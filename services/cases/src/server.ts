import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { RegistryKeys, Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import { migrateSchema, type DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { createSubgraphServer, loadTypeDefs, mergeResolvers, type SubgraphServer } from '@registry/subgraph-server';
import { auditResolvers } from './audit/resolvers.ts';
import { caseResolvers } from './cases/resolvers.ts';
import { createContext, createRepositories, type CasesContext, type ContextOptions } from './context.ts';
import { dataQueryResolvers } from './data-queries/resolvers.ts';
import { feeResolvers } from './fees/resolvers.ts';
import { followUpResolvers } from './follow-up/resolvers.ts';
import { formResolvers } from './form/resolvers.ts';
import { imageResolvers } from './images/resolvers.ts';
import { safetyResolvers } from './safety/resolvers.ts';
import { siteResolvers } from './sites/resolvers.ts';

export const SUBGRAPH_NAME = 'cases';
const schemaDir = fileURLToPath(new URL('../../../schema/cases', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

export interface CasesServiceDeps {
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  logger: Logger;
}

export interface CasesService {
  server: SubgraphServer;
  contextFor: (viewer: Viewer, options?: ContextOptions) => CasesContext;
  /** Every registration number, oldest first (seeding checks it). */
  registrationNumbers(): Promise<string[]>;
  stop(): Promise<void>;
}

export function migrateCases(handle: DatabaseHandle): Promise<void> {
  return migrateSchema(handle, { schema: 'cases', folder: migrationsDir });
}

/** Builds the cases subgraph; it listens nowhere until `server.listen` is called. */
export async function createCasesService(deps: CasesServiceDeps): Promise<CasesService> {
  const repos = createRepositories(deps.handle.db);
  const contextDeps = { db: deps.handle.db, repos, bus: deps.bus, keys: deps.keys };
  const contextFor = (viewer: Viewer, options?: ContextOptions) => createContext(contextDeps, viewer, options);
  const schema = buildSubgraphSchema({
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: mergeResolvers(
      caseResolvers,
      siteResolvers,
      formResolvers,
      auditResolvers,
      imageResolvers,
      dataQueryResolvers,
      followUpResolvers,
      safetyResolvers,
      feeResolvers,
    ) as never,
  });
  const server = await createSubgraphServer({
    name: SUBGRAPH_NAME,
    schema,
    internalPublicKey: deps.keys.internalPublic,
    logger: deps.logger,
    createContext: (viewer: Viewer) => contextFor(viewer),
    ready: () => deps.handle.ping(),
  });
  return { server, contextFor, registrationNumbers: () => repos.cases.allNumbers(), stop: () => server.stop() };
}
