import { randomUUID } from 'node:crypto';
import type { Viewer } from '@registry/auth';
import { badUserInput, forbidden, notFound, requireUuid, ruleViolation } from '@registry/errors';
import type { Executor } from '@registry/db';
import type { PageRequest } from '@registry/subgraph-server';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import type { AnnualReportRepository } from '../annual-report/annual-report-repository.ts';
import type { FormRepository } from '../form/form-repository.ts';
import { asksIdentity, DATA_DICTIONARY, identifyingItems } from './data-dictionary.ts';
import { isAgeRecipient } from './release-encryption.ts';
import { PLEDGE_VERSION, validRequest, type DataRequestInput } from './release-input.ts';
import { SMALL_CELL_THRESHOLD } from './release-package.ts';
import { producePackage, type ProducedPackage } from './release-producer.ts';
import { assertMay, readsAllRequests, requesterKindOf } from './release-policy.ts';
import type { DataReleaseRecord, DataRequestRecord, ProvisionRecord, ReleaseRepository } from './release-repository.ts';

/** A released request as the public list shows it [R21a][R22]. */
export type RecipientRecord = DataRequestRecord & { releasedAt: Date };

/** A package being downloaded: its chunks are read from the database as they are sent. */
export interface PackageDownload {
  filename: string;
  bytes: number;
  sha256: string;
  chunks: AsyncIterable<string>;
}

export type ReviewDecision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';
const NEXT: Record<ReviewDecision, DataRequestRecord['status']> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', REJECT: 'REJECTED' };
const METHOD = 'age-encryption.org/v1, X25519 recipient (the requester\'s public key), ASCII armor; SHA-256 of the armored package recorded';

/**
 * Data requests and releases [R21a–c][R22][R39][T7.2]: filed by a certified operator, a
 * researcher or a sponsor for frozen years only, reviewed by the steering committee (every
 * state change audited), released once by the data center as a package encrypted for the
 * requester's key with its provision record, and published: the recipients and, later,
 * where they published. Every write is one unit of work; bad input writes nothing.
 */
export interface ReleaseServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  releases: ReleaseRepository;
  forms: FormRepository;
  annualReports: AnnualReportRepository;
}

export class ReleaseService {
  constructor(private readonly deps: ReleaseServiceDeps) {}

  dictionary() {
    assertMay(this.deps.viewer, 'release:readDictionary', 'The data dictionary is for those who may ask for data and the staff who review it');
    return DATA_DICTIONARY;
  }

  /** [R39] a page of requests: every one for the staff who review and release them, a requester's own otherwise. */
  async requests(status: DataRequestRecord['status'] | undefined, page: PageRequest): Promise<DataRequestRecord[]> {
    if (readsAllRequests(this.deps.viewer)) return this.deps.releases.requests({ status }, page);
    assertMay(this.deps.viewer, 'release:request', 'Data requests are read by the steering committee, the secretariat, the data center and their requesters');
    return this.deps.releases.requests({ requesterAccountId: this.deps.viewer.accountId ?? '', status }, page);
  }

  /** [R39] one request: the staff who read every request, or its requester; anyone else's is absent to them. */
  async request(id: string): Promise<DataRequestRecord | undefined> {
    if (!readsAllRequests(this.deps.viewer)) assertMay(this.deps.viewer, 'release:request', 'Data requests are read by the steering committee, the secretariat, the data center and their requesters');
    requireUuid(id, ['id']);
    const r = await this.deps.releases.request(id);
    if (!r || (!readsAllRequests(this.deps.viewer) && r.requesterAccountId !== this.deps.viewer.accountId)) return undefined;
    return r;
  }

  /** [R27] the years a request may ask for: those presented, so frozen. */
  requestableYears(): Promise<number[]> {
    assertMay(this.deps.viewer, 'release:readDictionary', 'The years to ask for are for those who may ask for data and the staff who review it');
    return this.deps.releases.allFrozenYears();
  }

