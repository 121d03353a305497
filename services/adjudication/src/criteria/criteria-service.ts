import { isLocalDate } from '@registry/calendar';
import { publish } from '@registry/bus';
import { criteriaTopic } from '@registry/contracts';
import type { Viewer } from '@registry/auth';
import { badUserInput, notFound, requireText, requireUuid } from '@registry/errors';
import { assertChair } from '../matters/matter-policy.ts';
import type { CriteriaVersionRecord, CriteriaRepository } from './criteria-repository.ts';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { LoadersNamed } from '../loaders.ts';
import type { CommitteeRepository } from '../committee/committee-repository.ts';

export interface PublishCriteriaInput {
  title: string;
  body: string;
  effectiveFrom: string;
  rulingId?: string | null | undefined;
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const criteriaServiceLoaders = ['rulingById'] as const;

/** What CriteriaService works with, each named [#14.7]. */
export interface CriteriaServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  loaders: LoadersNamed<typeof criteriaServiceLoaders>;
  committee: CommitteeRepository;
  criteria: CriteriaRepository;
}

/** The judging criteria: created and revised by the committee as numbered versions, public [R24][R45]. */
export class CriteriaService {
  constructor(private readonly deps: CriteriaServiceDeps) {}

  list(limit: number, before: number | undefined): Promise<CriteriaVersionRecord[]> {
    return this.deps.criteria.list(limit, before);
  }

  async inEffect(on: string | undefined): Promise<CriteriaVersionRecord | null> {
    const day = on ?? this.deps.uow.calendar.today();
    if (!isDate(day)) throw badUserInput('A date is YYYY-MM-DD', ['on']);
    return (await this.deps.criteria.inEffect(day)) ?? null;
  }

  /**
   * [R24][R45] The chair, summing up the committee's discussion, publishes a new version;
   * the core lab is told in the same transaction (an event the cases subgraph consumes).
   */
  async publish(input: PublishCriteriaInput): Promise<CriteriaVersionRecord> {
    const chair = assertChair(this.deps.viewer, await this.deps.committee.members());
    const title = requireText(input.title, ['input', 'title'], 'The title');
    const body = requireText(input.body, ['input', 'body'], 'The criteria');
    if (!isDate(input.effectiveFrom)) throw badUserInput('The effective date is YYYY-MM-DD', ['input', 'effectiveFrom']);
    if (input.effectiveFrom < this.deps.uow.calendar.today()) throw badUserInput('Criteria are never retroactive: the effective date is today or later', ['input', 'effectiveFrom']);
    const rulingId = input.rulingId ?? null;
    if (rulingId !== null && !(await this.deps.loaders.rulingById.load(requireUuid(rulingId, ['input', 'rulingId'])))) throw notFound('Ruling');
    return this.deps.uow.run(async ({ tx }) => {
      const version = await this.deps.criteria.insertNext(tx, { title, body, effectiveFrom: input.effectiveFrom, rulingId, publishedByAccountId: chair.accountId });
      await publish(tx, criteriaTopic, 'CriteriaVersionPublished.v1', { version: version.version, effectiveFrom: version.effectiveFrom, title: version.title });
      return version;
    });
  }
}

const isDate = isLocalDate;
