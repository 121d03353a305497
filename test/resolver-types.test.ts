import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('the generated resolver types', () => {
  it('should be exactly what GraphQL Code Generator makes from each subgraph\'s SDL (run `npm run codegen` when they drift)', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const config = (await import('../codegen.ts')).default;
    const files = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.map((f) => path.relative(ROOT, path.resolve(ROOT, f.filename))).sort()).toEqual(['adjudication', 'cases', 'operators'].map((s) => `services/${s}/src/generated/resolvers.ts`));
    for (const file of files) {
      expect(readFileSync(path.resolve(ROOT, file.filename), 'utf8'), `${file.filename}: run npm run codegen`).toBe(file.content);
    }
  });

  it('should keep the journeys\' typed documents (test/gql) what test/codegen.ts makes from them (run `npm run codegen` when they drift)', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const config = (await import('./codegen.ts')).default;
    const files = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(path.resolve(ROOT, file.filename), 'utf8'), `${file.filename}: run npm run codegen`).toBe(file.content);
    }
  });
});
