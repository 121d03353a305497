import { z } from 'zod';
import { can, mayHold, type Viewer } from '@registry/auth';
import { badUserInput, forbidden, unauthenticated, ruleViolation } from '@registry/errors';
import type { PageRequest } from '@registry/subgraph-server';
import type { CaseLedger, CasesUnitOfWork } from '../cases/case-ledger.ts';
import { canSeeCaseRecords } from '../cases/case-policy.ts';
import { assertRoleMayWrite, CaseWrite } from '../cases/case-write-policy.ts';
import type { CaseRecord, CaseRepository } from '../cases/case-repository.ts';
import type { LoadersNamed } from '../loaders.ts';
import { calendarDate, isoDay, pastDate } from '../shared/dates.ts';
import { text } from '../shared/text.ts';
import { parseInput } from '../shared/refusals.ts';
import { assertNotAfter, assertNotBefore } from '../shared/case-dates.ts';
import type { FollowUpRecord, VitalStatus, FollowUpRepository } from './follow-up-repository.ts';
import { followUpSchedule, isFollowedUp, lastContactDay, type FollowUpSlot } from './follow-up-schedule.ts';

export interface RecordFollowUpInput {
  registrationNumber: string;
  year: number;
  contactedOn: string;
  vitalStatus: VitalStatus;
  events: { type: string; occurredOn: string; note?: string | null }[];
}

export type FollowUpSlotView = FollowUpSlot & { case: CaseRecord; record: FollowUpRecord | null };

const DEATHS = ['DEATH', 'CARDIAC_DEATH'];

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const followUpServiceLoaders = ['followUpsByCase'] as const;

/** What FollowUpService works with, each named [#14.7]. */
export interface FollowUpServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof followUpServiceLoaders>;
  ledger: CaseLedger;
  cases: CaseRepository;
  followUps: FollowUpRepository;
  uow: CasesUnitOfWork;
}

/** [R19] yearly follow-ups of domestic cases with follow-up consent. */
export class FollowUpService {
  constructor(private readonly deps: FollowUpServiceDeps) {}

  async slotsOf(c: CaseRecord): Promise<FollowUpSlotView[] | null> {
    if (!canSeeCaseRecords(this.deps.viewer, c)) return null;
    return this.slots(c, await this.deps.loaders.followUpsByCase.load(c.registrationNumber), isoDay(this.deps.uow.calendar.now()));
  }

  /** [R19] when and why the case was lost to follow-up; for those who see the case's records. */
  lostOf(c: CaseRecord): { on: string; reason: string } | null {
    if (!canSeeCaseRecords(this.deps.viewer, c) || !c.lostToFollowUpOn) return null;
    return { on: c.lostToFollowUpOn, reason: c.lostToFollowUpReason ?? '' };
  }

  /**
   * Due and overdue follow-ups [R19]: the data center (any facility), or a facility's own.
   * One page, cut in SQL: a slot is listed from its window's opening until its contact can
   * no longer be recorded (the day before the next year's window opens), so a case owes at
   * most one at a time; a year missed past that is OVERDUE on the case's own `followUps`.
   */
  async due(facilityId: string | undefined, asOf: string | undefined, page: PageRequest): Promise<FollowUpSlotView[]> {
    const v = this.deps.viewer;
    if (v.roles.length === 0) throw unauthenticated();
    let facility = facilityId;
    if (!can(v, 'case:readAsDataCenter')) {
      if (!mayHold(v, 'case:readAsFacility') || !v.facilityId) throw forbidden('Follow-up lists are for facilities and the data center');
      if (facility && facility !== v.facilityId) throw forbidden('Only your own facility\'s follow-ups');
      facility = v.facilityId;
    }
    const day = asOf === undefined ? isoDay(this.deps.uow.calendar.now()) : parseInput(calendarDate, asOf, ['asOf']);
    const owed = await this.deps.followUps.owed(day, { facilityId: facility }, page);
    const numbers = owed.map((o) => o.registrationNumber);
    const [cases, records] = await Promise.all([this.deps.cases.byNumbers(numbers), this.deps.followUps.ofCases(numbers)]);
    return owed.flatMap((o) => {
      const c = cases.find((x) => x.registrationNumber === o.registrationNumber);
      if (!c) return [];
      const mine = records.filter((r) => r.registrationNumber === o.registrationNumber);
      return this.slots(c, mine, day).filter((s) => s.year === o.year);
    });
  }

