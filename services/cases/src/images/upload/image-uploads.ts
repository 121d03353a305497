import type { DicomDataset } from 'dcmjs';
import type { Viewer } from '@registry/auth';
import { badUserInput, isUuid, notFound, requireUuid, unauthenticated } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { CaseLedger, CasesUnitOfWork } from '../../cases/case-ledger.ts';
import { actorOf, isDataCenter } from '../../cases/case-policy.ts';
import { assertCanWrite, assertRoleMayWrite, CaseWrite } from '../../cases/case-write-policy.ts';
import type { CaseRecord, CaseRepository } from '../../cases/case-repository.ts';
import { deidentifyDataset, type DeidentifyResult } from '../deidentify/deidentify.ts';
import { caseKeys } from '../deidentify/keyed.ts';
import { DicomRefusal } from '../dicom/refusal.ts';
import { deidentifyStream, type HeaderFacts } from '../dicom/stream-deidentify.ts';
import type { ImageService } from '../image-service.ts';
import { type DeviceMasks, registryDeviceMasks } from '../masking/device-masks.ts';
import { type MaskPlan, planMask, recordBlanking } from '../masking/pixel-mask.ts';
import { isSeriesSlot, SERIES_SLOTS, type ImageSeriesKind } from '../required-series.ts';
import type { NewImageInstance, ImageInstanceRepository } from './image-instance-repository.ts';
import type { ImageUploadRecord, UploadRefusal, ImageUploadRepository } from './image-upload-repository.ts';
import type { ImageStorageOptions } from './image-storage.ts';
import { instanceRecord, requiredUids } from './instance-record.ts';
import { holdDecision } from './hold-decision.ts';
import { assertSopClassFits, assertStudyDateFits, isScreened, KNOWN_KINDS } from './slot-rules.ts';
import { UploadProgress } from './upload-progress.ts';

/**
 * The largest upload announced or sent in one request: 20 GiB, some hours of IVUS pullbacks
 * and cine runs. A larger figure is a mistake (or 1e15), and would make the progress
 * fraction meaningless.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 ** 3;

/** The expected size of an upload: a whole number of bytes up to MAX_UPLOAD_BYTES, or unknown. */
function assertExpectedSize(bytesExpected: number | null, path: readonly string[]): void {
  if (bytesExpected === null) return;
  if (!(Number.isSafeInteger(bytesExpected) && bytesExpected >= 0)) throw badUserInput('The expected size is a whole number of bytes', path);
  if (bytesExpected > MAX_UPLOAD_BYTES) throw badUserInput(`The expected size is at most ${MAX_UPLOAD_BYTES} bytes (20 GiB); send larger sets in several uploads`, path);
}

let registryMasks: DeviceMasks | undefined;
/** The registry's device list, read on first use (a changed file without its checksum stops here). */
function defaultMasks(): DeviceMasks {
  registryMasks ??= registryDeviceMasks();
  return registryMasks;
}

export interface StoredInstance {
  instance: Pick<NewImageInstance, 'sopClassUid' | 'sopInstanceUid' | 'studyInstanceUid' | 'seriesInstanceUid' | 'status'>;
  /** False when the same instance was already stored in this slot. */
  created: boolean;
}

/** What ImageUploads works with, each named [#14.7]. */
export interface ImageUploadsDeps {
  viewer: Viewer;
  ledger: CaseLedger;
  images: ImageService;
  storage: ImageStorageOptions | undefined;
  cases: CaseRepository;
  imageInstances: ImageInstanceRepository;
  imageUploads: ImageUploadRepository;
  uow: CasesUnitOfWork;
}

/**
 * Uploads [R18][R31]: a file is de-identified while it streams into content-addressed
 * storage; then one transaction writes its row, the series and the audit entry, and
 * completes the registration when the images were the last thing owed. A refused or
 * broken file leaves nothing behind.
 */
export class ImageUploads {
  constructor(private readonly deps: ImageUploadsDeps) {}

  private async caseOf(registrationNumber: string): Promise<CaseRecord> {
    const [c] = await this.deps.cases.byNumbers([registrationNumber]);
    if (!c) throw notFound('Case');
    return c;
  }

