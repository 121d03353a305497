import { addDays, type LocalDate } from '@registry/calendar';
import { formatRegistrationNumber } from '@registry/contracts';
import type { Executor } from '@registry/db';
import { cases, coreLabAssignments, coreLabCases, coreLabReads, coreLabResults, followUps, formSections, imageSeries, registrationCounters } from '../db/schema.ts';
import type { CasesUnitOfWork } from '../cases/case-ledger.ts';
import { requiredSeries } from '../images/required-series.ts';
import { summarize } from '../core-lab/official-summary.ts';
import type { Repositories } from '../repositories.ts';
import { AGREED_PROVENANCE, HISTORY_CASES, type HistoryCase } from './history.ts';

const noon = (day: string) => new Date(`${day}T03:00:00Z`);
/** The first criteria version, which the committee publishes at seeding [R24]. */
const CRITERIA_VERSION = 1;

/**
 * Writes the demo's past years in one unit of work, by bulk inserts: the cases complete,
 * their forms, image series, the core lab's two agreeing reads and final result, the follow-ups whose day has
 * come [R19] and a trail of two entries per case (registered, completed) [T14.1]. Seeding
 * them case by case through the services would take seconds at every test start; these
 * are the rows those services write. No event is published: the other subgraphs' demo
 * history starts in 2026 (docs/architecture.md, "Demo data"). `list` is the demo's past unless
 * a benchmark or a test asks for more. Returns the numbers written.
 */
export async function writeHistory(uow: CasesUnitOfWork, repos: Repositories, accounts: Map<string, string>, list: readonly HistoryCase[] = HISTORY_CASES): Promise<string[]> {
  return uow.run(async ({ tx, today }) => {
    const numbered = numberCases(list);
    await tx.insert(registrationCounters).values([...countsByYear(list)].map(([year, last]) => ({ year, last })));
    await tx.insert(cases).values(numbered.map(([n, c]) => caseRow(n, c)));
    await tx.insert(formSections).values(numbered.flatMap(([n, c]) => c.sections.map((s) => ({ registrationNumber: n, section: s.section, data: s.data, firstEnteredByOperatorId: c.operatorId, updatedAt: noon(c.procedureDate) }))));
    const datacenter = accounts.get('datacenter') ?? 'datacenter';
    await tx.insert(imageSeries).values(numbered.flatMap(([n, c]) => requiredSeries(true).map((kind) => ({ registrationNumber: n, kind, receivedAt: noon(c.procedureDate), recordedBy: datacenter }))));
    await tx.insert(coreLabCases).values(numbered.map(([n, c]) => ({ registrationNumber: n, notifiedAt: noon(c.procedureDate), dueOn: addDays(c.procedureDate, 30), status: 'FINAL' as const })));
    // [R26] both demo readers read every past case and agreed; the agreement statistics count them.
    const readers = ['corelab-reader-1', 'corelab-reader-2'].map((l) => accounts.get(l));
    if (readers.every((r): r is string => r !== undefined)) {
      await tx.insert(coreLabAssignments).values(numbered.flatMap(([n, c]) => readers.map((readerAccountId, i) => ({ registrationNumber: n, slot: i + 1, readerAccountId, assignedAt: noon(c.procedureDate), assignedBy: null }))));
      await tx.insert(coreLabReads).values(numbered.flatMap(([n, c]) => readers.map((readerAccountId) => ({ registrationNumber: n, readerAccountId, criteriaVersion: CRITERIA_VERSION, judgement: c.judgement, submittedAt: noon(addDays(c.procedureDate, 14)) }))));
    }
    await tx.insert(coreLabResults).values(
      numbered.map(([n, c]) => ({ registrationNumber: n, judgement: c.judgement, provenance: AGREED_PROVENANCE, supervisorAccountId: null, criteriaVersion: CRITERIA_VERSION, finalizedAt: noon(addDays(c.procedureDate, 21)) })),
    );
    const owed = numbered.flatMap(([n, c]) => followUpsDone(n, c, today, accounts.get(c.operatorId) ?? c.operatorId));
    if (owed.length > 0) await tx.insert(followUps).values(owed);
    for (const [n, c] of numbered) await trail(tx, repos, n, c, accounts.get(c.operatorId) ?? c.operatorId);
    return numbered.map(([n]) => n);
  });
}

function numberCases(list: readonly HistoryCase[]): [string, HistoryCase][] {
  const seq = new Map<number, number>();
  return [...list]
    .sort((a, b) => a.procedureDate.localeCompare(b.procedureDate) || a.patientCode.localeCompare(b.patientCode))
    .map((c) => {
      const next = (seq.get(c.year) ?? 0) + 1;
      seq.set(c.year, next);
      return [formatRegistrationNumber(c.year, next), c];
    });
}

function countsByYear(list: readonly HistoryCase[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const c of list) counts.set(c.year, (counts.get(c.year) ?? 0) + 1);
  return counts;
}

