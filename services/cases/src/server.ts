import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { RegistryKeys, Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import { migrateSchema, type DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { createSubgraphServer, loadTypeDefs, mergeResolvers, type SubgraphServer } from '@registry/subgraph-server';
import { caseResolvers } from './cases/resolvers.ts';
import { createContext, createRepositories, type CasesContext } from './context.ts';

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
  contextFor: (viewer: Viewer) => CasesContext;
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
  const contextFor = (viewer: Viewer) => createContext(deps.handle.db, repos, viewer);
  const schema = buildSubgraphSchema({
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: mergeResolvers(caseResolvers) as never,
  });
  const server = await createSubgraphServer({
    name: SUBGRAPH_NAME,
    schema,
    internalPublicKey: deps.keys.internalPublic,
    logger: deps.logger,
    createContext: contextFor,
    ready: () => deps.handle.ping(),
  });
  return { server, contextFor, registrationNumbers: () => repos.cases.allNumbers(), stop: () => server.stop() };
}
