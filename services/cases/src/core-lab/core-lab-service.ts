import { isCoreLab, type Viewer } from '@registry/auth';
import { publish } from '@registry/bus';
import { casesTopic, operatorResultsTopics } from '@registry/contracts';
import { addMonths, localDateOf } from '@registry/calendar';
import type { Executor } from '@registry/db';
import { badUserInput, notFound, ruleViolation } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import { agreementStatistics, type ReaderAgreement } from './agreement.ts';
import { hasConflict, pickReaders, type ReaderCandidate } from './assignment.ts';
import { compareReads, isFinalWithoutSupervisor, resolve, ResolutionError, type FinalResult } from './concordance.ts';
import { assertCanSeeOverdue, assertCoreLab, assertReader, assertSupervisor, isSupervisor } from './core-lab-policy.ts';
import type { CoreLabCaseRecord, ReadRecord, ResultRecord, CoreLabRepository } from './core-lab-repository.ts';
import { summarize, type OfficialSummary } from './official-summary.ts';
import { invalidJudgementField, type CoreLabJudgement, type JudgementInput } from './read-fields.ts';
import type { CaseRepository } from '../cases/case-repository.ts';


/**
 * [R29] The reading is due one month after the core lab is notified: the same day of the
 * next month in Japan, or that month's last day (notified 31 January, due 28 February).
 */
export function dueOn(notifiedAt: Date): string {
  return addMonths(localDateOf(notifiedAt), 1);
}

const MAX_REASON = 1_000;

/** The repositories the core lab's writes use, the consumers' included. */
export type CoreLabRepositories = Pick<CoreLabServiceDeps, 'cases' | 'coreLab'>;

/** What CoreLabService works with, each named [#14.7]. */
export interface CoreLabServiceDeps {
  viewer: Viewer;
  uow: CasesUnitOfWork;
  cases: CaseRepository;
  coreLab: CoreLabRepository;
}

/**
 * The core lab's work on a case [R25]-[R29]: two independent reads, the supervisor on
 * what they disagree on, the official result. Everything here is keyed by registration
 * number; nothing returned leads to the operator, the facility or the patient [R25][R33].
 */
export class CoreLabService {
  constructor(private readonly deps: CoreLabServiceDeps) {}

  /** A reader or supervisor joins the roster, with the links that would make a conflict [R26]. */
  async enrol(): Promise<void> {
    const accountId = assertCoreLab(this.deps.viewer);
    await this.deps.uow.run(({ tx, now }) =>
      this.deps.coreLab.enrol(tx, { accountId, role: isSupervisor(this.deps.viewer) ? 'SUPERVISOR' : 'READER', operatorId: this.deps.viewer.operatorId ?? null, facilityId: this.deps.viewer.facilityId ?? null }, now),
    );
  }

  /** A reader's assigned open cases; every open case for the supervisor. */
  async worklist(page: PageRequest): Promise<CoreLabCaseRecord[]> {
    const accountId = assertCoreLab(this.deps.viewer);
    return this.deps.coreLab.openCases(isSupervisor(this.deps.viewer) ? undefined : accountId, page);
  }

  /** One case; a reader sees only cases assigned to them (others do not exist for them). */
  async case(registrationNumber: string): Promise<CoreLabCaseRecord | null> {
    const accountId = assertCoreLab(this.deps.viewer);
    const [found] = await this.deps.coreLab.casesByNumbers([registrationNumber]);
    if (!found) return null;
    if (isSupervisor(this.deps.viewer)) return found;
    const assigned = await this.deps.coreLab.assignments(registrationNumber);
    return assigned.some((a) => a.readerAccountId === accountId) ? found : null;
  }

  /** The case when the viewer is of the core lab and it is on their worklist; null otherwise (images [R25][R26]). */
  async caseIfCoreLab(registrationNumber: string): Promise<CoreLabCaseRecord | null> {
    return isCoreLab(this.deps.viewer) ? this.case(registrationNumber) : null;
  }

  async overdue(page: PageRequest): Promise<CoreLabCaseRecord[]> {
    assertCanSeeOverdue(this.deps.viewer);
    return this.deps.coreLab.overdue(localDateOf(this.deps.uow.calendar.now()), page);
  }