  /** Records a yearly follow-up inside or after its window; the operator's own entry earns its fee [R20]. */
  async record(input: RecordFollowUpInput): Promise<CaseRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.RecordFollowUp);
    const today = isoDay(this.deps.uow.calendar.now());
    const valid = parseInput(
      z.object({
        year: z.number().int().min(1, 'Follow-up years are 1 to 5').max(5, 'Follow-up years are 1 to 5'),
        contactedOn: pastDate(today),
        vitalStatus: z.enum(['ALIVE', 'DEAD']),
        events: z.array(z.object({ type: z.string(), occurredOn: pastDate(today), note: z.string().max(2000).nullable().optional() })).max(20),
      }),
      input,
      ['input'],
    );
    if (valid.vitalStatus === 'DEAD' && !valid.events.some((e) => DEATHS.includes(e.type))) {
      throw badUserInput('A death is recorded as an event with its date', ['input', 'events']);
    }
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.RecordFollowUp, async (ch) => {
      const c = ch.case;
      if (!isFollowedUp(c)) throw ruleViolation('R19', 'Only domestic cases with follow-up consent are followed up', ['input', 'registrationNumber']);
      const existing = await this.deps.followUps.ofCases([c.registrationNumber], ch.tx);
      const slot = this.slots(c, existing, today).find((s) => s.year === valid.year);
      if (!slot) throw ruleViolation('R19', 'This case is no longer followed up for that year', ['input', 'year']);
      if (slot.record) throw ruleViolation('R19', 'That year\'s follow-up is already recorded', ['input', 'year']);
      // [R19] the contact belongs to its year: inside the window or late, never before it opens,
      // and not so late that it is the next year's contact.
      assertNotBefore(valid.contactedOn, slot.windowOpensOn, 'R19', `The year ${valid.year} follow-up window opens on its date`, ['input', 'contactedOn']);
      assertNotAfter(valid.contactedOn, lastContactDay(c.procedureDate, valid.year), 'R19', `A contact this late is the year ${valid.year + 1} follow-up; the year ${valid.year} contact is due by`, ['input', 'contactedOn']);
      assertNotAfter(valid.contactedOn, today, 'R19', 'The contact is in the future', ['input', 'contactedOn']);
      for (const [i, e] of valid.events.entries()) {
        assertNotBefore(e.occurredOn, c.procedureDate, 'R19', 'An event is before the procedure', ['input', 'events', i, 'occurredOn']);
        assertNotAfter(e.occurredOn, valid.contactedOn, 'R19', 'An event is after the contact that reported it', ['input', 'events', i, 'occurredOn']);
      }
      const record: FollowUpRecord = {
        registrationNumber: c.registrationNumber,
        year: valid.year,
        contactedOn: valid.contactedOn,
        vitalStatus: valid.vitalStatus,
        events: valid.events,
        enteredByOperatorId: this.deps.viewer.operatorId && this.deps.viewer.operatorId === c.operatorId ? this.deps.viewer.operatorId : null,
        recordedBy: ch.actor,
        recordedAt: ch.now,
      };
      await this.deps.followUps.insert(ch.tx, record);
      await ch.audit([{ action: 'FOLLOW_UP_RECORDED', field: `followUps.${valid.year}`, newValue: JSON.stringify({ contactedOn: record.contactedOn, vitalStatus: record.vitalStatus, events: record.events }) }]);
      return c;
    });
  }

  /** [R19] lost to follow-up, with the date and the reason; the remaining years stop. */
  async markLost(input: { registrationNumber: string; on: string; reason: string }): Promise<CaseRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.MarkLostToFollowUp);
    const valid = parseInput(z.object({ on: pastDate(isoDay(this.deps.uow.calendar.now())), reason: text(2000) }), input, ['input']);
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.MarkLostToFollowUp, async (ch) => {
      if (!isFollowedUp(ch.case)) throw ruleViolation('R19', 'Only followed-up cases can be lost to follow-up', ['input', 'registrationNumber']);
      if (ch.case.lostToFollowUpOn) throw ruleViolation('R19', 'Already lost to follow-up', ['input', 'registrationNumber']);
      assertNotBefore(valid.on, ch.case.procedureDate, 'R19', 'The date is before the procedure', ['input', 'on']);
      await this.deps.cases.update(ch.tx, ch.case.registrationNumber, { lostToFollowUpOn: valid.on, lostToFollowUpReason: valid.reason });
      await ch.audit([{ action: 'LOST_TO_FOLLOW_UP', field: 'lostToFollowUp', newValue: JSON.stringify(valid) }], valid.reason);
      return (await this.deps.cases.lock(ch.tx, ch.case.registrationNumber))!;
    });
  }

  private slots(c: CaseRecord, records: readonly FollowUpRecord[], today: string): FollowUpSlotView[] {
    const died = records.find((r) => r.vitalStatus === 'DEAD');
    const schedule = followUpSchedule(
      {
        domestic: c.domestic,
        followUpConsented: c.followUpConsented,
        procedureDate: c.procedureDate,
        consentWithdrawnOn: c.consentWithdrawnOn,
        lostToFollowUpOn: c.lostToFollowUpOn,
        diedInYear: died?.year ?? null,
        recordedYears: records.map((r) => r.year),
      },
      today,
    );
    return schedule.map((s) => ({ ...s, case: c, record: records.find((r) => r.year === s.year) ?? null }));
  }
}
