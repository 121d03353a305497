import { fileURLToPath } from 'node:url';
import { serveDatabase, type DatabaseHandle, type DatabaseServer } from '@registry/db';
import type { Logger } from '@registry/logging';
import { SUPERGRAPH_PATH } from './paths.ts';
import { Supervisor, type ChildSpec } from './supervisor.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Each service's V8 heap ceiling under `npm start`. A query or an upload that exhausts it
 * ends that service's process only; the supervisor starts it again. The gateway holds
 * every client's sockets and plans, cases decodes DICOM and runs OCR.
 */
export const MAX_OLD_SPACE_MB = { operators: 256, cases: 768, adjudication: 384, gateway: 512 } as const;

export type ServiceName = keyof typeof MAX_OLD_SPACE_MB;

export interface SupervisedRegistryOptions {
  /** The embedded database the parent holds and serves to the children; absent with `databaseUrl`. */
  handle?: DatabaseHandle | undefined;
  /** A PostgreSQL server: every child connects to it itself. */
  databaseUrl?: string | undefined;
  dataDir: string;
  host?: string;
  ports: Record<ServiceName, number>;
  logger: Logger;
  /** The children's environment before the registry's own settings (NODE_ENV, LOG_LEVEL, keys…). */
  baseEnv?: NodeJS.ProcessEnv;
  output?: 'inherit' | 'ignore';
  /** Children beside the four services (tests add one). */
  extraChildren?: ChildSpec[];
  transactionTimeoutMs?: number;
}

export interface SupervisedRegistry {
  gatewayUrl: string;
  urls: Record<ServiceName, string>;
  supervisor: Supervisor;
  database: DatabaseServer | undefined;
  /** Resolves once the gateway answers ready (every subgraph ready behind it). */
  ready(timeoutMs?: number): Promise<void>;
  stop(boundMs?: number): Promise<void>;
}

/**
 * `npm start` as one child process per service, the same entry points production runs
 * (`services/<x>/src/main.ts`, `gateway/src/main.ts`), each with its own heap ceiling,
 * supervised and restarted. The caller has migrated (and seeded) the database first.
 */
export function startSupervisedRegistry(options: SupervisedRegistryOptions): SupervisedRegistry {
  const host = options.host ?? '127.0.0.1';
  const base = (port: number) => `http://${host}:${port}`;
  const urls = Object.fromEntries(Object.entries(options.ports).map(([name, port]) => [name, base(port)])) as Record<ServiceName, string>;
  const embedded = options.databaseUrl ? undefined : options.handle?.embedded;
  if (!options.databaseUrl && !embedded) throw new Error('the supervised registry needs the embedded database or a DATABASE_URL');
  const database = embedded
    ? serveDatabase(embedded, {
        ...(options.transactionTimeoutMs ? { transactionTimeoutMs: options.transactionTimeoutMs } : {}),
        onTransactionAborted: (info) => options.logger.warn(info, 'a child\'s transaction was rolled back'),
      })
    : undefined;
  const baseEnv: NodeJS.ProcessEnv = { ...(options.baseEnv ?? process.env) };
  delete baseEnv['DATABASE_URL'];
  const common: Record<string, string> = {
    DATA_DIR: options.dataDir,
    HOST: host,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_VIA_PARENT: 'true' }),
  };
  const subgraph = (name: Exclude<ServiceName, 'gateway'>): ChildSpec => ({
    name,
    entry: `services/${name}/src/main.ts`,
    maxOldSpaceMb: MAX_OLD_SPACE_MB[name],
    env: { ...common, PORT: String(options.ports[name]) },
  });
  const children: ChildSpec[] = [
    subgraph('operators'),
    subgraph('cases'),
    subgraph('adjudication'),
    {
      name: 'gateway',
      entry: 'gateway/src/main.ts',
      maxOldSpaceMb: MAX_OLD_SPACE_MB.gateway,
      env: {
        ...common,
        PORT: String(options.ports.gateway),
        OPERATORS_URL: `${urls.operators}/graphql`,
        CASES_URL: `${urls.cases}/graphql`,
        ADJUDICATION_URL: `${urls.adjudication}/graphql`,
        SUPERGRAPH_PATH,
      },
    },
    ...(options.extraChildren ?? []),
  ];
  const supervisor = new Supervisor({ children, cwd: ROOT, logger: options.logger, baseEnv, database, output: options.output ?? 'inherit', stopFirst: ['gateway'] });
  supervisor.start();
  return {
    gatewayUrl: `${urls.gateway}/graphql`,
    urls,
    supervisor,
    database,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const ok = await fetch(`${urls.gateway}/readyz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`the registry was not ready after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop: (boundMs) => supervisor.stop(boundMs),
  };
}