  /**
   * [R26] The reads of a case as the viewer may see them: a reader sees their own read,
   * and the other read (or that it exists) only once both are in; the supervisor sees both.
   */
  async readsVisible(registrationNumber: string): Promise<ReadRecord[]> {
    const accountId = assertCoreLab(this.deps.viewer);
    const reads = await this.deps.coreLab.reads(registrationNumber);
    if (isSupervisor(this.deps.viewer) || reads.length >= 2) return reads;
    return reads.filter((r) => r.readerAccountId === accountId);
  }

  async discordantFields(registrationNumber: string): Promise<string[] | null> {
    assertSupervisor(this.deps.viewer);
    const [a, b] = await this.deps.coreLab.reads(registrationNumber);
    return a && b ? compareReads(a.judgement, b.judgement).discordant : null;
  }

  async assignments(registrationNumber: string) {
    assertSupervisor(this.deps.viewer);
    return this.deps.coreLab.assignments(registrationNumber);
  }

  canSupervise(): boolean {
    return isSupervisor(this.deps.viewer);
  }

  /** A ruling's changes to a result: the core lab sees what the committee decided [R28b]. */
  changes(registrationNumber: string) {
    return this.deps.coreLab.changes(registrationNumber);
  }

  async result(registrationNumber: string): Promise<ResultRecord | null> {
    assertCoreLab(this.deps.viewer);
    return (await this.deps.coreLab.result(registrationNumber)) ?? null;
  }

  async agreement(): Promise<ReaderAgreement[]> {
    assertSupervisor(this.deps.viewer);
    return this.deps.coreLab.finished().then((cases) =>
      agreementStatistics(cases.map((c) => ({ final: c.result.judgement, reads: c.reads.map((r) => ({ readerId: r.readerAccountId, judgement: r.judgement })) }))),
    );
  }

  /** [R26] The supervisor assigns two different readers; without a choice, the least loaded without a conflict. */
  async assign(registrationNumber: string, readerIds: readonly string[] | undefined): Promise<CoreLabCaseRecord> {
    const supervisor = assertSupervisor(this.deps.viewer);
    return this.deps.uow.run(async ({ tx, now }) => {
      const c = await this.locked(tx, registrationNumber);
      if (c.status === 'FINAL') throw ruleViolation('R26', 'The result of this case is final');
      await assignReaders(tx, this.deps, registrationNumber, readerIds, supervisor, now);
      return c;
    });
  }

  /**
   * [R26] The supervisor replaces a reader whose read is not in yet (one who fell ill, say):
   * by choice, or the least loaded reader without a conflict. A submitted read is final and
   * its reader stays. The replaced reader loses the case (worklist, images, read); the
   * replacement is blind like any reader [R25]; the case's audit trail records it [T14.1].
   */
  async replaceReader(registrationNumber: string, readerId: string, replacementId: string | undefined, reason: string): Promise<CoreLabCaseRecord> {
    const supervisor = assertSupervisor(this.deps.viewer);
    const why = reason.trim();
    if (why.length === 0) throw badUserInput('Say why the reader is replaced', ['reason']);
    if (why.length > MAX_REASON) throw badUserInput(`A reason is at most ${MAX_REASON} characters`, ['reason']);
    return this.deps.uow.run(async ({ tx, now, audit }) => {
      const c = await this.locked(tx, registrationNumber);
      if (c.status === 'FINAL') throw ruleViolation('R26', 'The result of this case is final');
      const assigned = await this.deps.coreLab.assignments(registrationNumber, tx);
      const slot = assigned.find((a) => a.readerAccountId === readerId);
      if (!slot) throw ruleViolation('R26', 'This reader is not assigned to the case', ['readerId']);
      if ((await this.deps.coreLab.reads(registrationNumber, tx)).some((r) => r.readerAccountId === readerId)) {
        throw ruleViolation('R26', 'This reader has submitted the read, which is final; a reader is replaced only before reading', ['readerId']);
      }
      // The case row is locked as for every change to a case: its audit trail has one writer.
      const parties = await this.deps.cases.lock(tx, registrationNumber);
      if (!parties) throw notFound('Case');
      const candidates = await this.candidates(tx, assigned.map((a) => a.readerAccountId));
      let replacement: ReaderCandidate | undefined;
      if (replacementId !== undefined) {
        replacement = candidates.find((r) => r.accountId === replacementId);
        if (!replacement) throw ruleViolation('R26', 'Not a core-lab reader available for this case', ['replacementId']);
        if (hasConflict(replacement, parties)) throw ruleViolation('R26', 'This reader is the operator of the case or works at its facility', ['replacementId']);
      } else {
        [replacement] = pickReaders(candidates, parties);
        if (!replacement) throw ruleViolation('R26', 'No other reader without a conflict is available for this case');
      }
      await this.deps.coreLab.reassign(tx, { registrationNumber, slot: slot.slot, readerAccountId: replacement.accountId, assignedAt: now, assignedBy: supervisor });
      await audit(registrationNumber, [{ action: 'CORE_LAB_READER_REPLACED', field: `coreLab.reader${slot.slot}`, oldValue: JSON.stringify(readerId), newValue: JSON.stringify(replacement.accountId) }], why);
      return c;
    });
  }

