/**
 * Configuration is read from the environment once, at a service's entry point, and
 * validated with zod (STYLE.md: no `process.env` outside config). Everything else
 * receives the parsed object.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

export { ConfigError } from './errors.ts';
export { DEFAULT_GATEWAY_PORT, loadStartPorts, START_PORT_VARIABLES, type StartPort, type StartService } from './start-ports.ts';

/** Environment flags are the strings `true` and `false`: `z.coerce.boolean` would read "false" as true. */
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const base = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Absent: the embedded PGlite database in DATA_DIR. Present: a PostgreSQL server. */
  DATABASE_URL: z.string().url().optional(),
  /** Set by `npm start` for its children: the embedded database is the parent's, over IPC. */
  DATABASE_VIA_PARENT: flag.default(false),
  DATA_DIR: z.string().default('.data'),
  /** Interface to listen on: loopback by default, 0.0.0.0 in a container. */
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` or `pretty` (pino-pretty); absent: pretty in development on a terminal, JSON otherwise (@registry/logging `logFormat`). */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** PEM keys; required in production, generated into DATA_DIR otherwise. */
  USER_TOKEN_PRIVATE_KEY: z.string().optional(),
  USER_TOKEN_PUBLIC_KEY: z.string().optional(),
  INTERNAL_TOKEN_PRIVATE_KEY: z.string().optional(),
  INTERNAL_TOKEN_PUBLIC_KEY: z.string().optional(),
  /** De-identified images: `fs` (DATA_DIR/images) unless IMAGE_S3_BUCKET names a bucket. */
  IMAGE_STORE: z.enum(['fs', 's3']).optional(),
  IMAGE_S3_BUCKET: z.string().min(1).optional(),
  /** An S3-compatible server (MinIO, Ceph…); absent: AWS. Credentials: the AWS SDK's default chain. */
  IMAGE_S3_ENDPOINT: z.string().url().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional(),
  IMAGE_S3_REGION: z.string().min(1).optional(),
  IMAGE_S3_PREFIX: z.string().default(''),
  IMAGE_S3_FORCE_PATH_STYLE: flag.default(false),
  /** [R31] The key of image UIDs and date shifts, base64 of 32 bytes; absent: made once in DATA_DIR. Replicas share it. */
  IMAGE_UID_SECRET: z.string().min(1).optional(),
};

const serviceSchema = z.object({ ...base, PORT: z.coerce.number().int().min(0).max(65535) });

/** `http://a:4003/graphql,http://b:4003/graphql`: one URL or several, each an http(s) URL. */
const urlList = z
  .string()
  .transform((value) => value.split(',').map((url) => url.trim()).filter((url) => url.length > 0))
  .pipe(z.array(z.string().url().regex(/^https?:\/\//, 'must be an http:// or https:// URL')).min(1, 'at least one URL'));

const gatewaySchema = z.object({
  ...base,
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Each subgraph's GraphQL URL; a comma-separated list for its replicas, which the gateway fails over between (#17). */
  OPERATORS_URL: urlList.default(['http://localhost:4001/graphql']),
  CASES_URL: urlList.default(['http://localhost:4002/graphql']),
  ADJUDICATION_URL: urlList.default(['http://localhost:4003/graphql']),
  SUPERGRAPH_PATH: z.string().default(path.resolve('schema/supergraph.graphql')),
  /** Open connections per client address (0: no cap); behind a proxy every client has the proxy's address. */
  MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).default(256),
  /** Live subscriptions one person may hold on one gateway process (gateway/src/subscriptions/ws-server.ts). */
  SUBSCRIPTIONS_PER_PERSON: z.coerce.number().int().min(1).default(200),
  /** The entity caches of the subgraphs that publish their changes [#17.1]; `false` sends every entity fetch (diagnosis, the benchmark). */
  ENTITY_CACHE: flag.default(true),
  /** One fetch for identical subgraph queries in flight at once [#17.1]; `false` sends each (diagnosis, the benchmark). */
  SUBGRAPH_FETCH_SHARING: flag.default(true),
});

export type ServiceConfig = z.infer<typeof serviceSchema>;
export type GatewayConfig = z.infer<typeof gatewaySchema>;

function parse<T extends z.ZodTypeAny>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${issues}`);
  }
  const config = result.data as z.infer<T> & { NODE_ENV: string; USER_TOKEN_PRIVATE_KEY?: string } & ImageStoreSettings;
  if (config.NODE_ENV === 'production') {
    for (const key of ['USER_TOKEN_PUBLIC_KEY', 'INTERNAL_TOKEN_PUBLIC_KEY'] as const) {
      if (!(config as Record<string, unknown>)[key]) throw new ConfigError(`Invalid configuration: ${key} is required in production`);
    }
  }
  if (config.IMAGE_STORE === 's3' && !config.IMAGE_S3_BUCKET) throw new ConfigError('Invalid configuration: IMAGE_S3_BUCKET is required when IMAGE_STORE=s3');
  return config;
}

export function loadServiceConfig(defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return parse(serviceSchema, { PORT: String(defaultPort), ...env });
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return parse(gatewaySchema, env);
}

type ImageStoreSettings = Pick<ServiceConfig, 'IMAGE_STORE' | 'IMAGE_S3_BUCKET' | 'IMAGE_S3_ENDPOINT' | 'IMAGE_S3_REGION' | 'IMAGE_S3_PREFIX' | 'IMAGE_S3_FORCE_PATH_STYLE'>;

/** Where the cases service keeps de-identified images; the same for the service alone and the embedded registry. */
export type ImageStoreConfig =
  | { kind: 'fs' }
  | { kind: 's3'; bucket: string; endpoint?: string; region?: string; prefix: string; forcePathStyle: boolean };

/** An explicit IMAGE_STORE wins; otherwise a named bucket means S3. */
export function imageStoreConfig(config: ImageStoreSettings): ImageStoreConfig {
  const bucket = config.IMAGE_S3_BUCKET;
  if (config.IMAGE_STORE === 'fs' || !bucket) return { kind: 'fs' };
  return {
    kind: 's3',
    bucket,
    ...(config.IMAGE_S3_ENDPOINT ? { endpoint: config.IMAGE_S3_ENDPOINT } : {}),
    ...(config.IMAGE_S3_REGION ? { region: config.IMAGE_S3_REGION } : {}),
    prefix: config.IMAGE_S3_PREFIX,
    forcePathStyle: config.IMAGE_S3_FORCE_PATH_STYLE,
  };
}
