import type { DicomDataset } from 'dcmjs';
import type { Viewer } from '@registry/auth';
import { badUserInput, forbidden, notFound } from '@registry/errors';
import type { CaseLedger } from '../../cases/case-ledger.ts';
import { actorOf, assertCanRecordForCase, isDataCenter } from '../../cases/case-policy.ts';
import type { CaseRecord } from '../../cases/case-repository.ts';
import type { Repositories } from '../../repositories.ts';
import { deidentifyDataset, type DeidentifyResult } from '../deidentify/deidentify.ts';
import { caseKeys } from '../deidentify/keyed.ts';
import { frameIndex } from '../dicom/frame-index.ts';
import { deidentifyStream, type HeaderFacts } from '../dicom/stream-deidentify.ts';
import type { ImageService } from '../image-service.ts';
import type { ImageSeriesKind } from '../required-series.ts';
import type { NewImageInstance } from './image-instance-repository.ts';
import type { ImageUploadRecord, UploadRefusal } from './image-upload-repository.ts';
import type { BurnedInTextCheck, ImageStorageOptions } from './image-storage.ts';
import { assertSopClassFits, assertStudyDateFits, KNOWN_KINDS, quarantineReason } from './slot-rules.ts';
import { UploadProgress } from './upload-progress.ts';

const SERIES_KIND = /^[A-Z][A-Z0-9_]{1,39}$/;

export interface StoredInstance {
  instance: NewImageInstance;
  /** False when the same instance was already stored for the case. */
  created: boolean;
}

/**
 * Uploads [R18][R31]: a file is de-identified while it streams into content-addressed
 * storage; then one transaction writes its row, the series and the audit entry, and
 * completes the registration when the images were the last thing owed. A refused or
 * broken file leaves nothing behind.
 */
export class ImageUploads {
  constructor(
    private readonly viewer: Viewer,
    private readonly repos: Repositories,
    private readonly ledger: CaseLedger,
    private readonly images: ImageService,
    private readonly storage: ImageStorageOptions | undefined,
    private readonly now: () => Date,
  ) {}

  private async caseOf(registrationNumber: string): Promise<CaseRecord> {
    const [c] = await this.repos.cases.byNumbers([registrationNumber]);
    if (!c) throw notFound('Case');
    return c;
  }

  /**
   * Announces an upload [R18]: the case's operator or a user of its facility (the site
   * contact among them), or the data center with files that came on media, names the
   * series slot; the answer carries the id whose progress the uploader follows.
   */
  async start(registrationNumber: string, kind: string, bytesExpected: number | null): Promise<ImageUploadRecord> {
    const c = await this.caseOf(registrationNumber);
    assertCanRecordForCase(this.viewer, c);
    if (!SERIES_KIND.test(kind)) throw badUserInput('A series kind is upper-case letters, digits and underscores', ['kind']);
    if (bytesExpected !== null && !(Number.isSafeInteger(bytesExpected) && bytesExpected >= 0)) throw badUserInput('The expected size is a whole number of bytes', ['bytesExpected']);
    return this.repos.imageUploads.open({ registrationNumber, kind, state: 'OPEN', bytesExpected, startedBy: actorOf(this.viewer), at: this.now() });
  }

  /** The STOW-RS request: an announced upload of the viewer's, or a new one for a plain STOW-RS client. */
  async begin(registrationNumber: string, kind: string | undefined, uploadId: string | undefined, bytesExpected: number | null): Promise<{ case: CaseRecord; progress: UploadProgress; kind: string }> {
    let upload: ImageUploadRecord;
    if (uploadId) {
      const found = await this.repos.imageUploads.byId(uploadId);
      if (!found || found.startedBy !== this.viewer.accountId || found.registrationNumber !== registrationNumber) throw notFound('Upload');
      if (found.state !== 'OPEN') throw badUserInput('This upload has already been sent; start another', ['upload']);
      upload = found;
      await this.repos.imageUploads.progress(upload.id, { state: 'RECEIVING', bytesReceived: 0, bytesExpected: bytesExpected ?? upload.bytesExpected, at: this.now() });
    } else {
      upload = await this.start(registrationNumber, kind ?? '', bytesExpected);
    }
    const c = await this.caseOf(registrationNumber);
    assertCanRecordForCase(this.viewer, c);
    return { case: c, progress: new UploadProgress(this.repos.imageUploads, upload.id, this.now), kind: upload.kind };
  }

