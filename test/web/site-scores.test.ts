import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The site's form shows J-CTO, PROGRESS-CTO and CASTLE as the items are ticked; the server
// computes them when the form is read. Both import the one implementation, @registry/scores
// (packages/scores, tested there), so the browser's value cannot drift from the server's.
// The site journey (site.test.ts) also compares the page's values with the API's.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCORES = /\bfunction (jctoScore|progressCtoScore|castleScore)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'generated' || name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the lesion scores have one implementation (docs/web.md, "Site screens")', () => {
  it('should define J-CTO, PROGRESS-CTO and CASTLE only in @registry/scores, which the web and the cases subgraph import', () => {
    const defining = [...sources(path.join(ROOT, 'web/src')), ...sources(path.join(ROOT, 'services')), ...sources(path.join(ROOT, 'packages'))]
      .filter((file) => SCORES.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(defining).toEqual(['packages/scores/src/index.ts']);
    expect(readFileSync(path.join(ROOT, 'web/src/pages/site/LiveScores.tsx'), 'utf8')).toContain("from '@registry/scores'");
    expect(readFileSync(path.join(ROOT, 'services/cases/src/form/form-service.ts'), 'utf8')).toContain("from '@registry/scores'");
  });
});
