import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { can, type Viewer } from '@registry/auth';
import { parseEvent, publish, type EventBus } from '@registry/bus';
import { safetyTopic, type Payload } from '@registry/contracts';
import { badUserInput, forbidden, notFound, unauthenticated, ruleViolation } from '@registry/errors';
import { liveField } from '@registry/subgraph-server';
import type { CaseLedger, CasesUnitOfWork } from '../cases/case-ledger.ts';
import { canSeeCaseRecords } from '../cases/case-policy.ts';
import { assertRoleMayWrite, CaseWrite } from '../cases/case-write-policy.ts';
import type { CaseRecord, CaseRepository } from '../cases/case-repository.ts';
import type { LoadersNamed } from '../loaders.ts';
import { isoDay, pastDate } from '../shared/dates.ts';
import { text } from '../shared/text.ts';
import { parseInput } from '../shared/refusals.ts';
import { assertNotBefore } from '../shared/case-dates.ts';
import type { AdverseEventRecord, DeviationRecord, SafetyRepository } from './safety-repository.ts';

const MAX_ALERTS = 200;
/** [T9.5] outcomes that are reached on a day (転帰日): recovered, improved, with sequelae, death. */
const OUTCOMES_WITH_DATE = new Set(['RECOVERED', 'IMPROVED', 'RECOVERED_WITH_SEQUELAE', 'DEATH']);

export interface SafetyAlert {
  adverseEventId: string;
  registrationNumber: string;
  reportedAt: Date;
  cursor: string;
}

export interface ReportAdverseEventInput {
  registrationNumber: string;
  name: string;
  onsetOn: string;
  outcomeOn?: string | null;
  outcome: string;
  otherTreatment: string;
  seriousnessCriteria: string[];
  severity: string;
  causality: string;
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const safetyServiceLoaders = ['adverseEventsByCase', 'deviationsByCase'] as const;

/** What SafetyService works with, each named [#14.7]. */
export interface SafetyServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof safetyServiceLoaders>;
  ledger: CaseLedger;
  bus: EventBus;
  cases: CaseRepository;
  safety: SafetyRepository;
  uow: CasesUnitOfWork;
}

export class SafetyService {
  constructor(private readonly deps: SafetyServiceDeps) {}

  async adverseEventsOf(c: CaseRecord): Promise<AdverseEventRecord[] | null> {
    return canSeeCaseRecords(this.deps.viewer, c) ? this.deps.loaders.adverseEventsByCase.load(c.registrationNumber) : null;
  }

  async deviationsOf(c: CaseRecord): Promise<DeviationRecord[] | null> {
    return canSeeCaseRecords(this.deps.viewer, c) ? this.deps.loaders.deviationsByCase.load(c.registrationNumber) : null;
  }

  /** For an alert: the data center and secretariat read the event itself, by registration number only. */
  async adverseEvent(id: string): Promise<AdverseEventRecord> {
    this.assertAlerted();
    const ae = await this.deps.safety.adverseEventById(id);
    if (!ae) throw notFound('Adverse event');
    return ae;
  }