  /** Whether the viewer filed the request: only its requester revises it or reports its publication. */
  isOwn(r: DataRequestRecord): boolean {
    return r.requesterAccountId === this.deps.viewer.accountId;
  }

  history(id: string) {
    return this.deps.releases.events([id]);
  }

  async releaseOf(requestId: string): Promise<DataReleaseRecord | undefined> {
    const [release] = await this.deps.releases.releases([requestId]);
    return release;
  }

  /** [R21a][R22][R39] public: who received data, for what, and where they published. */
  async recipients(): Promise<RecipientRecord[]> {
    return (await this.deps.releases.released()).map(({ request, releasedAt }) => ({ ...request, releasedAt }));
  }

  async file(input: DataRequestInput): Promise<DataRequestRecord> {
    assertMay(this.deps.viewer, 'release:request', 'A data request is filed by a certified operator, a researcher or a sponsor [R21a]');
    const kind = requesterKindOf(this.deps.viewer);
    if (!kind) throw forbidden('A data request is filed by a certified operator, a researcher or a sponsor [R21a]');
    const valid = await this.checked(input, kind);
    return this.deps.uow.run(async (unit) => {
      const record: DataRequestRecord = {
        id: randomUUID(),
        requesterAccountId: unit.requireActor(),
        requesterKind: kind,
        recipientName: valid.recipientName,
        purpose: valid.purpose,
        title: valid.title,
        plan: valid.plan,
        items: [...valid.items],
        years: [...valid.years],
        fullDates: valid.fullDates,
        identityApproved: false,
        pledge: PLEDGE_VERSION,
        recipientKey: valid.recipientPublicKey,
        status: 'SUBMITTED',
        filedAt: unit.now,
        publication: null,
        publicationReportedAt: null,
      };
      await this.deps.releases.insertRequest(unit.tx, record);
      await this.deps.releases.appendEvent(unit.tx, { requestId: record.id, fromStatus: null, toStatus: 'SUBMITTED', reason: null, actorAccountId: record.requesterAccountId, at: unit.now });
      return record;
    });
  }

  /** The requester answers the steering committee's request for changes; it is reviewed again. */
  async revise(id: string, input: DataRequestInput): Promise<DataRequestRecord> {
    assertMay(this.deps.viewer, 'release:request', 'A data request is revised by its requester');
    requireUuid(id, ['id']);
    return this.deps.uow.run(async (unit) => {
      const r = await this.ownRequest(unit.tx, id);
      if (r.status !== 'CHANGES_REQUESTED') throw ruleViolation('R39', `A ${r.status} request cannot be revised; only one the steering committee asked to change`, ['id']);
      const valid = await this.checked(input, r.requesterKind, unit.tx);
      const set = { recipientName: valid.recipientName, purpose: valid.purpose, title: valid.title, plan: valid.plan, items: [...valid.items], years: [...valid.years], fullDates: valid.fullDates, identityApproved: false, recipientKey: valid.recipientPublicKey, status: 'SUBMITTED' as const };
      await this.deps.releases.updateRequest(unit.tx, id, set);
      await this.deps.releases.appendEvent(unit.tx, { requestId: id, fromStatus: r.status, toStatus: 'SUBMITTED', reason: 'Revised by the requester', actorAccountId: unit.requireActor(), at: unit.now });
      return { ...r, ...set };
    });
  }

