import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeRegistryTemplate, type RegistryTemplatePlace } from './registry-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    registryTemplate: RegistryTemplatePlace;
  }
}

/** Vitest global setup: where this run's seeded demo registry will be (built on first use). */
export default function setup(project: TestProject): () => Promise<void> {
  const place = { dir: mkdtempSync(path.join(os.tmpdir(), 'registry-template-')), database: `template_${randomBytes(6).toString('hex')}` };
  project.provide('registryTemplate', place);
  return () => removeRegistryTemplate(place, process.env['DATABASE_URL']);
}
