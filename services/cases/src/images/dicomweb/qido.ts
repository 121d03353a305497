import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';

/** The QIDO-RS matching keys a case's few studies and series need (PS3.18 8.3.4), by keyword or tag. */
const KEYS: Record<string, keyof ImageInstanceRecord> = {
  StudyInstanceUID: 'studyInstanceUid',
  '0020000D': 'studyInstanceUid',
  SeriesInstanceUID: 'seriesInstanceUid',
  '0020000E': 'seriesInstanceUid',
  Modality: 'modality',
  '00080060': 'modality',
  ModalitiesInStudy: 'modality',
  '00080061': 'modality',
};

/**
 * Single-value and UID-list matching (PS3.4 C.2.2.2) on the keys above; other keys (dates,
 * descriptions) match everything, since de-identified studies have no such values to match.
 */
export function qidoFilter(query: Record<string, unknown>): (i: ImageInstanceRecord) => boolean {
  const tests: ((i: ImageInstanceRecord) => boolean)[] = [];
  for (const [name, raw] of Object.entries(query)) {
    const field = KEYS[name];
    if (!field || typeof raw !== 'string' || raw === '' || raw === '*') continue;
    const wanted = new Set(raw.split(/[\\,]/).map((v) => v.trim()));
    tests.push((i) => wanted.has(String(i[field] ?? '')));
  }
  return (i) => tests.every((t) => t(i));
}
