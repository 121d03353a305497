import type { DicomDataset, DicomElement } from 'dcmjs';
import { readHeader } from '../dicom/stream-deidentify.ts';
import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';

const ui = (v: string): DicomElement => ({ vr: 'UI', Value: [v] });
const BINARY = new Set(['OB', 'OW', 'OD', 'OF', 'OL', 'OV', 'UN']);

/** QIDO-RS study results (PS3.18 10.6.3.3.1): the case is the patient, nothing else is known. */
export function studyJson(instances: ImageInstanceRecord[], registrationNumber: string): DicomDataset[] {
  const studies = new Map<string, ImageInstanceRecord[]>();
  for (const i of instances) studies.set(i.studyInstanceUid, [...(studies.get(i.studyInstanceUid) ?? []), i]);
  return [...studies].map(([study, list]) => ({
    '0020000D': ui(study),
    '00100020': { vr: 'LO', Value: [registrationNumber] },
    '00100010': { vr: 'PN', Value: [{ Alphabetic: registrationNumber }] },
    '00080061': { vr: 'CS', Value: [...new Set(list.map((i) => i.modality).filter((m): m is string => !!m))] },
    '00201206': { vr: 'IS', Value: [new Set(list.map((i) => i.seriesInstanceUid)).size] },
    '00201208': { vr: 'IS', Value: [list.length] },
  }));
}

/** QIDO-RS series results, with the registry's series kind as the description. */
export function seriesJson(instances: ImageInstanceRecord[]): DicomDataset[] {
  const series = new Map<string, ImageInstanceRecord[]>();
  for (const i of instances) series.set(i.seriesInstanceUid, [...(series.get(i.seriesInstanceUid) ?? []), i]);
  return [...series].map(([uid, list]) => ({
    '0020000D': ui(list[0]!.studyInstanceUid),
    '0020000E': ui(uid),
    '00080060': { vr: 'CS', Value: list[0]!.modality ? [list[0]!.modality] : [] },
    '0008103E': { vr: 'LO', Value: [list[0]!.kind] },
    '00201209': { vr: 'IS', Value: [list.length] },
  }));
}

/** WADO-RS metadata of one stored (de-identified) instance: its header as DICOM JSON (the pixel data is fetched with the instance). */
export async function instanceJson(stored: AsyncIterable<Buffer> & { destroy?(): void }): Promise<DicomDataset> {
  const { dict } = await readHeader(stored, 16 * 1024 * 1024);
  return toJson(dict);
}

function toJson(ds: DicomDataset): DicomDataset {
  const out: DicomDataset = {};
  for (const [tag, el] of Object.entries(ds)) {
    if (el.vr === 'SQ') out[tag] = { vr: 'SQ', Value: (el.Value ?? []).map((item) => toJson(item as DicomDataset)) };
    else if (BINARY.has(el.vr)) {
      const b = el.Value?.[0];
      out[tag] = b instanceof ArrayBuffer ? { vr: el.vr, InlineBinary: Buffer.from(b).toString('base64') } : { vr: el.vr };
    } else out[tag] = Array.isArray(el.Value) && el.Value.length > 0 ? { vr: el.vr, Value: el.Value } : { vr: el.vr };
  }
  return out;
}

