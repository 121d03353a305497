import { Readable } from 'node:stream';
import type { Viewer } from '@registry/auth';
import { badUserInput, notFound, ruleViolation } from '@registry/errors';
import type { CaseLedger } from '../../cases/case-ledger.ts';
import { assertDataCenter } from '../../cases/case-policy.ts';
import { assertRoleMayWrite, CaseWrite } from '../../cases/case-write-policy.ts';
import type { CaseRecord } from '../../cases/case-repository.ts';
import type { CoreLabService } from '../../core-lab/core-lab-service.ts';
import type { LoadersNamed } from '../../loaders.ts';
import type { DicomDataset } from 'dcmjs';
import { blindForCoreLab } from '../deidentify/core-lab-blinding.ts';
import { instanceJson } from '../dicomweb/dicom-json.ts';
import { deidentifyStream } from '../dicom/stream-deidentify.ts';
import { canReadAsCommittee, committeeLoaders } from '../../committee/committee-policy.ts';
import { imageAccess, type ImageAccess } from '../image-access.ts';
import type { ContentStore } from '../storage/content-store.ts';
import type { ImageInstanceRecord, InstanceFilter, ImageInstanceRepository } from '../upload/image-instance-repository.ts';

/** A series of the library as GraphQL shows it: the instances the viewer may see. */
export interface SeriesView {
  registrationNumber: string;
  seriesInstanceUid: string;
  studyInstanceUid: string;
  kind: string;
  modality: string | null;
  instances: ImageInstanceRecord[];
  access: ImageAccess;
}

/** An instance as shown: review details only to those who see held files. */
export type InstanceView = ImageInstanceRecord & { seesReview: boolean };

export type ReviewDecision = 'RELEASE' | 'REJECT';

/** The library's view: published files, not blinded, no review notes. */
const COMMITTEE_ACCESS: ImageAccess = { statuses: ['PUBLISHED'], blinded: false, seesReview: false };

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const imageLibraryLoaders = ['caseByNumber', 'imageInstancesByCase', 'imageInstancesBySeries', ...committeeLoaders] as const;

/** What ImageLibrary works with, each named [#14.7]. */
export interface ImageLibraryDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof imageLibraryLoaders>;
  ledger: CaseLedger;
  coreLab: CoreLabService;
  store: ContentStore | undefined;
  imageInstances: ImageInstanceRepository;
}

/**
 * The anonymized image library [R5][R21a]: what each viewer may read of a case's files,
 * the files themselves (the core lab's copy blinded [R25][R33]), their frames, and the
 * data center's decision on files held for burned-in text [R31].
 */
export class ImageLibrary {
  constructor(private readonly deps: ImageLibraryDeps) {}

  /**
   * The viewer's access to one case's images; throws when there is none. A committee
   * member reads the published files of the case before the committee [R28a][R45], even
   * when the library shows none of them [R16].
   */
  async access(c: CaseRecord): Promise<ImageAccess> {
    const onWorklist = (await this.deps.coreLab.caseIfCoreLab(c.registrationNumber)) !== null;
    let access: ImageAccess | undefined;
    let refusal: unknown;
    try {
      access = imageAccess(this.deps.viewer, c, onWorklist);
    } catch (err) {
      refusal = err;
    }
    if (access?.statuses.includes('PUBLISHED')) return access;
    // [R16] images kept out of the library for want of consent still reach the committee ruling on the case.
    if (await canReadAsCommittee(this.deps.viewer, c.registrationNumber, this.deps.loaders)) return COMMITTEE_ACCESS;
    if (access) return access;
    throw refusal;
  }

  private async caseOf(registrationNumber: string): Promise<CaseRecord> {
    const c = await this.deps.loaders.caseByNumber.load(registrationNumber);
    if (!c) throw notFound('Case');
    return c;
  }

  /** DICOMweb: the instances of a case the viewer may read, with how to serve them. */
  async instancesOf(registrationNumber: string, filter: InstanceFilter = {}): Promise<{ access: ImageAccess; instances: ImageInstanceRecord[] }> {
    const access = await this.access(await this.caseOf(registrationNumber));
    const instances = await this.deps.imageInstances.ofCases([registrationNumber], { ...filter, status: access.statuses });
    return { access, instances };
  }

  /** GraphQL: a case's series, grouped; empty when the viewer may not see its images. */
  async seriesOf(registrationNumber: string): Promise<SeriesView[]> {
    const c = await this.caseOf(registrationNumber);
    const access = await this.access(c).catch(refusedAsNull);
    if (!access) return [];
    const all = await this.deps.loaders.imageInstancesByCase.load(registrationNumber);
    return group(all.filter((i) => access.statuses.includes(i.status)), access);
  }