  /**
   * Announces an upload [R18]: the case's operator or a user of its facility (the site
   * contact among them), or the data center with files that came on media, names the
   * series slot; the answer carries the id whose progress the uploader follows.
   */
  async start(registrationNumber: string, kind: string, bytesExpected: number | null, path: readonly string[] = ['input']): Promise<ImageUploadRecord> {
    this.requireStorage();
    assertRoleMayWrite(this.deps.viewer, CaseWrite.UploadImages);
    const c = await this.caseOf(registrationNumber);
    assertCanWrite(this.deps.viewer, c, CaseWrite.UploadImages);
    if (!isSeriesSlot(kind)) throw badUserInput(`A series slot is one of ${SERIES_SLOTS.join(', ')}`, [...path, 'kind']);
    assertExpectedSize(bytesExpected, [...path, 'bytesExpected']);
    return this.deps.imageUploads.open({ registrationNumber, kind, state: 'OPEN', bytesExpected, startedBy: actorOf(this.deps.viewer), at: this.deps.uow.calendar.now() });
  }

  /**
   * The STOW-RS request: an announced upload of the viewer's (taken from OPEN to RECEIVING
   * once, so two requests cannot send the same upload), or a new one for a plain STOW-RS client.
   */
  async begin(registrationNumber: string, kind: string | undefined, uploadId: string | undefined, bytesExpected: number | null): Promise<{ case: CaseRecord; progress: UploadProgress; kind: string }> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.UploadImages);
    const c = await this.caseOf(registrationNumber);
    assertCanWrite(this.deps.viewer, c, CaseWrite.UploadImages);
    // The request's Content-Length: the same ceiling as an announced size.
    assertExpectedSize(bytesExpected, ['Content-Length']);
    let upload: ImageUploadRecord | undefined;
    if (uploadId !== undefined) {
      if (!isUuid(uploadId)) throw notFound('Upload');
      upload = await this.deps.imageUploads.claim(uploadId, { registrationNumber, startedBy: actorOf(this.deps.viewer), bytesExpected, at: this.deps.uow.calendar.now() });
      if (!upload) throw notFound('Upload (or it has been sent already)');
    } else {
      upload = await this.start(registrationNumber, kind ?? '', bytesExpected, []);
      await this.deps.imageUploads.claim(upload.id, { registrationNumber, startedBy: actorOf(this.deps.viewer), bytesExpected, at: this.deps.uow.calendar.now() });
    }
    return { case: c, progress: new UploadProgress(this.deps.imageUploads, upload.id, this.deps.uow.calendar.now), kind: upload.kind };
  }

  async store(c: CaseRecord, kind: string, uploadId: string, body: AsyncIterable<Buffer>): Promise<StoredInstance> {
    const storage = this.requireStorage();
    const keys = caseKeys(storage.secret, c.registrationNumber);
    const masks = storage.deviceMasks ?? defaultMasks();
    let rewritten: { result: DeidentifyResult; dataset: DicomDataset; facts: HeaderFacts; plan: MaskPlan; blanked: string | undefined } | undefined;
    const { chunks, outcome } = deidentifyStream(
      body,
      storage.limits,
      (facts) => {
        assertSopClassFits(kind, facts.sopClassUid);
        assertStudyDateFits(kind, facts.studyDate, c.procedureDate);
      },
      (dataset, facts) => {
        // [R31] The device is read before de-identification; its known annotation areas are blanked as the pixels pass.
        const plan = planMask(dataset, facts, isScreened(facts), masks);
        const result = deidentifyDataset(dataset, { registrationNumber: c.registrationNumber, operatorId: c.operatorId, keys });
        requiredUids(dataset);
        const edit = plan.kind === 'known' ? plan.edit : undefined;
        const blanked = plan.kind === 'known' && edit ? recordBlanking(dataset, plan, masks.revision) : undefined;
        rewritten = { result, dataset, facts, plan, blanked };
        return edit;
      },
    );
    // Staging [R18]: the de-identified bytes go to the content store as they stream, before
    // any transaction (hours of a 20 GiB upload cannot hold one open). They are no registry
    // write: nothing names them until the ledger's transaction below commits the instance.
    const staged = await storage.store.put(chunks, async () => (await outcome).outputSha256);
    let stored: StoredInstance;
    try {
      stored = await this.record(c, kind, uploadId, staged.key, rewritten!, await outcome, storage, masks);
    } catch (err) {
      await this.discardStaged(storage, staged);
      throw err;
    }
    // The same instance again with other bytes: the slot keeps the file it has, these are no one's.
    if (!stored.created) await this.discardStaged(storage, staged);
    return stored;
  }

  /** The registry write of one stored file: its instance row, the series, the audit entry and the completion, in one unit of work. */
  private async record(
    c: CaseRecord,
    kind: string,
    uploadId: string,
    key: string,
    rewritten: { result: DeidentifyResult; dataset: DicomDataset; facts: HeaderFacts; plan: MaskPlan; blanked: string | undefined },
    outcome: Parameters<typeof instanceRecord>[0]['outcome'],
    storage: ImageStorageOptions,
    masks: DeviceMasks,
  ): Promise<StoredInstance> {
    const { result, dataset, facts, plan, blanked } = rewritten;
    const instance = instanceRecord({
      case: c,
      kind,
      uploadId,
      uploadedBy: actorOf(this.deps.viewer),
      uploadedAt: this.deps.uow.calendar.now(),
      contentKey: key,
      dataset,
      facts,
      result,
      outcome,
      quarantineReason: await holdDecision(storage.burnedInText, key, facts, plan),
      pixelMask: blanked ? { deviceMasks: masks.revision, regions: blanked } : undefined,
    });
    return this.deps.ledger.write(c.registrationNumber, CaseWrite.UploadImages, async (ch) => {
      if (!(await this.deps.imageInstances.insert(ch.tx, instance))) {
        // The same file again: the same slot keeps what it has; another slot is not filled by it [R18].
        const existing = await this.deps.imageInstances.lock(ch.tx, c.registrationNumber, instance.sopInstanceUid);
        if (!existing || existing.kind !== kind || existing.status === 'REJECTED') {
          throw new DicomRefusal('DUPLICATE_INSTANCE', existing?.status === 'REJECTED' ? 'This file was rejected by the data center; send a corrected file' : `This file is already stored for the ${existing?.kind ?? 'another'} series`);
        }
        return { instance: existing, created: false };
      }
      await ch.audit([{ action: 'IMAGE_STORED', field: `images.${kind}`, newValue: JSON.stringify({ sopInstanceUid: instance.sopInstanceUid, status: instance.status }) }]);
      // [R18] the series is in: this completes the image part of the registration when it was the last thing owed.
      if (KNOWN_KINDS.has(kind)) await this.deps.images.recordSeriesIn(ch, kind as ImageSeriesKind);
      return { instance, created: true };
    });
  }

  /**
   * A staged file whose unit of work did not commit is removed, when this request put it
   * there and no instance (of a concurrent upload of the same bytes, content-addressed)
   * names it: a failed upload leaves no file, as it leaves no row.
   */
  private async discardStaged(storage: ImageStorageOptions, staged: { key: string; created: boolean }): Promise<void> {
    if (!staged.created || (await this.deps.imageInstances.referencesContent(staged.key))) return;
    await storage.store.discard(staged.key);
  }

  /**
   * A STOW-RS request refused before its files were read (wrong media type, too large,
   * malformed): the viewer's announced upload, still open, ends FAILED with the reason, so
   * the uploader sees why instead of an upload that never ends.
   */
  async refused(registrationNumber: string, uploadId: string | undefined, refusal: UploadRefusal): Promise<void> {
    if (uploadId === undefined || !isUuid(uploadId)) return;
    await this.deps.imageUploads.failUnfinished(uploadId, { registrationNumber, startedBy: actorOf(this.deps.viewer), refusal, at: this.deps.uow.calendar.now() });
  }

  /** Counts one file of an upload: stored (and whether held), or refused with its reason. */
  async counted(uploadId: string, outcome: { stored?: boolean; quarantined?: boolean; refusal?: UploadRefusal }): Promise<void> {
    await this.deps.imageUploads.counted(uploadId, outcome, this.deps.uow.calendar.now());
  }

  /** The uploader (and the data center) follow an upload. */
  async upload(id: string): Promise<ImageUploadRecord | null> {
    // Anonymous visitors follow no upload: asked to sign in before anything is looked up.
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    const found = await this.deps.imageUploads.byId(requireUuid(id, ['id']));
    if (!found) return null;
    if (found.startedBy !== this.deps.viewer.accountId && !isDataCenter(this.deps.viewer)) return null;
    return found;
  }

  async mine(page: PageRequest): Promise<ImageUploadRecord[]> {
    return this.deps.imageUploads.ofAccount(actorOf(this.deps.viewer), page);
  }

  private requireStorage(): ImageStorageOptions {
    if (!this.deps.storage) throw notFound('Image storage on this server');
    return this.deps.storage;
  }
}
