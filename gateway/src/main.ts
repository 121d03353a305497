import { readFileSync } from 'node:fs';
import { loadKeys } from '@registry/auth';
import { loadGatewayConfig } from '@registry/config';
import { exitOnSignal } from '@registry/http-host';
import { loggerFor } from '@registry/logging';
import { createGateway } from './server.ts';

const config = loadGatewayConfig();
const logger = loggerFor('gateway', config);
const keys = await loadKeys(config);
if (!keys.internalPrivate) throw new Error('INTERNAL_TOKEN_PRIVATE_KEY is required: the gateway signs the subgraphs\' tokens');
const gateway = await createGateway({
  supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: { operators: config.OPERATORS_URL, cases: config.CASES_URL, adjudication: config.ADJUDICATION_URL },
  userPublicKey: keys.userPublic,
  internalPrivateKey: keys.internalPrivate,
  logger,
  production: config.NODE_ENV === 'production',
  http: { maxConnectionsPerClient: config.MAX_CONNECTIONS_PER_CLIENT },
  subscriptionLimits: { perPerson: config.SUBSCRIPTIONS_PER_PERSON },
  entityCache: config.ENTITY_CACHE,
  sharing: config.SUBGRAPH_FETCH_SHARING,
});
await gateway.listen(config.PORT, config.HOST);
exitOnSignal(logger, () => gateway.stop());
