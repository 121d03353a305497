import type { DicomDataset, DicomElement } from 'dcmjs';

export type QueryAttributes = Record<string, DicomElement>;
export type QidoLevel = 'study' | 'series' | 'instance';

/**
 * The attributes QIDO-RS returns by default at each level (PS3.18 Table 10.6.3-3) and
 * a few more a viewer filters on, as the stored (de-identified) file has them: the
 * registration number as the patient, the shifted dates, the kept manufacturer.
 */
export const LEVEL_ATTRIBUTES: Record<QidoLevel, readonly string[]> = {
  study: ['00080020', '00080030', '00080050', '00080090', '00080201', '00081030', '00100010', '00100020', '00100030', '00100040', '0020000D', '00200010'],
  series: ['00080021', '00080031', '00080060', '00080070', '0008103E', '00081090', '00180015', '0020000E', '00200011', '00400244', '00400245'],
  instance: ['00080008', '00080016', '00080018', '00080023', '00080033', '00200013', '00280008', '00280010', '00280011', '00280100'],
};

const KEPT = new Set(Object.values(LEVEL_ATTRIBUTES).flat());

/** What a stored file's row keeps for searches: the listed attributes with a value, nothing else. */
export function queryAttributes(dataset: DicomDataset): QueryAttributes {
  const out: QueryAttributes = {};
  for (const tag of KEPT) {
    const el = dataset[tag];
    const values = Array.isArray(el?.Value) ? el.Value.filter((v) => v !== null && v !== undefined && v !== '') : [];
    if (el && values.length > 0) out[tag] = { vr: el.vr, Value: values };
  }
  return out;
}
