export { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from './server.ts';
export { CURSOR, positionOnly, withCursor, type CursorMarks, type CursorPayload, type LivePayload } from './cursor.ts';
export { liveField, parseAfter, type LiveMap, type LiveValue } from './live-field.ts';
export { loadTypeDefs } from './type-defs.ts';
export { mergeResolvers, type ResolverMap } from './resolvers.ts';
export { runStandalone, type StandaloneDeps } from './run.ts';
export { buildSubgraph, type BuildSubgraphOptions, type BuiltSubgraph } from './build.ts';
export { keysetAfter, pageRequest, pageSize, type PageArgs, type PageRequest } from './page.ts';
export { assertPlainInput, guardInputs, MAX_STRING_LENGTH } from './input-guard.ts';
