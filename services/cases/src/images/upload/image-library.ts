import type { Readable } from 'node:stream';
import type { DicomDataset } from 'dcmjs';
import type { Viewer } from '@registry/auth';
import type { Database } from '@registry/db';
import { notFound } from '@registry/errors';
import { actorOf, assertCanEnterData, assertCanReadCase, isDataCenter } from '../../cases/case-policy.ts';
import { CaseRepository, type CaseRecord } from '../../cases/case-repository.ts';
import { deidentifyDataset, type DeidentifyResult } from '../deidentify/deidentify.ts';
import { caseKeys } from '../deidentify/keyed.ts';
import { deidentifyStream, type HeaderFacts, type StreamLimits } from '../dicom/stream-deidentify.ts';
import type { ImageService } from '../image-service.ts';
import type { ImageSeriesKind } from '../required-series.ts';
import type { ContentStore } from '../storage/content-store.ts';
import { ImageInstanceRepository, type ImageInstanceRecord } from './image-instance-repository.ts';
import { assertSopClassFits, assertStudyDateFits, KNOWN_KINDS, quarantineReason } from './slot-rules.ts';

export interface ImageStorageOptions {
  store: ContentStore;
  /** The registry secret keying UIDs and date shifts [R31]; never leaves the cases service. */
  secret: Buffer;
  limits: StreamLimits;
}

export interface StoredInstance {
  instance: ImageInstanceRecord;
  /** False when the same instance was already stored for the case. */
  created: boolean;
}

const SERIES_KIND = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * Uploads and the image library of a case [R18][R31][R5][R21a]. The file is de-identified
 * while it streams into content-addressed storage; only then is a row written, so a
 * refused or broken upload leaves nothing behind.
 */
export class ImageLibrary {
  private readonly cases: CaseRepository;
  private readonly instances: ImageInstanceRepository;

  constructor(
    private readonly viewer: Viewer,
    db: Database,
    private readonly images: ImageService,
    private readonly storage: ImageStorageOptions,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.cases = new CaseRepository(db);
    this.instances = new ImageInstanceRepository(db);
  }

  private async caseOf(registrationNumber: string): Promise<CaseRecord> {
    const [c] = await this.cases.byNumbers([registrationNumber]);
    if (!c) throw notFound('Case');
    return c;
  }

  /** [R18] The case's operator or a user of its facility (the site contact among them) uploads. */
  async authorizeUpload(registrationNumber: string, kind: string): Promise<CaseRecord> {
    const c = await this.caseOf(registrationNumber);
    assertCanEnterData(this.viewer, c);
    actorOf(this.viewer);
    if (!SERIES_KIND.test(kind)) throw notFound('Series kind');
    return c;
  }

  async upload(c: CaseRecord, kind: string, body: AsyncIterable<Buffer>): Promise<StoredInstance> {
    const actor = actorOf(this.viewer);
    const keys = caseKeys(this.storage.secret, c.registrationNumber);
    let deidentified: { result: DeidentifyResult; dataset: DicomDataset; facts: HeaderFacts } | undefined;
    const { chunks, outcome } = deidentifyStream(
      body,
      this.storage.limits,
      (facts) => {
        assertSopClassFits(kind, facts.sopClassUid);
        assertStudyDateFits(kind, facts.studyDate, c.procedureDate);
      },
      (dataset, facts) => {
        const result = deidentifyDataset(dataset, { registrationNumber: c.registrationNumber, operatorId: c.operatorId, keys });
        deidentified = { result, dataset, facts };
      },
    );
    const { key } = await this.storage.store.put(chunks, async () => (await outcome).outputSha256);
    const o = await outcome;
    const { result, dataset, facts } = deidentified!;
    const uid = (tag: string) => String(dataset[tag]?.Value?.[0] ?? '');
    const reason = quarantineReason(facts);
    const frames = Number(dataset['00280008']?.Value?.[0]);
    const instance: ImageInstanceRecord = {
      registrationNumber: c.registrationNumber,
      kind,
      studyInstanceUid: uid('0020000D'),
      seriesInstanceUid: uid('0020000E'),
      sopInstanceUid: uid('00080018'),
      sopClassUid: facts.sopClassUid,
      transferSyntaxUid: facts.transferSyntaxUid,
      modality: facts.modality ?? null,
      numberOfFrames: Number.isFinite(frames) ? frames : null,
      contentKey: key,
      status: reason ? 'QUARANTINED' : 'PUBLISHED',
      quarantineReason: reason,
      uploadedAt: this.now(),
    };
    // [R31] the record: hashes, table revision and options, per-attribute actions, keyed UID map; no identifier.
    const record = {
      tableRevision: result.tableRevision,
      options: result.options,
      actions: result.actions,
      uidMap: result.uidMap,
      outputSha256: o.outputSha256,
      headerBytesIn: o.headerBytesIn,
      headerBytesOut: o.headerBytesOut,
      trailingBytesRemoved: o.trailingBytesRemoved,
    };
    const created = await this.instances.insert({ ...instance, inputSha256: o.inputSha256, bytesIn: o.bytesIn, bytesOut: o.bytesOut, record, uploadedBy: actor });
    // [R18] the series is in: this completes the image part of the registration when it was the last thing owed.
    if (KNOWN_KINDS.has(kind)) await this.images.recordSeries(c.registrationNumber, kind as ImageSeriesKind);
    return { instance, created };
  }

  /**
   * [R5][R21a] The library's instances of a case: library readers, the facility and the
   * operator see published ones; the data center also the quarantined. The core lab is
   * refused: the files name the contributing operator [R25][R33].
   */
  async instancesOf(registrationNumber: string, filter: { studyInstanceUid?: string; seriesInstanceUid?: string; sopInstanceUid?: string } = {}): Promise<ImageInstanceRecord[]> {
    const c = await this.caseOf(registrationNumber);
    assertCanReadCase(this.viewer, c);
    return this.instances.ofCase(registrationNumber, isDataCenter(this.viewer) ? filter : { ...filter, status: 'PUBLISHED' });
  }

  open(instance: ImageInstanceRecord): Readable {
    return this.storage.store.open(instance.contentKey);
  }
}
