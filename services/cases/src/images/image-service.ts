import type { Viewer } from '@registry/auth';
import { can, mayHold } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { CaseChange, CaseLedger } from '../cases/case-ledger.ts';
import { canSeeCaseRecords } from '../cases/case-policy.ts';
import { CaseWrite } from '../cases/case-write-policy.ts';
import type { CaseRecord, CaseRepository } from '../cases/case-repository.ts';
import { completionGaps, type CompletionGaps } from '../cases/completion-rules.ts';
import type { LoadersNamed } from '../loaders.ts';
import type { ImageSeriesRecord, ImageSeriesRepository } from './image-series-repository.ts';
import type { ImageSeriesKind } from './required-series.ts';
import type { FormRepository } from '../form/form-repository.ts';

export interface CompletionView extends CompletionGaps {
  receivedImageSeries: ImageSeriesRecord[];
}

export interface Reminder {
  case: CaseRecord;
  missingSections: CompletionGaps['missingSections'];
  missingImageSeries: CompletionGaps['missingImageSeries'];
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const imageServiceLoaders = ['imageSeriesByCase', 'sectionsByCase'] as const;

/** What ImageService works with, each named [#14.7]. */
export interface ImageServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof imageServiceLoaders>;
  ledger: CaseLedger;
  cases: CaseRepository;
  forms: FormRepository;
  images: ImageSeriesRepository;
}

export class ImageService {
  constructor(private readonly deps: ImageServiceDeps) {}

  /**
   * Records a series as received outside the upload: on media sent to the data center
   * [R18]. Uploads record their series themselves, in their own transaction.
   */
  async recordSeries(registrationNumber: string, kind: ImageSeriesKind): Promise<CaseRecord> {
    return this.deps.ledger.write(registrationNumber, CaseWrite.RecordImageSeries, async (ch) => {
      await this.recordSeriesIn(ch, kind);
      return (await this.deps.cases.lock(ch.tx, registrationNumber))!;
    });
  }

  /** [R18] Inside a case's change: the series is in, and the registration completes when it was the last thing owed. */
  async recordSeriesIn(ch: CaseChange, kind: ImageSeriesKind): Promise<void> {
    const added = await this.deps.images.insert(ch.tx, { registrationNumber: ch.case.registrationNumber, kind, receivedAt: ch.now, recordedBy: ch.actor });
    if (!added) return;
    await ch.audit([{ action: 'IMAGE_SERIES_RECEIVED', field: `imageSeries.${kind}`, newValue: JSON.stringify('RECEIVED') }]);
    await this.deps.ledger.completeIfReady(ch);
  }

  async completion(c: CaseRecord): Promise<CompletionView | null> {
    if (!canSeeCaseRecords(this.deps.viewer, c)) return null;
    const [sections, series] = await Promise.all([this.deps.loaders.sectionsByCase.load(c.registrationNumber), this.deps.loaders.imageSeriesByCase.load(c.registrationNumber)]);
    const gaps = completionGaps(c.domestic, sections.map((s) => s.section), series.map((s) => s.kind));
    return { ...gaps, complete: c.status === 'COMPLETE' || gaps.complete, receivedImageSeries: series };
  }

  /**
   * [R18] The reminder list: incomplete registrations with what each owes. An operator
   * sees own cases, a site contact the facility's, the data center any (filtered).
   */
  async reminders(filter: { facilityId?: string | undefined; operatorId?: string | undefined }, page: PageRequest): Promise<Reminder[]> {
    const v = this.deps.viewer;
    if (v.roles.length === 0) throw unauthenticated();
    let scope: { facilityId?: string | undefined; operatorId?: string | undefined };
    if (can(v, 'case:readAsDataCenter')) scope = filter;
    else if (mayHold(v, 'case:writeForFacility') && v.facilityId) scope = { ...filter, facilityId: v.facilityId };
    else if (mayHold(v, 'case:writeOwn') && v.operatorId) scope = { ...filter, operatorId: v.operatorId };
    else throw forbidden('Reminders are for operators, facilities and the data center');
    const open = await this.deps.cases.list({ ...scope, status: 'REGISTERED' }, page);
    const numbers = open.map((c) => c.registrationNumber);
    const [sections, series] = await Promise.all([this.deps.forms.sectionsOf(numbers), this.deps.images.ofCases(numbers)]);
    return open.map((c) => {
      const gaps = completionGaps(
        c.domestic,
        sections.filter((s) => s.registrationNumber === c.registrationNumber).map((s) => s.section),
        series.filter((s) => s.registrationNumber === c.registrationNumber).map((s) => s.kind),
      );
      return { case: c, missingSections: gaps.missingSections, missingImageSeries: gaps.missingImageSeries };
    });
  }
}
