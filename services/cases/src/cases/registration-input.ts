import { z } from 'zod';
import { calendarDate, pastDate } from '../shared/dates.ts';
import { text } from '../shared/text.ts';
import type { EligibilityAnswers } from './eligibility.ts';
import type { Vessel } from './case-repository.ts';

export interface RegisterCaseInput {
  facilityId: string;
  operatorId: string;
  patient: { code: string; initials: string; birthDate: string };
  domestic: boolean;
  procedureDate: string;
  vessel: Vessel;
  consent?: { obtainedOn: string; followUpConsented: boolean; imagePublicationConsented: boolean } | null;
  eligibility: EligibilityAnswers;
}

/** Ranges and dates of a registration; consent and eligibility are judged by the service. */
export function registrationSchema(today: string) {
  return z
    .object({
      facilityId: text(20),
      operatorId: text(20),
      patient: z.object({
        code: text(40),
        initials: z.string().trim().regex(/^[A-Za-z]\.?\s?[A-Za-z]\.?$/, 'Initials are two letters, e.g. T.Y.'),
        birthDate: pastDate(today),
      }),
      domestic: z.boolean(),
      procedureDate: pastDate(today),
      vessel: z.enum(['LAD', 'LCX', 'RCA', 'LM']),
      consent: z.object({ obtainedOn: pastDate(today), followUpConsented: z.boolean(), imagePublicationConsented: z.boolean() }).nullable().optional(),
      eligibility: z.object({
        inclusion: z.object({ timiZeroFlow: z.boolean(), occlusionAtLeastThreeMonths: z.boolean(), nativeCoronaryArtery: z.boolean(), adult: z.boolean() }),
        exclusion: z.object({ acuteCoronarySyndromeCulprit: z.boolean(), declinedDataUse: z.boolean() }),
      }),
    })
    .superRefine((r, ctx) => {
      if (calendarDate.safeParse(r.procedureDate).success && r.procedureDate < r.patient.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['procedureDate'], message: 'The procedure date is before the birth date' });
      }
      if (r.consent && r.consent.obtainedOn < r.patient.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['consent', 'obtainedOn'], message: 'The consent date is before the birth date' });
      }
    });
}
