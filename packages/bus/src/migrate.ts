import { fileURLToPath } from 'node:url';
import { migrateSchema, type DatabaseHandle } from '@registry/db';

const folder = fileURLToPath(new URL('../migrations', import.meta.url));

export function migrateBus(handle: DatabaseHandle): Promise<void> {
  return migrateSchema(handle, { schema: 'bus', folder });
}
