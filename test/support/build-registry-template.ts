/**
 * The global setup's child: builds this run's registry template (`registry-template.ts`)
 * at the place named by its arguments, on DATABASE_URL or embedded PGlite.
 */
import { buildRegistryTemplate } from './registry-template.ts';

const [dir, database] = process.argv.slice(2);
if (!dir || !database) throw new Error('usage: build-registry-template.ts DIR DATABASE');
await buildRegistryTemplate({ dir, database }, process.env['DATABASE_URL']);
