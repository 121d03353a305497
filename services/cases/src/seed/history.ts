import type { CoreLabJudgement, JudgementField } from '../core-lab/read-fields.ts';
import { JUDGEMENT_FIELDS } from '../core-lab/read-fields.ts';
import type { Provenance } from '../core-lab/concordance.ts';
import { CrfSection } from '../form/crf-sections.ts';
import type { Vessel } from '../cases/case-repository.ts';
import { progressCtoScore } from '@registry/scores';
import { EXAMPLE_FORM } from './fixtures.ts';

/**
 * The demo registry's past: completed domestic cases of 2024 and 2025 with official
 * results, so that the annual report [R27][R41], the data releases [R21a] and the
 * monitoring have years to show. Deterministic (a function of the index), spread over the
 * certified demo operators, every J-CTO category, both approaches and a few
 * complications. The 2026 demo cases (seed/demo.ts) are not touched: their numbers are
 * issued after these only in their own year's counter.
 */
export interface HistoryCase {
  year: number;
  operatorId: string;
  facilityId: string;
  patientCode: string;
  initials: string;
  procedureDate: string;
  vessel: Vessel;
  sections: { section: CrfSection; data: unknown }[];
  judgement: CoreLabJudgement;
  /** [T8] consent withdrawn before the year was presented: registered, never adopted. */
  consentWithdrawnOn: string | null;
  /** Died in hospital: no follow-up is owed [R19]. */
  died: boolean;
}

const OPERATORS: Record<string, string> = { OP0001: 'F001', OP0002: 'F002', OP0003: 'F003', OP0004: 'F004', OP0005: 'F005', OP0006: 'F001' };
const VESSELS: Vessel[] = ['RCA', 'LAD', 'LCX', 'RCA', 'LAD'];
/** Cases per past year: enough for every table of the report to have more than a handful. */
export const HISTORY_YEARS: Record<number, number> = { 2024: 36, 2025: 42 };

const pad = (n: number) => String(n).padStart(2, '0');

/** The operator whose 2025 the demo's risk-adjusted monitoring flags beyond 99.8 % [R15][R38] (docs/monitoring.md). */
export const FLAGGED_OPERATOR = { operatorId: 'OP0005', year: 2025 } as const;

/** A fixed draw in [0, 1) for a case, the same every time: the fraction of a sine, a common shader hash. */
const draw = (year: number, i: number) => {
  const x = Math.sin(year * 12.9898 + i * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

/**
 * Technical success falls with the lesion's difficulty, as the scores' authors found
 * (about 97 % at J-CTO 0 and 55 % at 4; a PROGRESS-CTO point costs a little less), so
 * that the monitoring's model has something to find; the flagged operator's year
 * succeeds far less often than its lesions predict.
 */
function succeeded(year: number, i: number, operatorId: string, jcto: number, progress: number): boolean {
  const p = 1 / (1 + Math.exp(-(3.4 - 0.8 * jcto - 0.35 * progress)));
  const flagged = operatorId === FLAGGED_OPERATOR.operatorId && year === FLAGGED_OPERATOR.year;
  return draw(year, i) < (flagged ? p * 0.3 : p);
}

function historyCase(year: number, i: number): HistoryCase {
  const operatorId = Object.keys(OPERATORS)[i % 6]!;
  const facilityId = OPERATORS[operatorId]!;
  const k = i + year;
  const jcto = { bluntStump: k % 2 === 0, calcification: k % 3 === 0, bendingOver45: k % 4 === 1, occlusionLength20mmOrMore: k % 5 < 2, retryLesion: k % 7 === 0 };
  const score = Object.values(jcto).filter(Boolean).length;
  const progressCto = { proximalCapAmbiguity: k % 5 === 3, moderateOrSevereTortuosity: k % 3 === 1, noInterventionalCollaterals: k % 4 === 2 };
  const technicalSuccess = succeeded(year, i, operatorId, score, progressCtoScore(progressCto, VESSELS[i % VESSELS.length]!));
  const perforation = k % 17 === 5 ? 'ELLIS_III' : k % 11 === 3 ? 'ELLIS_II' : k % 13 === 7 ? 'ELLIS_I' : null;
  const death = i === 20;
  const emergencyCabg = year === 2025 && i === 31;
  const tamponade = perforation === 'ELLIS_III';
  const retrograde = k % 3 === 0;
  const strategies = retrograde
    ? [{ strategy: 'ANTEGRADE_WIRE_ESCALATION' as const, crossed: false }, { strategy: 'RETROGRADE' as const, crossed: technicalSuccess }]
    : [{ strategy: 'ANTEGRADE_WIRE_ESCALATION' as const, crossed: technicalSuccess }];
  const majorEvent = death || emergencyCabg || tamponade;
  const outcome = {
    technicalSuccess,
    proceduralSuccess: technicalSuccess && !majorEvent,
    complications: { ...EXAMPLE_FORM.outcome.complications, death, emergencyCabg, tamponade, perforation },
  };
  const procedureDate = `${year}-${pad(1 + (i % 12))}-${pad(1 + ((i * 7) % 27))}`;
  return {
    year,
    operatorId,
    facilityId,
    patientCode: `${facilityId}-H${year}${String(i).padStart(3, '0')}`,
    initials: `${String.fromCharCode(65 + (k % 26))}.${String.fromCharCode(65 + ((k * 3) % 26))}.`,
    procedureDate,
    vessel: VESSELS[i % VESSELS.length]!,
    sections: [
      { section: CrfSection.Background, data: { ...EXAMPLE_FORM.background, sex: i % 4 === 0 ? 'FEMALE' : 'MALE', diabetes: i % 3 === 0 ? 'NONE' : 'NON_INSULIN', leftVentricularEjectionFraction: 40 + (k % 25) } },
      { section: CrfSection.Lesion, data: { ...EXAMPLE_FORM.lesion, segment: 1 + (k % 15), jcto, progressCto } },
      { section: CrfSection.Procedure, data: { ...EXAMPLE_FORM.procedure, strategies, contrastVolumeMl: 150 + (k % 9) * 20, fluoroscopyTimeMin: 30 + (k % 11) * 5 } },
      { section: CrfSection.Outcome, data: outcome },
    ],
    judgement: {
      ctoStatus: 'CTO_CONFIRMED',
      bluntStump: jcto.bluntStump,
      calcification: jcto.calcification,
      bending: jcto.bendingOver45,
      occlusionLength20mm: jcto.occlusionLength20mmOrMore,
      retryLesion: jcto.retryLesion,
      timiBefore: 0,
      timiAfter: technicalSuccess ? 3 : 0,
      residualStenosis: technicalSuccess ? 10 + (k % 4) * 5 : 100,
      sideBranchLoss: k % 19 === 2,
      technicalSuccess,
      perforation: perforation ?? 'NONE',
      noReflow: k % 23 === 1,
      dissection: k % 29 === 3,
    },
    // One case a year withdrew consent before the year was presented [T8]: kept, never adopted.
    consentWithdrawnOn: i === 7 ? `${year}-12-20` : null,
    died: death,
  };
}

/** Past years of `n` cases each, made as the demo's are: the benchmark and the large-release test ask for more [#11]. */
export const historyCases = (years: Record<number, number>): HistoryCase[] => Object.entries(years).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => historyCase(Number(year), i)));

export const HISTORY_CASES: HistoryCase[] = historyCases(HISTORY_YEARS);

/** Both readers agreed on every field [R26]. */
export const AGREED_PROVENANCE = Object.fromEntries(JUDGEMENT_FIELDS.map((f) => [f, 'AGREED'])) as Record<JudgementField, Provenance>;
