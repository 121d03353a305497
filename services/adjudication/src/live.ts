/** Live fields are built with `liveField` from @registry/subgraph-server (replay, live, start position). */
export { liveField, parseAfter } from '@registry/subgraph-server';
