import type { RegisterCaseInput } from '../cases/registration-input.ts';
import type { Vessel } from '../cases/case-repository.ts';
import type { BackgroundInput, LesionInput, OutcomeInput, ProcedureInput } from '../generated/resolvers.ts';

/** The four sections of the form as the API takes them. */
export interface ExampleForm {
  background: BackgroundInput;
  lesion: LesionInput;
  procedure: ProcedureInput;
  outcome: OutcomeInput;
}

/** Deterministic example data for the demo seed, the benchmark and tests. */
export const ELIGIBLE = {
  inclusion: { timiZeroFlow: true, occlusionAtLeastThreeMonths: true, nativeCoronaryArtery: true, adult: true },
  exclusion: { acuteCoronarySyndromeCulprit: false, declinedDataUse: false },
};

export function exampleRegistration(r: {
  facilityId: string;
  operatorId: string;
  patientCode: string;
  initials?: string;
  birthDate?: string;
  domestic?: boolean;
  procedureDate: string;
  vessel?: Vessel;
}): RegisterCaseInput {
  const domestic = r.domestic ?? true;
  return {
    facilityId: r.facilityId,
    operatorId: r.operatorId,
    patient: { code: r.patientCode, initials: r.initials ?? 'T.Y.', birthDate: r.birthDate ?? '1952-05-17' },
    domestic,
    procedureDate: r.procedureDate,
    vessel: r.vessel ?? 'RCA',
    consent: { obtainedOn: r.procedureDate, followUpConsented: domestic, imagePublicationConsented: true },
    eligibility: ELIGIBLE,
  };
}

/**
 * A whole CRF in the schema's input types (generated from schema/cases), so its enum values
 * are the schema's, not plain strings, and a client's document takes it as it is.
 */
export const EXAMPLE_FORM: ExampleForm = {
  background: {
    sex: 'MALE',
    heightCm: 168,
    weightKg: 66.5,
    hypertension: true,
    dyslipidemia: true,
    diabetes: 'NON_INSULIN',
    currentSmoker: false,
    chronicKidneyDisease: false,
    dialysis: false,
    priorMyocardialInfarction: false,
    priorPci: true,
    priorCabg: false,
    peripheralArteryDisease: false,
    priorStroke: false,
    leftVentricularEjectionFraction: 58,
  },
  lesion: {
    segment: 2,
    jcto: { bluntStump: true, calcification: true, bendingOver45: false, occlusionLength20mmOrMore: true, retryLesion: false },
    progressCto: { proximalCapAmbiguity: false, moderateOrSevereTortuosity: true, noInterventionalCollaterals: false },
    castle: { severeTortuosityOrUnseen: false, severeCalcification: false },
  },
  procedure: {
    strategies: [
      { strategy: 'ANTEGRADE_WIRE_ESCALATION', crossed: false },
      { strategy: 'RETROGRADE', crossed: true },
    ],
    devices: { guideCatheterFrench: 7, guidewireCount: 5, microcatheterCount: 2, dissectionReentrySystem: false, stentCount: 2, ivusUsed: true },
    contrastVolumeMl: 220,
    fluoroscopyTimeMin: 48.5,
    airKermaMGy: 2350,
  },
  outcome: {
    technicalSuccess: true,
    proceduralSuccess: true,
    complications: {
      death: false,
      myocardialInfarction: false,
      stroke: false,
      perforation: null,
      tamponade: false,
      emergencyCabg: false,
      donorVesselInjury: false,
      contrastNephropathy: false,
      accessSiteComplication: false,
    },
  },
};