  async store(c: CaseRecord, kind: string, uploadId: string, body: AsyncIterable<Buffer>): Promise<StoredInstance> {
    const storage = this.requireStorage();
    const keys = caseKeys(storage.secret, c.registrationNumber);
    let rewritten: { result: DeidentifyResult; dataset: DicomDataset; facts: HeaderFacts } | undefined;
    const { chunks, outcome } = deidentifyStream(
      body,
      storage.limits,
      (facts) => {
        assertSopClassFits(kind, facts.sopClassUid);
        assertStudyDateFits(kind, facts.studyDate, c.procedureDate);
      },
      (dataset, facts) => {
        rewritten = { result: deidentifyDataset(dataset, { registrationNumber: c.registrationNumber, operatorId: c.operatorId, keys }), dataset, facts };
      },
    );
    const { key } = await storage.store.put(chunks, async () => (await outcome).outputSha256);
    const o = await outcome;
    const { result, dataset, facts } = rewritten!;
    const value = (tag: string) => dataset[tag]?.Value?.[0];
    const frames = Number(value('00280008') ?? 1);
    const index = frameIndex(o.pixelData, {
      numberOfFrames: frames,
      rows: Number(value('00280010')),
      columns: Number(value('00280011')),
      samplesPerPixel: Number(value('00280002') ?? 1),
      bitsAllocated: Number(value('00280100')),
    });
    const reason = await this.quarantine(storage.burnedInText, key, facts);
    const instance: NewImageInstance = {
      registrationNumber: c.registrationNumber,
      kind,
      studyInstanceUid: String(value('0020000D') ?? ''),
      seriesInstanceUid: String(value('0020000E') ?? ''),
      sopInstanceUid: String(value('00080018') ?? ''),
      sopClassUid: facts.sopClassUid,
      transferSyntaxUid: facts.transferSyntaxUid,
      modality: facts.modality ?? null,
      numberOfFrames: Number.isFinite(frames) ? frames : null,
      contentKey: key,
      bytesOut: o.bytesOut,
      status: reason ? 'QUARANTINED' : 'PUBLISHED',
      quarantineReason: reason,
      frames: index,
      uploadId,
      uploadedAt: this.now(),
      inputSha256: o.inputSha256,
      bytesIn: o.bytesIn,
      // [R31] the record: hashes, table revision and options, per-attribute actions, keyed UID map; no identifier.
      record: {
        tableRevision: result.tableRevision,
        options: result.options,
        actions: result.actions,
        uidMap: result.uidMap,
        outputSha256: o.outputSha256,
        headerBytesIn: o.headerBytesIn,
        headerBytesOut: o.headerBytesOut,
        trailingBytesRemoved: o.trailingBytesRemoved,
      },
      uploadedBy: actorOf(this.viewer),
    };
    const created = await this.ledger.change(c.registrationNumber, (locked) => assertCanRecordForCase(this.viewer, locked), async (ch) => {
      const added = await this.repos.imageInstances.insert(ch.tx, instance);
      if (added) {
        await ch.audit([{ action: 'IMAGE_STORED', field: `images.${kind}`, newValue: JSON.stringify({ sopInstanceUid: instance.sopInstanceUid, status: instance.status }) }]);
      }
      // [R18] the series is in: this completes the image part of the registration when it was the last thing owed.
      if (KNOWN_KINDS.has(kind)) await this.images.recordSeriesIn(ch, kind as ImageSeriesKind);
      return added;
    });
    return { instance, created };
  }

  /**
   * [R31] Ultrasound and secondary-capture frames are read for burned-in text; a file that
   * declares it, or where text is found, or that cannot be read, is held for the data center.
   */
  private async quarantine(check: BurnedInTextCheck | undefined, key: string, facts: HeaderFacts): Promise<string | null> {
    const held = quarantineReason(facts);
    if (!held || !check || facts.burnedInAnnotation?.toUpperCase() === 'YES') return held;
    return check(key);
  }

  /** Counts one file of an upload: stored (and whether held), or refused with its reason. */
  async counted(uploadId: string, outcome: { stored?: boolean; quarantined?: boolean; refusal?: UploadRefusal }): Promise<void> {
    await this.repos.imageUploads.counted(uploadId, outcome, this.now());
  }

  /** The uploader (and the data center) follow an upload. */
  async upload(id: string): Promise<ImageUploadRecord | null> {
    const found = await this.repos.imageUploads.byId(id);
    if (!found) return null;
    if (found.startedBy !== this.viewer.accountId && !isDataCenter(this.viewer)) return null;
    return found;
  }

  async mine(limit = 20): Promise<ImageUploadRecord[]> {
    return this.repos.imageUploads.ofAccount(actorOf(this.viewer), limit);
  }

  private requireStorage(): ImageStorageOptions {
    if (!this.storage) throw forbidden('Image storage is not configured on this server');
    return this.storage;
  }

}
