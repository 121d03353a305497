import type { DicomDataset } from 'dcmjs';
import type { CaseRecord } from '../../cases/case-repository.ts';
import type { DeidentifyResult } from '../deidentify/deidentify.ts';
import { frameIndex } from '../dicom/frame-index.ts';
import { queryAttributes } from '../dicomweb/query-attributes.ts';
import { DicomRefusal } from '../dicom/refusal.ts';
import type { HeaderFacts, RewriteOutcome } from '../dicom/stream-deidentify.ts';
import type { NewImageInstance } from './image-instance-repository.ts';

export interface StoredFile {
  case: CaseRecord;
  kind: string;
  uploadId: string;
  uploadedBy: string;
  uploadedAt: Date;
  contentKey: string;
  /** The de-identified header, as written. */
  dataset: DicomDataset;
  facts: HeaderFacts;
  result: DeidentifyResult;
  outcome: RewriteOutcome;
  quarantineReason: string | null;
  /** [R31] The device regions blanked in the stored pixels, and the device list's revision. */
  pixelMask?: { deviceMasks: string; regions: string } | undefined;
}

/** The keyed UIDs every stored file must have: a file without them cannot be addressed (PS3.18). */
export function requiredUids(dataset: DicomDataset): { study: string; series: string; instance: string } {
  const uid = (tag: string) => String(dataset[tag]?.Value?.[0] ?? '').trim();
  const found = { study: uid('0020000D'), series: uid('0020000E'), instance: uid('00080018') };
  if (!found.study || !found.series || !found.instance) throw new DicomRefusal('MISSING_UID', 'The file lacks a Study, Series or SOP Instance UID');
  return found;
}

/**
 * The row of a stored file: what the library serves (keyed UIDs, frames) and the record
 * of its de-identification [R31]: hashes, table revision and options, per-attribute
 * actions, the keyed UID map. No identifier.
 */
export function instanceRecord(f: StoredFile): NewImageInstance {
  const value = (tag: string) => f.dataset[tag]?.Value?.[0];
  const uids = requiredUids(f.dataset);
  const frames = Number(value('00280008') ?? 1);
  const o = f.outcome;
  return {
    registrationNumber: f.case.registrationNumber,
    kind: f.kind,
    studyInstanceUid: uids.study,
    seriesInstanceUid: uids.series,
    sopInstanceUid: uids.instance,
    sopClassUid: f.facts.sopClassUid,
    transferSyntaxUid: f.facts.transferSyntaxUid,
    modality: f.facts.modality ?? null,
    numberOfFrames: Number.isFinite(frames) ? frames : null,
    contentKey: f.contentKey,
    bytesOut: o.bytesOut,
    status: f.quarantineReason ? 'QUARANTINED' : 'PUBLISHED',
    quarantineReason: f.quarantineReason,
    frames: frameIndex(o.pixelData, {
      numberOfFrames: frames,
      rows: Number(value('00280010')),
      columns: Number(value('00280011')),
      samplesPerPixel: Number(value('00280002') ?? 1),
      bitsAllocated: Number(value('00280100')),
    }),
    uploadId: f.uploadId,
    uploadedAt: f.uploadedAt,
    attributes: queryAttributes(f.dataset),
    inputSha256: o.inputSha256,
    bytesIn: o.bytesIn,
    record: {
      tableRevision: f.result.tableRevision,
      options: f.result.options,
      actions: f.result.actions,
      uidMap: f.result.uidMap,
      outputSha256: o.outputSha256,
      headerBytesIn: o.headerBytesIn,
      headerBytesOut: o.headerBytesOut,
      trailingBytesRemoved: o.trailingBytesRemoved,
      ...(f.pixelMask ? { pixelMask: f.pixelMask } : {}),
    },
    uploadedBy: f.uploadedBy,
  };
}
