/**
 * What `npm start`'s supervising parent imports: supervising and one-shot children, never
 * the in-process registry (`index.ts` re-exports it, and importing it would load every
 * service's modules into the parent).
 */
export { runOnce, type OneShotOptions } from './one-shot.ts';
export { MAX_OLD_SPACE_MB, startSupervisedRegistry, type ServiceName, type SupervisedRegistry, type SupervisedRegistryOptions } from './supervised.ts';
export { assertPortsFree, PortUnavailableError, type WantedPort } from './ports.ts';
