export { startRegistry, migrateAll, type Registry, type RegistryOptions } from './registry.ts';
export { seedDemo } from './seed.ts';
