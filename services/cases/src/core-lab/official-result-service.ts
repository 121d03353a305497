import { can, isCoreLab, type Viewer } from '@registry/auth';
import type { EventBus } from '@registry/bus';
import { operatorResultsTopics } from '@registry/contracts';
import { forbidden, unauthenticated } from '@registry/errors';
import { liveField } from '@registry/subgraph-server';
import type { CaseRecord } from '../cases/case-repository.ts';
import type { Lesion, Judgement, Outcome } from '../form/crf-sections.ts';
import { canReadAsCommittee, committeeLoaders } from '../committee/committee-policy.ts';
import type { LoadersNamed } from '../loaders.ts';
import { compareWithOperator, type FieldComparison } from './comparison.ts';
import { canSeeComparison, canSeeOfficialResult } from './core-lab-policy.ts';
import type { ReadRecord, ResultRecord, CoreLabRepository } from './core-lab-repository.ts';
import type { Executor } from '@registry/db';
import { summarize, type OfficialSummary, type SummaryField } from './official-summary.ts';
import { RESIDUAL_STENOSIS_TOLERANCE } from './read-fields.ts';
import type { FormRepository } from '../form/form-repository.ts';

export interface OfficialResultView extends ResultRecord {
  outcomes: OfficialSummary;
}

/** A `CoreLabResult` as resolved: the core lab's own (outcomes summarized when asked) or the official one on a case. */
export type ResultView = ResultRecord | OfficialResultView;

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const officialResultServiceLoaders = [...committeeLoaders] as const;

/** What OfficialResultService works with, each named [#14.7]. */
export interface OfficialResultServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof officialResultServiceLoaders>;
  bus: EventBus;
  coreLab: CoreLabRepository;
  forms: FormRepository;
}

/**
 * The official result as the registry outside the core lab sees it [R27][R28a]: on the
 * case, for those who may see it, beside the operator's own judgement, and live for the
 * operator. No appeal to the core lab: objections go to the committee [R28a].
 */
export class OfficialResultService {
  constructor(private readonly deps: OfficialResultServiceDeps) {}

  async of(c: CaseRecord): Promise<OfficialResultView | null> {
    if (!canSeeOfficialResult(this.deps.viewer, c) && !(await canReadAsCommittee(this.deps.viewer, c.registrationNumber, this.deps.loaders))) return null;
    const result = await this.deps.coreLab.result(c.registrationNumber);
    if (!result) return null;
    return { ...result, outcomes: summarize(result.judgement, await overridesOf(this.deps.coreLab, c.registrationNumber)) };
  }

  /**
   * The two independent reads behind the official result [R26], for the committee ruling
   * on an objection to it [R28a][R45] and the steering committee that screens it; null for
   * everyone else (the readers' own pages are the core lab's).
   */
  async reads(c: CaseRecord): Promise<ReadRecord[] | null> {
    if (isCoreLab(this.deps.viewer)) return null;
    if (!can(this.deps.viewer, 'case:readCoreLabReads') && !(await canReadAsCommittee(this.deps.viewer, c.registrationNumber, this.deps.loaders))) return null;
    return this.deps.coreLab.reads(c.registrationNumber);
  }

  async comparison(c: CaseRecord): Promise<FieldComparison[] | null> {
    if (!canSeeComparison(this.deps.viewer, c)) return null;
    const result = await this.deps.coreLab.result(c.registrationNumber);
    if (!result) return null;
    const sections = await this.deps.forms.sectionsOf([c.registrationNumber]);
    const data = (name: string) => sections.find((s) => s.section === name)?.data;
    const judgement = data('JUDGEMENT') as Judgement | undefined;
    const lesion = data('LESION') as Lesion | undefined;
    const outcome = data('OUTCOME') as Outcome | undefined;
    return compareWithOperator(
      result.judgement,
      {
        trueChronicTotalOcclusion: judgement?.trueChronicTotalOcclusion,
        finalTimiFlow: judgement?.finalTimiFlow,
        residualStenosisPercent: judgement?.residualStenosisPercent,
        bluntStump: lesion?.jcto.bluntStump,
        calcification: lesion?.jcto.calcification,
        bending: lesion?.jcto.bendingOver45,
        occlusionLength20mm: lesion?.jcto.occlusionLength20mmOrMore,
        retryLesion: lesion?.jcto.retryLesion,
        technicalSuccess: outcome?.technicalSuccess,
      },
      RESIDUAL_STENOSIS_TOLERANCE,
    );
  }

  /** The operator's own feed, replayed after `after` then live (a @personal field). */
  live(after: string | undefined) {
    if (!this.deps.viewer.accountId) throw unauthenticated();
    const operatorId = this.deps.viewer.operatorId;
    if (!operatorId) throw forbidden('Results become official for operators');
    return liveField(this.deps.bus, operatorResultsTopics.of(operatorId), after, 'officialResultRecorded', { 'OfficialResultRecorded.v1': (notice) => notice });
  }
}

/** Every ruling's changes to a case's outcomes, the latest winning [R28b]. */
export async function overridesOf(coreLab: CoreLabRepository, registrationNumber: string, tx?: Executor): Promise<Partial<OfficialSummary>> {
  const overrides: Partial<OfficialSummary> = {};
  for (const c of await coreLab.changes(registrationNumber, tx)) overrides[c.field as SummaryField] = c.toValue as boolean;
  return overrides;
}
