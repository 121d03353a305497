import { accessToken } from '../../../token';

/** A DICOM JSON data set (PS3.18 F.2): attributes by their 8-hex-digit tag. */
export type DicomJson = Record<string, { vr: string; Value?: unknown[] } | undefined>;

/** One series as the case's QIDO-RS answers it. */
export interface SeriesSummary {
  studyInstanceUid: string;
  seriesInstanceUid: string;
  modality: string | null;
  description: string | null;
  number: number | null;
  instances: number;
}

/** One image of the series: a WADO-RS frame address (`wadors:` for the image loader) and its instance's header. */
export interface FrameRef {
  imageId: string;
  /** The instance's imageId for its first frame: the metadata is registered under it. */
  instanceImageId: string;
  instance: DicomJson;
}

export const first = (ds: DicomJson | undefined, tag: string): unknown => ds?.[tag]?.Value?.[0];
const text = (ds: DicomJson, tag: string): string | null => {
  const v = first(ds, tag);
  return typeof v === 'string' ? v : v === undefined || v === null ? null : String(v);
};
const int = (ds: DicomJson, tag: string): number | null => {
  const v = Number(first(ds, tag));
  return Number.isFinite(v) ? v : null;
};

/** The case's DICOMweb base through the gateway (schema: `DicomSeries.dicomwebUrl`). */
export const dicomwebBase = (registrationNumber: string): string => `${location.origin}/dicomweb/cases/${encodeURIComponent(registrationNumber)}`;

/** The user's bearer token: DICOMweb is for signed-in registry members only [R5][R21a]. */
export function authHeaders(): Record<string, string> {
  const token = accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export class DicomwebError extends Error {
  constructor(readonly status: number) {
    super(`DICOMweb answered ${status}`);
    this.name = 'DicomwebError';
  }
}

async function getJson(url: string, signal?: AbortSignal): Promise<DicomJson[]> {
  const response = await fetch(url, { headers: { ...authHeaders(), Accept: 'application/dicom+json' }, signal });
  if (!response.ok) throw new DicomwebError(response.status);
  return (await response.json()) as DicomJson[];
}

/** QIDO-RS: the case's series (PS3.18 10.6), in series-number order. */
export async function listSeries(registrationNumber: string, signal?: AbortSignal): Promise<SeriesSummary[]> {
  const found = await getJson(`${dicomwebBase(registrationNumber)}/series`, signal);
  return found
    .map((ds) => ({
      studyInstanceUid: text(ds, '0020000D') ?? '',
      seriesInstanceUid: text(ds, '0020000E') ?? '',
      modality: text(ds, '00080060'),
      description: text(ds, '0008103E'),
      number: int(ds, '00200011'),
      instances: int(ds, '00201209') ?? 0,
    }))
    .filter((s) => s.studyInstanceUid && s.seriesInstanceUid)
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

/**
 * WADO-RS series metadata, then one `wadors:` imageId per frame (PS3.18 8.3.5.1,
 * `…/frames/{n}`, 1-based), the instances in instance-number order: the series' frames
 * counted from 0 in this order are what a discussion post points at [R24].
 */
export async function seriesFrames(registrationNumber: string, series: SeriesSummary, signal?: AbortSignal): Promise<FrameRef[]> {
  const root = `${dicomwebBase(registrationNumber)}/studies/${series.studyInstanceUid}/series/${series.seriesInstanceUid}`;
  const instances = await getJson(`${root}/metadata`, signal);
  instances.sort((a, b) => (int(a, '00200013') ?? 0) - (int(b, '00200013') ?? 0));
  return instances.flatMap((instance) => {
    const base = `wadors:${root}/instances/${text(instance, '00080018')}/frames/`;
    const count = Math.max(1, int(instance, '00280008') ?? 1);
    return Array.from({ length: count }, (_, i) => ({ imageId: `${base}${i + 1}`, instanceImageId: `${base}1`, instance }));
  });
}

/**
 * Frames per second of the run (PS3.3 C.7.6.5): Cine Rate (0018,0040), else 1000 / Frame
 * Time (0018,1063) in ms, else Recommended Display Frame Rate (0008,2144); 15 when the
 * header says none (the usual rate of a coronary angiogram).
 */
export function frameRate(instance: DicomJson | undefined): number {
  const cine = Number(first(instance, '00180040'));
  if (cine > 0) return cine;
  const frameTime = Number(first(instance, '00181063'));
  if (frameTime > 0) return 1000 / frameTime;
  const recommended = Number(first(instance, '00082144'));
  if (recommended > 0) return recommended;
  return 15;
}