  /** A series linked from a discussion post [R6][R24]: null when it does not exist for the viewer. */
  async seriesByUid(seriesInstanceUid: string): Promise<SeriesView | null> {
    const instances = await this.deps.loaders.imageInstancesBySeries.load(seriesInstanceUid);
    if (instances.length === 0) return null;
    const c = await this.caseOf(instances[0]!.registrationNumber);
    const access = await this.access(c).catch(refusedAsNull);
    if (!access) return null;
    return group(instances.filter((i) => access.statuses.includes(i.status)), access)[0] ?? null;
  }

  /** The stored file; the core lab's copy has the contributing operator's identification removed as it streams. */
  open(instance: ImageInstanceRecord, access: ImageAccess): Readable {
    const stored = this.requireStore().open(instance.contentKey);
    if (!access.blinded) return stored;
    const { chunks } = deidentifyStream(stored, { maxBytes: Number.MAX_SAFE_INTEGER, maxHeaderBytes: 64 << 20 }, () => undefined, (ds) => {
      blindForCoreLab(ds);
    });
    return Readable.from(chunks);
  }

  /** WADO-RS metadata of one file: its header as DICOM JSON, blinded for the core lab [R25][R33]. */
  async metadata(instance: ImageInstanceRecord, access: ImageAccess): Promise<DicomDataset> {
    const json = await instanceJson(this.requireStore().open(instance.contentKey));
    return access.blinded ? blindForCoreLab(json) : json;
  }

  /** The bytes of the requested frames (1-based, PS3.18 10.4.1.1.6), each read by range from storage. */
  frames(instance: ImageInstanceRecord, numbers: readonly number[]): Readable[] {
    const index = instance.frames;
    if (!index) throw badUserInput('This instance\'s frames cannot be retrieved one by one; retrieve the instance', ['frames']);
    for (const n of numbers) if (!Number.isInteger(n) || n < 1 || n > index.length) throw badUserInput(`Frame ${n} does not exist (1–${index.length})`, ['frames']);
    const store = this.requireStore();
    return numbers.map((n) =>
      Readable.from(
        (async function* () {
          for (const [start, end] of index[n - 1]!) yield* store.open(instance.contentKey, { start, end });
        })(),
      ),
    );
  }

  /**
   * [R31] The data center's decision on a held file: released into the library, or rejected
   * (the facility sees the rejection and its reason on the case's images and sends a clean
   * file). Only held files are decided; once. A rejection does not undo a completed
   * registration: the facility sent its images in time [R18].
   */
  async review(registrationNumber: string, sopInstanceUid: string, decision: ReviewDecision, reason: string): Promise<ImageInstanceRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.ReviewHeldImage);
    if (reason.trim().length < 3) throw badUserInput('Give the reason for the decision', ['input', 'reason']);
    return this.deps.ledger.write(registrationNumber, CaseWrite.ReviewHeldImage, async (ch) => {
      const instance = await this.deps.imageInstances.lock(ch.tx, registrationNumber, sopInstanceUid);
      if (!instance) throw notFound('Image');
      if (instance.status !== 'QUARANTINED') throw ruleViolation('R31', `This image is ${instance.status.toLowerCase()}, not held for review`, ['input', 'sopInstanceUid']);
      const status = decision === 'RELEASE' ? 'PUBLISHED' : 'REJECTED';
      await this.deps.imageInstances.review(ch.tx, instance.id, { status, reviewedBy: ch.actor, reviewedAt: ch.now, reviewReason: reason.trim() });
      await ch.audit([{ action: decision === 'RELEASE' ? 'IMAGE_RELEASED' : 'IMAGE_REJECTED', field: `images.${instance.kind}`, oldValue: JSON.stringify({ sopInstanceUid, status: instance.status }), newValue: JSON.stringify({ sopInstanceUid, status }) }], reason.trim());
      return { ...instance, status, reviewedBy: ch.actor, reviewedAt: ch.now, reviewReason: reason.trim() };
    });
  }

  /** The data center's queue of held files, oldest first. */
  async held(limit: number): Promise<ImageInstanceRecord[]> {
    assertDataCenter(this.deps.viewer, 'The queue of held images');
    return this.deps.imageInstances.held(limit);
  }

  private requireStore(): ContentStore {
    if (!this.deps.store) throw notFound('Image storage');
    return this.deps.store;
  }
}

/** A refusal reads as "nothing for you"; any other error is an error. */
function refusedAsNull(err: unknown): null {
  const code = (err as { extensions?: { code?: string } }).extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return null;
  throw err;
}

function group(instances: ImageInstanceRecord[], access: ImageAccess): SeriesView[] {
  const bySeries = new Map<string, ImageInstanceRecord[]>();
  for (const i of instances) bySeries.set(i.seriesInstanceUid, [...(bySeries.get(i.seriesInstanceUid) ?? []), i]);
  return [...bySeries.values()].map((list) => ({
    registrationNumber: list[0]!.registrationNumber,
    seriesInstanceUid: list[0]!.seriesInstanceUid,
    studyInstanceUid: list[0]!.studyInstanceUid,
    kind: list[0]!.kind,
    modality: list[0]!.modality,
    instances: list,
    access,
  }));
}
