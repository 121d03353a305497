import { loadKeys, type RegistryKeys } from '@registry/auth';
import { EventBus, migrateBus } from '@registry/bus';
import { loadServiceConfig, type ServiceConfig } from '@registry/config';
import { openDatabase, type DatabaseHandle } from '@registry/db';
import { exitOnSignal } from '@registry/http-host';
import { loggerFor, type Logger } from '@registry/logging';
import type { SubgraphServer } from './server.ts';

export interface StandaloneDeps {
  config: ServiceConfig;
  handle: DatabaseHandle;
  bus: EventBus;
  keys: RegistryKeys;
  logger: Logger;
}

/**
 * What a subgraph's `main.ts` does, the only place with side effects: read config, open
 * the database (the parent's under `npm start`), migrate, build the service, listen, and shut down gracefully on a signal, within a bound.
 */
export async function runStandalone(options: {
  name: string;
  defaultPort: number;
  migrate(handle: DatabaseHandle): Promise<void>;
  create(deps: StandaloneDeps): Promise<{ server: SubgraphServer; stop(): Promise<void> }>;
}): Promise<void> {
  const config = loadServiceConfig(options.defaultPort);
  const logger = loggerFor(options.name, config);
  if (!config.DATABASE_URL && !config.DATABASE_VIA_PARENT) {
    throw new Error(`${options.name}: DATABASE_URL is required to run alone; \`npm start\` runs every service on the embedded database`);
  }
  // Under `npm start` without a server, the parent holds the embedded database and has migrated it.
  const viaParent = !config.DATABASE_URL && config.DATABASE_VIA_PARENT;
  const handle = await openDatabase({ url: config.DATABASE_URL, viaParent });
  if (!viaParent) {
    await migrateBus(handle);
    await options.migrate(handle);
  }
  const keys = await loadKeys(config);
  const bus = new EventBus(handle);
  await bus.start();
  const service = await options.create({ config, handle, bus, keys, logger });
  await service.server.listen(config.PORT, config.HOST);
  exitOnSignal(logger, async () => {
    await service.stop();
    await bus.stop();
    await handle.close();
  });
}
