import { readFileSync } from 'node:fs';
import type { RegistryKeys } from '@registry/auth';
import { EventBus, migrateBus } from '@registry/bus';
import type { DatabaseHandle } from '@registry/db';
import type { HttpLimits, SubscriptionLimits } from '@registry/http-host';
import type { Logger } from '@registry/logging';
import { type AdjudicationService, createAdjudicationService, migrateAdjudication } from '@registry/adjudication';
import { type CasesService, createCasesService, defaultImageStorage, type ImageStoreConfig, migrateCases } from '@registry/cases';
import { createGateway, type Gateway } from '@registry/gateway';
import { createOperatorsService, migrateOperators, type OperatorsService } from '@registry/operators';

import { SUPERGRAPH_PATH } from './paths.ts';

export { SUPERGRAPH_PATH };

export interface RegistryOptions {
  handle: DatabaseHandle;
  keys: RegistryKeys;
  logger: Logger;
  /** 0 for any free port (tests); the gateway's own port otherwise. */
  gatewayPort?: number;
  /** Ports of operators, cases, adjudication; 0 for any. */
  subgraphPorts?: [number, number, number];
  host?: string;
  /** Where uploaded images and their secret live (`DATA_DIR`; a temporary directory in tests). */
  dataDir: string;
  /** Where the image files go: `DATA_DIR/images` unless S3 is configured (`imageStoreConfig`). */
  imageStore?: ImageStoreConfig;
  production?: boolean;
  subscriberQueueLimit?: number;
  internalTokenTtlSeconds?: number;
  /** The gateway's timeouts, connection cap and shutdown grace (tests shorten them). */
  gatewayHttp?: Partial<HttpLimits>;
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

export interface Registry {
  gatewayUrl: string;
  subgraphUrls: { operators: string; cases: string; adjudication: string };
  gateway: Gateway;
  operators: OperatorsService;
  cases: CasesService;
  adjudication: AdjudicationService;
  bus: EventBus;
  /** Lets every service apply the events published so far. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export async function migrateAll(handle: DatabaseHandle): Promise<void> {
  await migrateBus(handle);
  await migrateOperators(handle);
  await migrateCases(handle);
  await migrateAdjudication(handle);
}

/**
 * The whole federation in one process on one database: three subgraphs, each its own
 * HTTP server as in production, and the gateway in front. `npm start` runs it on the
 * embedded database; journey tests and the benchmark run it on port 0.
 */
export async function startRegistry(options: RegistryOptions): Promise<Registry> {
  const { handle, keys, logger } = options;
  const host = options.host ?? '127.0.0.1';
  const [opPort, casesPort, adjPort] = options.subgraphPorts ?? [0, 0, 0];
  const bus = new EventBus(handle);
  await bus.start();
  const deps = { handle, bus, keys };
  const operators = await createOperatorsService({ ...deps, logger: logger.child({ service: 'operators' }) });
  const casesLogger = logger.child({ service: 'cases' });
  const cases = await createCasesService({ ...deps, logger: casesLogger, images: await defaultImageStorage(options.dataDir, options.imageStore, casesLogger) });
  const adjudication = await createAdjudicationService({ ...deps, logger: logger.child({ service: 'adjudication' }) });
  const subgraphUrls = {
    operators: await operators.server.listen(opPort, host),
    cases: await cases.server.listen(casesPort, host),
    adjudication: await adjudication.server.listen(adjPort, host),
  };
  if (!keys.internalPrivate) throw new Error('the gateway needs the internal signing key');
  const gateway = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls,
    userPublicKey: keys.userPublic,
    internalPrivateKey: keys.internalPrivate,
    logger: logger.child({ service: 'gateway' }),
    production: options.production ?? false,
    ...(options.subscriberQueueLimit ? { subscriberQueueLimit: options.subscriberQueueLimit } : {}),
    ...(options.internalTokenTtlSeconds ? { internalTokenTtlSeconds: options.internalTokenTtlSeconds } : {}),
    ...(options.gatewayHttp ? { http: options.gatewayHttp } : {}),
    ...(options.subscriptionLimits ? { subscriptionLimits: options.subscriptionLimits } : {}),
  });
  const gatewayUrl = await gateway.listen(options.gatewayPort ?? 0, host);
  return {
    gatewayUrl,
    subgraphUrls,
    gateway,
    operators,
    cases,
    adjudication,
    bus,
    async settle() {
      // Twice: a consumer's effect may publish what another consumes (a ruling → a new result).
      for (let round = 0; round < 2; round++) {
        await cases.catchUp();
        await operators.catchUp();
        await adjudication.catchUp();
      }
    },
    async stop() {
      // The gateway first: its clients are told to go (1001) while the subgraphs still answer it.
      await gateway.stop();
      await Promise.all([operators.stop(), cases.stop(), adjudication.stop()]);
      await bus.stop();
    },
  };
}