  private async candidates(tx: Executor, assigned: readonly string[]): Promise<ReaderCandidate[]> {
    return (await this.deps.coreLab.readersWithLoad(tx))
      .filter((r) => !assigned.includes(r.accountId))
      .map((r) => ({ accountId: r.accountId, openReads: r.openReads, operatorId: r.operatorId ?? undefined, facilityId: r.facilityId ?? undefined }));
  }

  /** [R26] An assigned reader's independent read, final once submitted, under the criteria in force [R24]. */
  async submitRead(registrationNumber: string, judgement: JudgementInput): Promise<CoreLabCaseRecord> {
    const reader = assertReader(this.deps.viewer);
    assertInRange(judgement, 'judgement');
    return this.deps.uow.run(async ({ tx, now }) => {
      const c = await this.locked(tx, registrationNumber);
      if (c.status === 'FINAL') throw ruleViolation('R26', 'The result of this case is final: no more reads');
      const assigned = await this.deps.coreLab.assignments(registrationNumber, tx);
      if (!assigned.some((a) => a.readerAccountId === reader)) throw ruleViolation('R26', 'You are not assigned to read this case');
      const reads = await this.deps.coreLab.reads(registrationNumber, tx);
      if (reads.some((r) => r.readerAccountId === reader)) throw ruleViolation('R26', 'Your read of this case is submitted and final');
      const criteria = await this.deps.coreLab.criteriaInForce(localDateOf(now), tx);
      if (!criteria) throw ruleViolation('R24', 'No judging criteria are in force: the committee must publish a version first');
      const read = { registrationNumber, readerAccountId: reader, criteriaVersion: criteria.version, judgement, submittedAt: now };
      await this.deps.coreLab.insertRead(tx, read);
      const [first, second] = [...reads, read];
      if (!first || !second) return c;
      const concordance = compareReads(first.judgement, second.judgement);
      if (!isFinalWithoutSupervisor(concordance)) {
        await this.deps.coreLab.setStatus(tx, registrationNumber, 'AWAITING_SUPERVISOR');
        return { ...c, status: 'AWAITING_SUPERVISOR' };
      }
      await this.finalize(tx, registrationNumber, resolve(concordance, {}), null, Math.max(first.criteriaVersion, second.criteriaVersion), now);
      return { ...c, status: 'FINAL' };
    });
  }

  /** [R26] The supervisor decides the discordant fields, and only those; the result is then final. */
  async resolveDiscordance(registrationNumber: string, decisions: Partial<JudgementInput>): Promise<CoreLabCaseRecord> {
    const supervisor = assertSupervisor(this.deps.viewer);
    assertInRange(decisions, 'decisions');
    return this.deps.uow.run(async ({ tx, now }) => {
      const c = await this.locked(tx, registrationNumber);
      if (c.status !== 'AWAITING_SUPERVISOR') throw ruleViolation('R26', 'There is no disagreement to decide on this case');
      const [a, b] = await this.deps.coreLab.reads(registrationNumber, tx);
      let final: FinalResult;
      try {
        final = resolve(compareReads(a!.judgement, b!.judgement), decisions);
      } catch (err) {
        if (err instanceof ResolutionError) {
          throw ruleViolation(err.rule, err.message, err.field ? ['decisions', err.field] : undefined);
        }
        throw err;
      }
      await this.finalize(tx, registrationNumber, final, supervisor, Math.max(a!.criteriaVersion, b!.criteriaVersion), now);
      return { ...c, status: 'FINAL' };
    });
  }

