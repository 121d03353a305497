/**
 * `npm start`: the whole registry, one child process per service under a supervisor (this
 * process). Without DATABASE_URL the supervisor holds the embedded PostgreSQL (PGlite) in
 * DATA_DIR and serves it to the children over IPC; with it, the children connect to that
 * server themselves. Before the children start, the schema is migrated and, unless
 * NODE_ENV=production, the demo data seeded (idempotently) by a one-shot child
 * (scripts/seed.ts), so the in-process registry it seeds through never stays resident here.
 */
import path from 'node:path';
import { loadKeys } from '@registry/auth';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadGatewayConfig, loadStartPorts } from '@registry/config';
import { openDatabase, serveDatabase } from '@registry/db';
import { assertPortsFree, PortUnavailableError, runOnce, startSupervisedRegistry } from '@registry/launcher/supervisor';
import { logFormat, loggerFor } from '@registry/logging';
import { ensureWebBundle } from './web-bundle.ts';

const EXIT_BOUND_MS = 5_000;

/** A wrong setting or a taken port ends `npm start` with its message alone: no stack trace. */
function refuse(err: unknown): never {
  if (err instanceof ConfigError || err instanceof PortUnavailableError) {
    process.stderr.write(`npm start: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

let ports: ReturnType<typeof loadStartPorts>;
let config: ReturnType<typeof loadGatewayConfig>;
try {
  // PORT, OPERATORS_PORT, CASES_PORT, ADJUDICATION_PORT (4000–4003 by default; README.md).
  ports = loadStartPorts();
  config = loadGatewayConfig({ ...process.env, PORT: String(ports.gateway.port) });
} catch (err) {
  refuse(err);
}
const logger = loggerFor('registry', config);
// Checked before the bundle, the seed and the children: a taken port is named at once.
await assertPortsFree(Object.values(ports), config.HOST).catch(refuse);
// The gateway serves web/dist at `/`: rebuilt here whenever web/ changed, never stale.
await ensureWebBundle({ log: (message) => logger.info(message) });
// With a server the children connect to it themselves: this process holds no database.
const handle = config.DATABASE_URL ? undefined : await openDatabase({ dataDir: path.join(config.DATA_DIR, 'pglite') });
// Generates the development keys into DATA_DIR if absent: every child then reads the same.
await loadKeys(config);
// Migrated, and seeded through the services themselves (on ports of their own), by a
// one-shot child: scripts/seed.ts, or scripts/migrate.ts in production (no demo data).
await runOnce({
  entry: config.NODE_ENV === 'production' ? 'scripts/migrate.ts' : 'scripts/seed.ts',
  cwd: fileURLToPath(new URL('../', import.meta.url)),
  env: { ...process.env, ...(handle ? { DATABASE_VIA_PARENT: 'true' } : {}) },
  maxOldSpaceMb: 1024,
  database: handle?.embedded ? serveDatabase(handle.embedded) : undefined,
});

const registry = startSupervisedRegistry({
  handle,
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  host: config.HOST,
  ports: { gateway: ports.gateway.port, operators: ports.operators.port, cases: ports.cases.port, adjudication: ports.adjudication.port },
  logger,
});
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping every service');
  setTimeout(() => process.exit(1), EXIT_BOUND_MS).unref();
  registry
    .stop(EXIT_BOUND_MS - 500)
    .then(() => handle?.close())
    .then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

await registry.ready().catch((err: unknown) => logger.warn({ err }, 'not ready yet: the supervisor keeps restarting what fails'));
logger.info({ url: registry.gatewayUrl, pids: registry.supervisor.pids(), database: config.DATABASE_URL ? 'postgres' : 'embedded' }, `registry ready at ${registry.gatewayUrl}`);
if (config.NODE_ENV !== 'production') {
  const web = registry.gatewayUrl.replace(/graphql$/, '');
  process.stdout.write(
    [
      '',
      `  CTO-PCI Expert Registry is running (${config.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${path.join(config.DATA_DIR, 'pglite')}`})`,
      `    web application   ${web}`,
      `    GraphQL API       ${registry.gatewayUrl}  (GraphiQL in a browser)`,
      ...(['operators', 'cases', 'adjudication'] as const).map((name) => `    ${name.padEnd(17)} ${registry.urls[name]}/graphql  (pid ${registry.supervisor.pid(name)})`),
      '    demo accounts     README.md, "Demo accounts": every password is demo-password',
      '                      OP0001 operator (steering) · site-f001 site contact · datacenter · secretariat',
      '                      corelab-reader-1 · corelab-supervisor · expert-1 committee member',
      '    stop              Ctrl-C (every service drains, within 5 s)',
      `    logs              ${logFormat(config) === 'pretty' ? 'readable lines (pino-pretty); LOG_FORMAT=json for JSON' : 'JSON, one record a line; LOG_FORMAT=pretty to read them'}`,
      '',
    ].join('\n') + '\n',
  );
}