function caseRow(registrationNumber: string, c: HistoryCase): typeof cases.$inferInsert {
  const at = noon(c.procedureDate);
  return {
    registrationNumber,
    facilityId: c.facilityId,
    operatorId: c.operatorId,
    patientCode: c.patientCode,
    patientInitials: c.initials,
    birthDate: `${c.year - 60 - (c.patientCode.length % 15)}-04-0${1 + (c.year % 9)}`,
    domestic: true,
    procedureDate: c.procedureDate,
    vessel: c.vessel,
    status: 'COMPLETE',
    registeredAt: at,
    completedAt: at,
    consentObtainedOn: c.procedureDate,
    followUpConsented: true,
    imagePublicationConsented: true,
    eligibility: { inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true }, exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false } },
    formState: 'SUBMITTED',
    submittedAt: at,
    consentWithdrawnOn: c.consentWithdrawnOn,
    consentWithdrawalReason: c.consentWithdrawnOn ? 'The patient withdrew consent to the use of their data' : null,
  };
}

/** [R19] each yearly follow-up whose window has opened by `today`, contacted on its anniversary (or today, if that is later); none after a death or a withdrawal. */
function followUpsDone(registrationNumber: string, c: HistoryCase, today: LocalDate, operatorAccount: string): (typeof followUps.$inferInsert)[] {
  if (c.died || c.consentWithdrawnOn) return [];
  const rows: (typeof followUps.$inferInsert)[] = [];
  for (let year = 1; year <= 5; year++) {
    const anniversary: LocalDate = `${Number(c.procedureDate.slice(0, 4)) + year}${c.procedureDate.slice(4)}`;
    if (addDays(anniversary, -60) > today) break;
    const contactedOn: LocalDate = anniversary < today ? anniversary : today;
    rows.push({ registrationNumber, year, contactedOn, vitalStatus: 'ALIVE', events: [], enteredByOperatorId: c.operatorId, recordedBy: operatorAccount, recordedAt: noon(contactedOn) });
  }
  return rows;
}

async function trail(tx: Executor, repos: Repositories, registrationNumber: string, c: HistoryCase, actorAccountId: string): Promise<void> {
  const at = noon(c.procedureDate);
  const registered = { domestic: true, procedureDate: c.procedureDate, vessel: c.vessel, eligibility: 'ELIGIBLE' };
  await repos.audit.append(
    tx,
    registrationNumber,
    [
      { action: 'REGISTER', newValue: JSON.stringify(registered) },
      { action: 'COMPLETE', field: 'status', oldValue: JSON.stringify('REGISTERED'), newValue: JSON.stringify('COMPLETE') },
    ],
    { actorAccountId, at, reason: null },
  );
  if (c.consentWithdrawnOn) {
    await repos.audit.append(tx, registrationNumber, [{ action: 'CONSENT_WITHDRAWN', field: 'consent.withdrawnOn', oldValue: null, newValue: JSON.stringify(c.consentWithdrawnOn) }], {
      actorAccountId,
      at: noon(c.consentWithdrawnOn),
      reason: 'The patient withdrew consent to the use of their data',
    });
  }
}

/**
 * The demo's post-freeze correction [R27][R28b]: after 2025 was presented, the committee
 * ruled that one of its adopted cases did have a complication. The rows the ruling consumer
 * writes (the change with the ruling as its reason, the audit entry), in one unit of work
 * and with no event, like the rest of the demo's past: the adjudication subgraph's demo
 * starts in 2026, so the ruling and its matter are named for the demo, not ids of its own.
 * The frozen report keeps its figures and lists the change beside them. Answers the case.
 */
export const DEMO_CORRECTION = { year: 2025, rulingId: 'demo-ruling-2025-complication', matterId: 'demo-matter-2025-complication', field: 'complication', at: '2026-03-16T03:00:00Z' } as const;

export async function writeCorrection(uow: CasesUnitOfWork, repos: Repositories): Promise<string> {
  const frozen = await repos.annualReports.frozenCases(DEMO_CORRECTION.year);
  return uow.run(async ({ tx }) => {
    for (const { registrationNumber } of [...frozen].sort((a, b) => a.registrationNumber.localeCompare(b.registrationNumber))) {
      const result = await repos.coreLab.result(registrationNumber, tx);
      if (!result || summarize(result.judgement).complication) continue;
      const at = new Date(DEMO_CORRECTION.at);
      const { rulingId, matterId, field } = DEMO_CORRECTION;
      await repos.coreLab.insertChange(tx, { rulingId, matterId, registrationNumber, field, fromValue: false, toValue: true, changedAt: at });
      await repos.audit.append(tx, registrationNumber, [{ action: 'RULING_CHANGED_RESULT', field: `officialResult.${field}`, oldValue: JSON.stringify(false), newValue: JSON.stringify(true) }], {
        actorAccountId: `ruling:${rulingId}`,
        at,
        reason: `Adjudication committee ruling ${rulingId} on matter ${matterId}`,
      });
      return registrationNumber;
    }
    throw new Error(`no adopted case of ${DEMO_CORRECTION.year} without a complication`);
  });
}