  private async locked(tx: Executor, registrationNumber: string): Promise<CoreLabCaseRecord> {
    const c = await this.deps.coreLab.lockCase(tx, registrationNumber);
    if (!c) throw notFound('Core-lab case');
    return c;
  }

  private async finalize(tx: Executor, registrationNumber: string, final: FinalResult, supervisor: string | null, criteriaVersion: number, now: Date): Promise<void> {
    await this.deps.coreLab.insertResult(tx, { registrationNumber, judgement: final.judgement, provenance: final.provenance, supervisorAccountId: supervisor, criteriaVersion, finalizedAt: now });
    await this.deps.coreLab.setStatus(tx, registrationNumber, 'FINAL');
    await announceOfficialResult(tx, this.deps, registrationNumber, summarize(final.judgement), null, now);
  }
}

/** Assigns up to two readers, by choice or by load, refusing conflicts and a third reader [R26]. */
export async function assignReaders(tx: Executor, repos: CoreLabRepositories, registrationNumber: string, readerIds: readonly string[] | undefined, assignedBy: string | null, now: Date): Promise<number> {
  const existing = await repos.coreLab.assignments(registrationNumber, tx);
  if (existing.length >= 2) throw ruleViolation('R26', 'This case already has its two readers; a reader who has not read yet is replaced with replaceCoreLabReader');
  const parties = await repos.cases.lock(tx, registrationNumber);
  if (!parties) throw notFound('Case');
  const candidates: ReaderCandidate[] = (await repos.coreLab.readersWithLoad(tx))
    .filter((r) => !existing.some((e) => e.readerAccountId === r.accountId))
    .map((r) => ({ accountId: r.accountId, openReads: r.openReads, operatorId: r.operatorId ?? undefined, facilityId: r.facilityId ?? undefined }));
  let chosen: string[];
  if (readerIds) {
    if (new Set(readerIds).size !== readerIds.length) throw badUserInput('Two different readers are needed', ['readerIds']);
    readerIds.forEach((id, i) => {
      const candidate = candidates.find((c) => c.accountId === id);
      if (!candidate) throw ruleViolation('R26', 'Not a core-lab reader available for this case', ['readerIds', i]);
      if (hasConflict(candidate, parties)) throw ruleViolation('R26', 'This reader is the operator of the case or works at its facility', ['readerIds', i]);
    });
    chosen = [...readerIds];
  } else {
    chosen = pickReaders(candidates, parties).slice(0, 2 - existing.length).map((r) => r.accountId);
  }
  if (existing.length + chosen.length > 2) throw ruleViolation('R26', 'A case is read by two readers, no more');
  let slot = existing.length;
  for (const readerAccountId of chosen) {
    await repos.coreLab.assign(tx, { registrationNumber, slot: ++slot, readerAccountId, assignedAt: now, assignedBy });
  }
  return existing.length + chosen.length;
}

/** [R27][R28a] The result is official: tell the registry (monitoring, objections) and the operator, live. */
export async function announceOfficialResult(tx: Executor, repos: CoreLabRepositories, registrationNumber: string, summary: OfficialSummary, rulingId: string | null, now: Date): Promise<void> {
  const c = await repos.cases.lock(tx, registrationNumber);
  if (!c) throw notFound('Case');
  // The year a result counts in is the procedure's [R15][R38].
  await publish(tx, casesTopic, 'OfficialResultRecorded.v1', { registrationNumber, operatorId: c.operatorId, year: Number(c.procedureDate.slice(0, 4)), ...summary });
  await publish(tx, operatorResultsTopics.of(c.operatorId), 'OfficialResultRecorded.v1', { registrationNumber, recordedAt: now.toISOString(), rulingId, ...summary });
}

/** Refuses a judgement out of range [R26] (BAD_USER_INPUT at the field); what passes has TIMI flows of 0 to 3. */
function assertInRange<J extends Partial<JudgementInput>>(j: J, argument: string): asserts j is J & Partial<Pick<CoreLabJudgement, 'timiBefore' | 'timiAfter'>> {
  const invalid = invalidJudgementField(j);
  if (invalid) throw badUserInput(invalid.message, [argument, invalid.field]);
}
