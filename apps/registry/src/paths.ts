import { fileURLToPath } from 'node:url';

/** The composed supergraph the gateway serves (`npm run compose`). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url));
