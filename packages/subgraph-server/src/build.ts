import { buildSubgraphSchema } from '@apollo/subgraph';
import type { BaseContext } from '@apollo/server';
import type express from 'express';
import type { CryptoKey } from 'jose';
import type { Viewer } from '@registry/auth';
import type { Consumer } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { Logger } from '@registry/logging';
import { gatePasswordChange } from './password-change-gate.ts';
import { guardInputs } from './input-guard.ts';
import { mergeResolvers, type ResolverMap } from './resolvers.ts';
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
}

export interface BuiltSubgraph {
  server: SubgraphServer;
  /** Applies pending events from other services now (tests, seeding). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/** What every subgraph's `server.ts` does: schema from its SDL and resolvers, its consumers, its server. */
export async function buildSubgraph<TContext extends BaseContext & { viewer: Viewer }>(options: BuildSubgraphOptions<TContext>): Promise<BuiltSubgraph> {
  const typeDefs = loadTypeDefs(options.schemaDir);
  const schema = gatePasswordChange(guardInputs(buildSubgraphSchema({ typeDefs, resolvers: mergeResolvers(...options.resolvers) as never })));
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
  });
  return {
    server,
    async catchUp() {
      for (const consumer of consumers) await consumer.drain();
    },
    async stop() {
      await server.stop();
      await Promise.all(consumers.map((c) => c.stop()));
    },
  };
}