  /**
   * [T9.5] An adverse event with the template's fields. Serious when any criterion of
   * [T9.6.1] applies; then the alert is published in the same transaction [T9.6].
   */
  async report(input: ReportAdverseEventInput): Promise<AdverseEventRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.ReportAdverseEvent);
    const today = isoDay(this.deps.uow.calendar.now());
    const valid = parseInput(
      z
        .object({
          name: text(200),
          onsetOn: pastDate(today),
          outcomeOn: pastDate(today).nullable().optional(),
          outcome: z.enum(['RECOVERED', 'IMPROVED', 'RECOVERED_WITH_SEQUELAE', 'NOT_RECOVERED', 'DEATH', 'UNKNOWN']),
          otherTreatment: z.enum(['NONE', 'DRUG', 'OTHER']),
          seriousnessCriteria: z.array(z.enum(['DEATH', 'LIFE_THREATENING', 'DISABILITY', 'RISK_OF_DISABILITY', 'HOSPITALIZATION', 'COMPARABLE_SEVERITY', 'CONGENITAL_ANOMALY'])),
          severity: z.enum(['MILD', 'MODERATE', 'SEVERE']),
          causality: z.enum(['RELATED', 'NOT_RELATED']),
        })
        .superRefine((a, ctx) => {
          // [T9.5] an outcome that has been reached has its date; "not recovered" and "unknown" have none yet.
          if (OUTCOMES_WITH_DATE.has(a.outcome) && !a.outcomeOn) ctx.addIssue({ code: 'custom', path: ['outcomeOn'], message: `An outcome of ${a.outcome} needs its date` });
          if (a.outcomeOn && a.outcomeOn < a.onsetOn) ctx.addIssue({ code: 'custom', path: ['outcomeOn'], message: 'The outcome date is before the onset' });
          if (a.outcome === 'DEATH' && !a.seriousnessCriteria.includes('DEATH')) ctx.addIssue({ code: 'custom', path: ['seriousnessCriteria'], message: 'A fatal event is serious: death' });
        }),
      input,
      ['input'],
    );
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.ReportAdverseEvent, async (ch) => {
      assertNotBefore(valid.onsetOn, ch.case.procedureDate, 'T9.5', 'The onset is before the procedure', ['input', 'onsetOn']);
      const ae: AdverseEventRecord = {
        id: randomUUID(),
        registrationNumber: ch.case.registrationNumber,
        name: valid.name,
        onsetOn: valid.onsetOn,
        outcomeOn: valid.outcomeOn ?? null,
        outcome: valid.outcome,
        otherTreatment: valid.otherTreatment,
        serious: valid.seriousnessCriteria.length > 0,
        seriousnessCriteria: valid.seriousnessCriteria,
        severity: valid.severity,
        causality: valid.causality,
        recordedBy: ch.actor,
        recordedAt: ch.now,
      };
      await this.deps.safety.insertAdverseEvent(ch.tx, ae);
      await ch.audit([{ action: 'ADVERSE_EVENT_REPORTED', field: `adverseEvents.${ae.id}`, newValue: JSON.stringify({ ...valid, serious: ae.serious }) }]);
      if (ae.serious) {
        // [T9.6] registry identifiers only, never a patient code or initials [R30]
        await publish(ch.tx, safetyTopic, 'SeriousAdverseEventReported.v1', { adverseEventId: ae.id, registrationNumber: ae.registrationNumber, reportedAt: ch.now.toISOString() });
      }
      return ae;
    });
  }

  /** [T7.3] every deviation is recorded with its reason. */
  async recordDeviation(input: { registrationNumber: string; occurredOn: string; description: string; reason: string }): Promise<DeviationRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.RecordDeviation);
    const valid = parseInput(z.object({ occurredOn: pastDate(isoDay(this.deps.uow.calendar.now())), description: text(2000), reason: text(2000) }), input, ['input']);
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.RecordDeviation, async (ch) => {
      // [T7.3] a deviation from the protocol happens to a patient in the study: on or after the consent.
      assertNotBefore(valid.occurredOn, ch.case.consentObtainedOn, 'T7.3', 'The deviation is before the consent', ['input', 'occurredOn']);
      const d: DeviationRecord = { id: randomUUID(), registrationNumber: ch.case.registrationNumber, ...valid, recordedBy: ch.actor, recordedAt: ch.now };
      await this.deps.safety.insertDeviation(ch.tx, d);
      await ch.audit([{ action: 'DEVIATION_RECORDED', field: `protocolDeviations.${d.id}`, newValue: JSON.stringify(valid) }], valid.reason);
      return d;
    });
  }

  /** [T8] withdrawal of consent, dated and with its reason; follow-up stops [R19]. Data already entered stays. */
  async withdrawConsent(input: { registrationNumber: string; withdrawnOn: string; reason: string }): Promise<CaseRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.WithdrawConsent);
    const valid = parseInput(z.object({ withdrawnOn: pastDate(isoDay(this.deps.uow.calendar.now())), reason: text(2000) }), input, ['input']);
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.WithdrawConsent, async (ch) => {
      if (ch.case.consentWithdrawnOn) throw ruleViolation('T8', 'Consent is already withdrawn', ['input', 'registrationNumber']);
      assertNotBefore(valid.withdrawnOn, ch.case.consentObtainedOn, 'T7.3', 'The withdrawal is before the consent', ['input', 'withdrawnOn']);
      await this.deps.cases.update(ch.tx, ch.case.registrationNumber, { consentWithdrawnOn: valid.withdrawnOn, consentWithdrawalReason: valid.reason });
      await ch.audit([{ action: 'CONSENT_WITHDRAWN', field: 'consent.withdrawnOn', oldValue: null, newValue: JSON.stringify(valid.withdrawnOn) }], valid.reason);
      return (await this.deps.cases.lock(ch.tx, ch.case.registrationNumber))!;
    });
  }

  /** The listed alerts, newest first [T9.6]. */
  async alerts(first: number): Promise<SafetyAlert[]> {
    this.assertAlerted();
    if (!Number.isInteger(first) || first < 1 || first > MAX_ALERTS) throw badUserInput(`first must be between 1 and ${MAX_ALERTS}`, ['first']);
    const head = await this.deps.bus.head(safetyTopic.topic);
    const events = await this.deps.bus.read(safetyTopic.topic, Math.max(0, head - first), first);
    return events.map((event) => toAlert(parseEvent(safetyTopic, event).payload, event.seq)).reverse();
  }

  /** Replays alerts after `after`, then follows them live (see EventBus.stream). */
  async alertsLive(after: string | undefined) {
    this.assertAlerted();
    return liveField(this.deps.bus, safetyTopic, after, 'seriousAdverseEventReported', { 'SeriousAdverseEventReported.v1': (p, event) => toAlert(p, event.seq) });
  }

  private assertAlerted(): void {
    if (this.deps.viewer.roles.length === 0) throw unauthenticated();
    if (!can(this.deps.viewer, 'safety:readAlerts')) throw forbidden('Safety alerts go to the data center and the secretariat');
  }
}

function toAlert(p: Payload<typeof safetyTopic.events, 'SeriousAdverseEventReported.v1'>, seq: number): SafetyAlert {
  // The event carries the instant as its ISO string (@registry/contracts); the alert holds the Date the DateTime scalar serializes.
  return { ...p, reportedAt: new Date(p.reportedAt), cursor: String(seq) };
}
