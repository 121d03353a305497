import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { removeRegistryTemplate, type RegistryTemplatePlace } from './registry-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    registryTemplate: RegistryTemplatePlace;
  }
}

const BUILDER = fileURLToPath(new URL('./build-registry-template.ts', import.meta.url));
const STOP_BOUND_MS = 10_000;

/**
 * Vitest global setup: names where this run's seeded demo registry will be and starts
 * building it in a child process, so that it builds while the first files run and no
 * file's hook waits out its whole build. The teardown stops the builder if it is still at
 * work (a run of unit tests alone ends before it) and removes the template.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const place = { dir: mkdtempSync(path.join(os.tmpdir(), 'registry-template-')), database: `template_${randomBytes(6).toString('hex')}` };
  project.provide('registryTemplate', place);
  const builder = spawn(process.execPath, ['--import', 'tsx', BUILDER, place.dir, place.database], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  const exited = new Promise<void>((resolve) => {
    if (builder.exitCode !== null) resolve();
    builder.once('exit', () => resolve());
  });
  return async () => {
    if (builder.exitCode === null && builder.signalCode === null) {
      builder.kill('SIGTERM');
      const killer = setTimeout(() => builder.kill('SIGKILL'), STOP_BOUND_MS);
      await exited;
      clearTimeout(killer);
    }
    await removeRegistryTemplate(place, process.env['DATABASE_URL']);
  };
}
