import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, type DocumentNode } from 'graphql';
import type { BaseContext } from '@apollo/server';
import type express from 'express';
import type { CryptoKey } from 'jose';
import type { Viewer } from '@registry/auth';
import type { Consumer } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { EntityChangeFeed, entityChangeResolvers, type EntityChangesOptions } from './entity-changes.ts';
import { gatePasswordChange } from './password-change-gate.ts';
import { guardInputs } from './input-guard.ts';
import { mergeResolvers, type ResolverMap } from './resolvers.ts';
import { registryScalars } from './scalars.ts';
import { createSubgraphServer, type SubgraphServer } from './server.ts';
import { loadTypeDefs } from './type-defs.ts';

export interface BuildSubgraphOptions<TContext extends BaseContext & { viewer: Viewer }> {
  name: string;
  /** `schema/<subgraph>`: one SDL file per module. */
  schemaDir: string;
  /** One resolver map per module. */
  resolvers: ResolverMap[];
  handle: DatabaseHandle;
  internalPublicKey: CryptoKey;
  logger: Logger;
  createContext(viewer: Viewer): TContext;
  /** The durable consumers the subgraph runs: started here, drained by `catchUp`, stopped with it. */
  consumers?: Consumer[];
  routes?(app: express.Express): void;
  /** Whether a request's committed writes changed a cached entity (see SubgraphServerOptions) [#17.1]. */
  entitiesChanged?(context: TContext): boolean;
  /**
   * The subgraph publishes its committed entity changes for the gateway's entity cache
   * [#17.1]: one LISTEN per process on `channel` (started here, stopped with it), served as
   * the subscription `field`.
   */
  entityChanges?: EntityChangesOptions;
}

export interface BuiltSubgraph {
  server: SubgraphServer;
  /** The feed of committed entity changes, when `entityChanges` was given (tests stop it to see the gateway's cache go offline). */
  entityChanges?: EntityChangeFeed;
  /** Applies pending events from other services now (tests, seeding). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The implementations of the custom scalars the SDL declares (scalars.ts). A declared
 * scalar without one would pass anything through, so it stops the build.
 */
export function scalarsOf(typeDefs: DocumentNode): Record<string, unknown> {
  const declared = typeDefs.definitions.flatMap((d) => (d.kind === Kind.SCALAR_TYPE_DEFINITION ? [d.name.value] : []));
  // Federation's own scalars (link__Import, federation__FieldSet…) come from @apollo/subgraph.
  const ours = declared.filter((name) => !name.includes('__') && name !== '_Any' && name !== '_FieldSet');
  const missing = ours.filter((name) => !(name in registryScalars));
  if (missing.length > 0) throw new Error(`No implementation for the scalar(s) ${missing.join(', ')} (packages/subgraph-server/src/scalars.ts)`);
  return Object.fromEntries(ours.map((name) => [name, registryScalars[name as keyof typeof registryScalars]]));
}

/** What every subgraph's `server.ts` does: schema from its SDL and resolvers, its consumers, its server. */
export async function buildSubgraph<TContext extends BaseContext & { viewer: Viewer }>(options: BuildSubgraphOptions<TContext>): Promise<BuiltSubgraph> {
  const typeDefs = loadTypeDefs(options.schemaDir);
  const feed = options.entityChanges ? new EntityChangeFeed(options.handle, options.entityChanges.channel) : undefined;
  const resolvers = feed && options.entityChanges ? [...options.resolvers, entityChangeResolvers(feed, options.entityChanges.field)] : options.resolvers;
  const schema = gatePasswordChange(guardInputs(buildSubgraphSchema({ typeDefs, resolvers: { ...mergeResolvers(...resolvers), ...scalarsOf(typeDefs) } as never })));
  await feed?.start();
  const consumers = options.consumers ?? [];
  for (const consumer of consumers) consumer.start();
  const server = await createSubgraphServer({
    name: options.name,
    schema,
    costSdl: typeDefs,
    internalPublicKey: options.internalPublicKey,
    logger: options.logger,
    createContext: options.createContext,
    // A consumer stopped at an invalid event shows here (it is logged too). The subgraph
    // stays ready: its own data still answers, and a stale projection is not an outage.
    ready: async () => {
      await options.handle.ping();
      const stalled = consumers.flatMap((c) => c.stall() ?? []);
      return stalled.length > 0 ? { stalledConsumers: stalled } : undefined;
    },
    ...(options.routes ? { routes: options.routes } : {}),
    ...(options.entitiesChanged ? { entitiesChanged: options.entitiesChanged } : {}),
  });
  return {
    server,
    ...(feed ? { entityChanges: feed } : {}),
    async catchUp() {
      for (const consumer of consumers) await consumer.drain();
    },
    async stop() {
      await server.stop();
      await Promise.all(consumers.map((c) => c.stop()));
      await feed?.stop();
    },
  };
}
