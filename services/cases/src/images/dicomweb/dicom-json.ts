import type { DicomDataset } from 'dcmjs';
import { readHeader } from '../dicom/stream-deidentify.ts';
import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';
import { attributeOf, valuesOf, type QidoSearch } from './qido.ts';
import { LEVEL_ATTRIBUTES, type QidoLevel } from './query-attributes.ts';

const BINARY = new Set(['OB', 'OW', 'OD', 'OF', 'OL', 'OV', 'UN']);

export interface SearchScope {
  registrationNumber: string;
  /** Set when the search's path names the study (…/studies/{uid}/series): its attributes are then left out. */
  studyInPath: boolean;
  seriesInPath: boolean;
}

/**
 * QIDO-RS results (PS3.18 10.6.3.3): the entities with at least one instance the search
 * matches, each described by all its instances (counts, modalities), with the level's
 * default attributes, the higher levels' when the path does not name them, and every
 * matching key and `includefield` attribute the registry keeps; then offset and limit.
 */
export function searchResults(level: QidoLevel, instances: ImageInstanceRecord[], search: QidoSearch, scope: SearchScope): DicomDataset[] {
  const keyOf = (i: ImageInstanceRecord) => (level === 'study' ? i.studyInstanceUid : level === 'series' ? i.seriesInstanceUid : i.sopInstanceUid);
  const matched = new Set(instances.filter(search.matches).map(keyOf));
  const groups = new Map<string, ImageInstanceRecord[]>();
  for (const i of instances) if (matched.has(keyOf(i))) groups.set(keyOf(i), [...(groups.get(keyOf(i)) ?? []), i]);
  const levels: QidoLevel[] = level === 'study' ? ['study'] : level === 'series' ? (scope.studyInPath ? ['series'] : ['study', 'series']) : [...(scope.studyInPath ? [] : (['study'] as const)), ...(scope.seriesInPath ? [] : (['series'] as const)), 'instance'];
  const shown = new Set(levels.flatMap((l) => LEVEL_ATTRIBUTES[l]));
  const extra = search.includeAll ? Object.values(LEVEL_ATTRIBUTES).flat() : search.include;
  const results = [...groups.values()].map((list) => {
    const first = list[0]!;
    const out: DicomDataset = {};
    for (const tag of new Set([...shown, ...extra, '0020000D', ...(level !== 'study' ? ['0020000E'] : []), ...(level === 'instance' ? ['00080016', '00080018'] : [])])) {
      const values = valuesOf(first, tag);
      if (values.length > 0) out[tag] = { vr: first.attributes?.[tag]?.vr ?? attributeOf(tag)?.vr ?? 'UN', Value: values };
    }
    const base = `/dicomweb/cases/${scope.registrationNumber}/studies/${first.studyInstanceUid}`;
    if (level === 'study') {
      const all = instances.filter((i) => i.studyInstanceUid === first.studyInstanceUid);
      out['00080061'] = { vr: 'CS', Value: [...new Set(all.map((i) => i.modality).filter((m): m is string => !!m))] };
      out['00201206'] = { vr: 'IS', Value: [new Set(all.map((i) => i.seriesInstanceUid)).size] };
      out['00201208'] = { vr: 'IS', Value: [all.length] };
      out['00081190'] = { vr: 'UR', Value: [base] };
    } else if (level === 'series') {
      out['00201209'] = { vr: 'IS', Value: [list.length] };
      out['00081190'] = { vr: 'UR', Value: [`${base}/series/${first.seriesInstanceUid}`] };
    } else {
      out['00081190'] = { vr: 'UR', Value: [`${base}/series/${first.seriesInstanceUid}/instances/${first.sopInstanceUid}`] };
    }
    out['00080056'] = { vr: 'CS', Value: ['ONLINE'] };
    return sorted(out);
  });
  return results.slice(search.offset, search.limit === undefined ? undefined : search.offset + search.limit);
}

const sorted = (ds: DicomDataset): DicomDataset => Object.fromEntries(Object.entries(ds).sort(([a], [b]) => a.localeCompare(b)));

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

