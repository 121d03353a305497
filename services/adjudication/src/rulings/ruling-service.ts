import { randomUUID } from 'node:crypto';
import { publish } from '@registry/bus';
import { adjudicationTopic, type OfficialResultField as ResultField } from '@registry/contracts';
import type { Viewer } from '@registry/auth';
import { badUserInput, notFound, requireText, requireUuid, ruleViolation } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import { publishStatusChange } from '../matters/matter-events.ts';
import { describeStatus } from '../matters/matter-status.ts';
import { assertMayPreside, assertPresiding } from '../matters/matter-policy.ts';
import type { MatterRecord, MatterRepository } from '../matters/matter-repository.ts';
import type { ResultChange, RulingRecord, RulingRepository } from './ruling-repository.ts';
import type { UnitOfWork } from '@registry/unit-of-work';
import type { LoadersNamed } from '../loaders.ts';
import type { CommitteeRepository } from '../committee/committee-repository.ts';

export interface DecideInput {
  matterId: string;
  decision: string;
  reasoning: string;
  answer: string;
  resultChanges: { field: ResultField; to: boolean }[];
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const rulingServiceLoaders = ['caseRefByNumber', 'matterById', 'rulingById', 'rulingByMatter'] as const;

/** What RulingService works with, each named [#14.7]. */
export interface RulingServiceDeps {
  viewer: Viewer;
  uow: UnitOfWork;
  loaders: LoadersNamed<typeof rulingServiceLoaders>;
  committee: CommitteeRepository;
  matters: MatterRepository;
  rulings: RulingRepository;
}

/** Rulings: decided by the committee, recorded by the chair, public [R24][R28b][R45]. */
export class RulingService {
  constructor(private readonly deps: RulingServiceDeps) {}

  /** Public, no token [R24][R28b]. */
  list(page: PageRequest): Promise<RulingRecord[]> {
    return this.deps.rulings.list(page);
  }

  async get(id: string): Promise<RulingRecord | null> {
    return (await this.deps.loaders.rulingById.load(requireUuid(id, ['id']))) ?? null;
  }

  async ofMatter(matter: MatterRecord): Promise<RulingRecord | null> {
    return (await this.deps.loaders.rulingByMatter.load(matter.id)) ?? null;
  }

  /** A ruling is public, and so is the matter it decided [R28b]. */
  async matterOf(ruling: RulingRecord): Promise<MatterRecord> {
    const matter = await this.deps.loaders.matterById.load(ruling.matterId);
    if (!matter) throw notFound('Matter');
    return matter;
  }

  /**
   * [R48] Once every point is decided, the chair records the decision, its reasoning and
   * the answer [R24][R45], publishing it. A change to the official result is announced for
   * the cases subgraph to record with this ruling as its reason [R28a].
   */
  async decide(input: DecideInput): Promise<RulingRecord> {
    const members = await this.deps.committee.members();
    assertMayPreside(this.deps.viewer, members);
    const matter = await this.deps.loaders.matterById.load(requireUuid(input.matterId, ['input', 'matterId']));
    if (!matter) throw notFound('Matter');
    const ref = matter.registrationNumber ? await this.deps.loaders.caseRefByNumber.load(matter.registrationNumber) : undefined;
    // [R49] a chair who operated the case does not record its ruling; a steering member does.
    assertPresiding(this.deps.viewer, members, ref?.operatorId);
    const decision = requireText(input.decision, ['input', 'decision'], 'The decision');
    const reasoning = requireText(input.reasoning, ['input', 'reasoning'], 'The reasoning');
    const answer = requireText(input.answer, ['input', 'answer'], 'The answer');
    const changes = this.resultChanges(input.resultChanges, ref?.officialResult);
    return this.deps.uow.run(async ({ tx, now }) => {
      const locked = await this.deps.matters.lock(tx, matter.id);
      if (locked?.status !== 'IN_SESSION') throw ruleViolation('R48', `Only a matter in session is decided; this one is ${locked ? describeStatus(locked.status) : 'gone'}`);
      const points = await this.deps.matters.pointsOf([matter.id], tx);
      if (points.length === 0) throw ruleViolation('R46', 'The committee decides on points at issue; none has been posted');
      const open = points.filter((p) => p.decision === null).map((p) => p.number);
      if (open.length > 0) throw ruleViolation('R48', `Point(s) ${open.join(', ')} are not decided yet`);
      const ruling: RulingRecord = { id: randomUUID(), matterId: matter.id, decision, reasoning, answer, resultChanges: changes, publishedAt: now };
      await this.deps.rulings.insert(tx, ruling);
      await this.deps.matters.update(tx, matter.id, { status: 'DECIDED', decidedAt: ruling.publishedAt });
      await publishStatusChange(tx, locked, 'IN_SESSION', 'DECIDED');
      if (changes.length > 0) {
        // The cases subgraph records the change on the case, the ruling as its reason [R28b].
        await publish(tx, adjudicationTopic, 'RulingChangedResult.v1', { registrationNumber: matter.registrationNumber!, matterId: matter.id, rulingId: ruling.id, changes });
      }
      return ruling;
    });
  }

  private resultChanges(requested: DecideInput['resultChanges'], official: Record<ResultField, boolean> | undefined): ResultChange[] {
    if (requested.length === 0) return [];
    if (!official) throw ruleViolation('R28a', 'Only a case’s official core-lab result can be changed by a ruling, and this matter has none');
    const seen = new Set<ResultField>();
    return requested.map((c, i) => {
      if (seen.has(c.field)) throw badUserInput(`${c.field} is changed twice`, ['input', 'resultChanges', i, 'field']);
      seen.add(c.field);
      if (official[c.field] === c.to) throw badUserInput(`${c.field} is already ${String(c.to)}`, ['input', 'resultChanges', i, 'to']);
      return { field: c.field, from: official[c.field] ?? null, to: c.to };
    });
  }
}
