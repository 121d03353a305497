import DataLoader from 'dataloader';
import { lazyLoaders, type Clearable } from '@registry/subgraph-server';
import type { CaseRecord } from './cases/case-repository.ts';
import type { CommitteeMatterRecord, CommitteeSeatRecord } from './committee/committee-repository.ts';
import type { DataQueryRecord } from './data-queries/data-query-repository.ts';
import type { FollowUpRecord } from './follow-up/follow-up-repository.ts';
import type { SectionRecord } from './form/form-repository.ts';
import type { ImageSeriesRecord } from './images/image-series-repository.ts';
import type { ImageInstanceRecord } from './images/upload/image-instance-repository.ts';
import type { Repositories } from './repositories.ts';
import type { AdverseEventRecord, DeviationRecord } from './safety/safety-repository.ts';
import type { SignatureRecord } from './form/signature-repository.ts';
import type { SiteApprovalRecord } from './sites/site-repository.ts';

/** Per-request loaders, named key → value; never shared between requests. */
export interface Loaders {
  caseByNumber: DataLoader<string, CaseRecord | undefined>;
  sectionsByCase: DataLoader<string, SectionRecord[]>;
  imageSeriesByCase: DataLoader<string, ImageSeriesRecord[]>;
  /** Every stored instance of a case, whatever its status (the library filters). */
  imageInstancesByCase: DataLoader<string, ImageInstanceRecord[]>;
  imageInstancesBySeries: DataLoader<string, ImageInstanceRecord[]>;
  followUpsByCase: DataLoader<string, FollowUpRecord[]>;
  dataQueriesByCase: DataLoader<string, DataQueryRecord[]>;
  adverseEventsByCase: DataLoader<string, AdverseEventRecord[]>;
  deviationsByCase: DataLoader<string, DeviationRecord[]>;
  siteByFacility: DataLoader<string, SiteApprovalRecord | undefined>;
  latestSignatureByCase: DataLoader<string, SignatureRecord | undefined>;
  /** A sitting member's seat on the adjudication committee [R44]. */
  committeeSeatByAccount: DataLoader<string, CommitteeSeatRecord | undefined>;
  /** The matters of which a case is the subject [R45]. */
  committeeMattersByCase: DataLoader<string, CommitteeMatterRecord[]>;
}

/** The loaders one service reads, by name [#14.7]: its deps hold only those (`only`, in context.ts). */
export type LoadersNamed<N extends readonly (keyof Loaders)[]> = Pick<Loaders, N[number]>;

/** A loader of every row of a case, grouped by registration number. */
function byCase<T extends { registrationNumber: string }>(load: (numbers: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (numbers) => {
    const rows = await load(numbers);
    return numbers.map((n) => rows.filter((r) => r.registrationNumber === n));
  });
}

/** The request's loaders, each built on first use; `reset` empties those built (after a commit). */
export function createLoaders(repos: Repositories): { loaders: Loaders; reset: Clearable } {
  return lazyLoaders<Loaders>({
    caseByNumber: () => new DataLoader(async (numbers) => {
      const found = new Map((await repos.cases.byNumbers(numbers)).map((c) => [c.registrationNumber, c]));
      return numbers.map((n) => found.get(n));
    }),
    sectionsByCase: () => byCase((n) => repos.forms.sectionsOf(n)),
    imageSeriesByCase: () => byCase((n) => repos.images.ofCases(n)),
    imageInstancesByCase: () => byCase((n) => repos.imageInstances.ofCases(n)),
    imageInstancesBySeries: () => new DataLoader(async (uids) => {
      const rows = await repos.imageInstances.ofSeries(uids);
      return uids.map((u) => rows.filter((r) => r.seriesInstanceUid === u));
    }),
    followUpsByCase: () => byCase((n) => repos.followUps.ofCases(n)),
    dataQueriesByCase: () => byCase((n) => repos.dataQueries.ofCases(n)),
    adverseEventsByCase: () => byCase((n) => repos.safety.adverseEventsOf(n)),
    deviationsByCase: () => byCase((n) => repos.safety.deviationsOf(n)),
    siteByFacility: () => new DataLoader(async (ids) => {
      const found = new Map((await repos.sites.byFacilityIds(ids)).map((s) => [s.facilityId, s]));
      return ids.map((id) => found.get(id));
    }),
    committeeSeatByAccount: () => new DataLoader(async (ids) => {
      const found = new Map((await repos.committee.seatsOf(ids)).map((s) => [s.accountId, s]));
      return ids.map((id) => found.get(id));
    }),
    committeeMattersByCase: () => byCase((n) => repos.committee.mattersOf(n)),
    latestSignatureByCase: () => new DataLoader(async (numbers) => {
      const all = await repos.signatures.ofCases(numbers);
      return numbers.map((n) => all.find((s) => s.registrationNumber === n));
    }),
  });
}