  /**
   * [R39] the steering committee's decision on a submitted request, with its reason. A plan
   * that asks for the operator's or the facility's identity is approved for it explicitly
   * (`approveIdentity`) or not at all [R21a][T7.2]: an approval that does not say so is
   * refused, so nobody approves identity by overlooking an item.
   */
  async review(id: string, decision: ReviewDecision, reason: string | null | undefined, approveIdentity = false): Promise<DataRequestRecord> {
    assertMay(this.deps.viewer, 'release:review', 'The steering committee reviews data requests [R39]');
    requireUuid(id, ['id']);
    const why = reason?.trim() || null;
    if (decision !== 'APPROVE' && !why) throw badUserInput('A reason is required to ask for changes or to reject', ['reason']);
    if (decision !== 'APPROVE' && approveIdentity) throw badUserInput('Identity is approved with the request, not when asking for changes or rejecting', ['approveIdentity']);
    return this.deps.uow.run(async (unit) => {
      const r = await this.deps.releases.lockRequest(unit.tx, id);
      if (!r) throw notFound('Data request');
      if (r.status !== 'SUBMITTED') throw ruleViolation('R39', `This request is ${r.status}: only a submitted request is reviewed`, ['id']);
      const identity = decision === 'APPROVE' && asksIdentity(r.items);
      if (identity && !approveIdentity) throw ruleViolation('R21a', "This plan asks for the operator's or the facility's identity: approve it for that identity explicitly, or ask for changes", ['approveIdentity']);
      if (approveIdentity && !identity) throw badUserInput("This request asks for no operator or facility identity", ['approveIdentity']);
      const status = NEXT[decision];
      await this.deps.releases.updateRequest(unit.tx, id, { status, identityApproved: identity });
      const recorded = identity ? [why, "Approved for the operator's and the facility's identity [R21a]"].filter(Boolean).join(' — ') : why;
      await this.deps.releases.appendEvent(unit.tx, { requestId: id, fromStatus: r.status, toStatus: status, reason: recorded, actorAccountId: unit.requireActor(), at: unit.now });
      return { ...r, status, identityApproved: identity };
    });
  }

  /**
   * [R21a][T7.2] The data center releases an approved request once: the frozen years'
   * adopted cases whose consent stands today [T8], each under a fresh pseudonym (the key
   * table written here, never in the package), the content encrypted for the requester's
   * key, its SHA-256 and the provision record made from the content itself.
   */
  async release(requestId: string): Promise<DataRequestRecord> {
    assertMay(this.deps.viewer, 'release:produce', 'The data center produces data releases [T7.2]');
    requireUuid(requestId, ['requestId']);
    return this.deps.uow.run(async (unit) => {
      const r = await this.deps.releases.lockRequest(unit.tx, requestId);
      if (!r) throw notFound('Data request');
      if (r.status !== 'APPROVED') throw ruleViolation('R39', `This request is ${r.status}: only an approved request is released`, ['requestId']);
      const frozen = await this.deps.releases.frozenYears(r.years, unit.tx);
      const missing = r.years.find((y) => !frozen.includes(y));
      if (missing !== undefined) throw ruleViolation('R27', `${missing} is not a presented (frozen) year`, ['requestId']);
      if (asksIdentity(r.items) && !r.identityApproved) throw ruleViolation('R21a', "This plan was not approved for the operator's or the facility's identity", ['requestId']);
      const releaseId = randomUUID();
      const spec = { releaseId, title: r.title, items: r.items, years: r.years, fullDates: r.fullDates, identity: r.identityApproved, createdAt: unit.now };
      const produced = await producePackage(this.deps, unit.tx, spec, r.recipientKey);
      const digest = produced.sha256;
      const provision = provisionFrom(r, produced, unit.today);
      await this.deps.releases.insertRelease(unit.tx, { id: releaseId, requestId, releasedAt: unit.now, releasedBy: unit.requireActor(), sha256: digest, packageBytes: produced.bytes, provision });
      await this.deps.releases.updateRequest(unit.tx, requestId, { status: 'RELEASED' });
      await this.deps.releases.appendEvent(unit.tx, { requestId, fromStatus: r.status, toStatus: 'RELEASED', reason: `Package ${digest}`, actorAccountId: unit.requireActor(), at: unit.now });
      return { ...r, status: 'RELEASED' as const };
    });
  }

