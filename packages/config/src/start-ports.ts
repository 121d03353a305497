/**
 * The four ports of `npm start`, read from the environment and checked before any process
 * starts. Each service has its variable; a subgraph's default follows the gateway's PORT
 * (+1 operators, +2 cases, +3 adjudication, the layout of the fault, soak and bench
 * scripts' base ports), so `PORT=5000 npm start` moves all four and two registries never
 * share a subgraph port. A subgraph's `*_URL` (the gateway's own setting when it runs
 * alone) still gives its port when its `*_PORT` is absent, as before.
 */
import { ConfigError } from './errors.ts';

export type StartService = 'gateway' | 'operators' | 'cases' | 'adjudication';

/** Each service, its variable, its offset from PORT, and the URL variable that also names its port. */
export const START_PORT_VARIABLES = [
  { service: 'gateway', label: 'the gateway', variable: 'PORT', offset: 0 },
  { service: 'operators', label: 'the operators subgraph', variable: 'OPERATORS_PORT', offset: 1, url: 'OPERATORS_URL' },
  { service: 'cases', label: 'the cases subgraph', variable: 'CASES_PORT', offset: 2, url: 'CASES_URL' },
  { service: 'adjudication', label: 'the adjudication subgraph', variable: 'ADJUDICATION_PORT', offset: 3, url: 'ADJUDICATION_URL' },
] as const satisfies readonly { service: StartService; label: string; variable: string; offset: number; url?: string }[];

export const DEFAULT_GATEWAY_PORT = 4000;

export interface StartPort {
  service: StartService;
  /** "the cases subgraph": for messages. */
  label: string;
  port: number;
  /** Where the port came from, for messages: `CASES_PORT`, `CASES_URL`, `PORT+2` or `default`. */
  source: string;
}

const RANGE = 'a whole number from 1 to 65535';

/** An unset or empty variable is absent; anything else must be a port. */
function portIn(env: NodeJS.ProcessEnv, variable: string): number | undefined {
  const raw = env[variable]?.trim();
  if (!raw) return undefined;
  const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) throw new ConfigError(`${variable}=${env[variable]} is not a port: ${RANGE}`);
  return port;
}

function portOfUrl(env: NodeJS.ProcessEnv, variable: string, portVariable: string): number | undefined {
  const raw = env[variable]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${variable}=${raw} is not a URL`);
  }
  if (!url.port) throw new ConfigError(`${variable}=${raw} names no port: set ${portVariable} instead`);
  return Number(url.port);
}

/** The four ports, or a ConfigError naming the variable at fault: not a port, out of range, or two services on one port. */
export function loadStartPorts(env: NodeJS.ProcessEnv = process.env): Record<StartService, StartPort> {
  const gateway = portIn(env, 'PORT');
  const base = gateway ?? DEFAULT_GATEWAY_PORT;
  const resolved = START_PORT_VARIABLES.map((entry): StartPort => {
    const own = portIn(env, entry.variable);
    const fromUrl = 'url' in entry ? portOfUrl(env, entry.url, entry.variable) : undefined;
    if (own !== undefined && fromUrl !== undefined && own !== fromUrl && 'url' in entry) {
      throw new ConfigError(`${entry.variable}=${own} and the port of ${entry.url} (${fromUrl}) disagree: ${entry.label} listens on one port; set one of them`);
    }
    if (own !== undefined) return { service: entry.service, label: entry.label, port: own, source: entry.variable };
    if (fromUrl !== undefined && 'url' in entry) return { service: entry.service, label: entry.label, port: fromUrl, source: entry.url };
    const port = base + entry.offset;
    const source = gateway === undefined ? 'default' : entry.offset === 0 ? 'PORT' : `PORT+${entry.offset}`;
    if (port > 65535) throw new ConfigError(`PORT=${gateway} leaves no room for ${entry.label}: ${source} is ${port}; set ${entry.variable}`);
    return { service: entry.service, label: entry.label, port, source };
  });
  for (const [i, a] of resolved.entries()) {
    const b = resolved.slice(i + 1).find((other) => other.port === a.port);
    if (b) throw new ConfigError(`${a.label} (${describe(a)}) and ${b.label} (${describe(b)}) would both listen on ${a.port}: give each its own port`);
  }
  return Object.fromEntries(resolved.map((p) => [p.service, p])) as Record<StartService, StartPort>;
}

function describe(p: StartPort): string {
  if (p.source === 'default') return 'by default';
  if (p.source.startsWith('PORT+')) return `${p.source}, ${variableOf(p.service)} unset`;
  if (p.source.endsWith('_URL')) return `the port of ${p.source}`;
  return `${p.source}=${p.port}`;
}

const variableOf = (service: StartService) => START_PORT_VARIABLES.find((e) => e.service === service)!.variable;
