export { startRegistry, migrateAll, SUPERGRAPH_PATH, type Registry, type RegistryOptions } from './registry.ts';
export { seedDemo } from './seed.ts';
export { Supervisor, type ChildExit, type ChildSpec, type SupervisorOptions } from './supervisor.ts';
export { MAX_OLD_SPACE_MB, startSupervisedRegistry, type ServiceName, type SupervisedRegistry, type SupervisedRegistryOptions } from './supervised.ts';