  /**
   * [R21a][T7.2][#11] A release's package as a download, its chunks read as it is sent: for
   * whoever reads its request (the steering committee, the secretariat, the data center and
   * the requester); anyone else's is absent to them.
   */
  async download(releaseId: string): Promise<PackageDownload> {
    if (!readsAllRequests(this.deps.viewer)) assertMay(this.deps.viewer, 'release:request', 'A release is downloaded by its requester and the staff who read every request');
    requireUuid(releaseId, ['id']);
    const release = await this.deps.releases.releaseById(releaseId);
    if (!release || !(await this.request(release.requestId))) throw notFound('Data release');
    return { filename: `registry-release-${release.sha256.slice(0, 12)}.json.age`, bytes: release.packageBytes, sha256: release.sha256, chunks: this.deps.releases.packageChunks(release.id) };
  }

  /** [R21a][R39] the requester says where the results were published; it is public at once. */
  async reportPublication(requestId: string, publication: string): Promise<DataRequestRecord> {
    assertMay(this.deps.viewer, 'release:request', 'The requester reports the publication');
    requireUuid(requestId, ['requestId']);
    const text = publication.trim();
    if (text.length === 0 || text.length > 2000) throw badUserInput('Say where the results were published (at most 2000 characters)', ['publication']);
    return this.deps.uow.run(async (unit) => {
      const r = await this.ownRequest(unit.tx, requestId);
      if (r.status !== 'RELEASED') throw ruleViolation('R39', 'A publication is reported for released data', ['requestId']);
      await this.deps.releases.updateRequest(unit.tx, requestId, { publication: text, publicationReportedAt: unit.now });
      return { ...r, publication: text, publicationReportedAt: unit.now };
    });
  }

  private async ownRequest(tx: Executor, id: string): Promise<DataRequestRecord> {
    const r = await this.deps.releases.lockRequest(tx, id);
    // Another requester's request is not theirs to see: not found, as if absent.
    if (!r || r.requesterAccountId !== this.deps.viewer.accountId) throw notFound('Data request');
    return r;
  }

  /** Everything about the input, asked before a write: shape, purpose, items, frozen years [R27], the key. */
  private async checked(input: DataRequestInput, kind: DataRequestRecord['requesterKind'], db?: Executor): Promise<DataRequestInput> {
    const valid = validRequest(input, kind);
    const frozen = await this.deps.releases.frozenYears(valid.years, db);
    valid.years.forEach((y) => {
      if (!frozen.includes(y)) throw ruleViolation('R27', `Only presented (frozen) years can be requested; ${y} is not`, ['input', 'years', input.years.indexOf(y)]);
    });
    if (!(await isAgeRecipient(valid.recipientPublicKey))) throw badUserInput('Not an age X25519 public key (age1…)', ['input', 'recipientPublicKey']);
    return valid;
  }
}

/** [R21a][T7.2] what the package says of identity, from the items it holds. */
function identityLine(items: readonly string[]): string {
  const named = identifyingItems(items);
  return named.length === 0 ? 'no operator or facility identity' : `operator or facility identity as the approved plan needs: ${named.join(', ')}`;
}

/** [T7.2] the provision record, read off the release's own content as it was written (its CSV header and rows counted), not typed. */
export function provisionFrom(r: DataRequestRecord, produced: ProducedPackage, providedOn: string): ProvisionRecord {
  const { manifest } = produced;
  return {
    recipient: r.recipientName,
    requesterKind: r.requesterKind,
    items: [...manifest.items],
    years: [...r.years],
    providedOn,
    method: METHOD,
    formats: [...manifest.files],
    casesIncluded: manifest.rows,
    casesExcludedForWithdrawnConsent: produced.withdrawn,
    consentStatus: 'Consent stands for every case included; cases whose consent was withdrawn are excluded [T8]',
    anonymization: [
      'registration number replaced by a per-release pseudonym',
      r.fullDates ? 'dates kept in full (the approved plan needs them)' : 'dates reduced to year and month',
      identityLine(manifest.items),
      'no patient code, initials or date of birth (age in years only)',
      `aggregate cells under ${SMALL_CELL_THRESHOLD} suppressed`,
    ],
    smallCellThreshold: SMALL_CELL_THRESHOLD,
    keyTableExists: produced.included > 0,
    keyTableHeldBy: 'the registry data center (never in the package)',
    packageSha256: produced.sha256,
  };
}
