import { z } from 'zod';
import { canonicalJson } from './form-values.ts';

/**
 * The CTO-PCI case report form, section by section (DOMAIN.md "Cases, EDC and core lab").
 * These schemas validate ranges and consistency; the GraphQL input types give the shape.
 * Derived scores are not here: they are computed from these items (scores.ts).
 */
export const CrfSection = {
  Background: 'BACKGROUND',
  Lesion: 'LESION',
  Procedure: 'PROCEDURE',
  Outcome: 'OUTCOME',
  Judgement: 'JUDGEMENT',
} as const;
export type CrfSection = (typeof CrfSection)[keyof typeof CrfSection];

/** The input key of each section in `SaveCaseReportFormInput`. */
export const SECTION_KEYS = {
  background: CrfSection.Background,
  lesion: CrfSection.Lesion,
  procedure: CrfSection.Procedure,
  outcome: CrfSection.Outcome,
  judgement: CrfSection.Judgement,
} as const;
export type SectionKey = keyof typeof SECTION_KEYS;

/** [R18] "the form through the procedure result": what completion needs besides the images. */
export const SECTIONS_FOR_COMPLETION: readonly CrfSection[] = [CrfSection.Background, CrfSection.Lesion, CrfSection.Procedure];

const int = (min: number, max: number) => z.number().int('A whole number').min(min, `At least ${min}`).max(max, `At most ${max}`);
const num = (min: number, max: number) => z.number().min(min, `At least ${min}`).max(max, `At most ${max}`);

export const backgroundSchema = z.object({
  sex: z.enum(['MALE', 'FEMALE']),
  heightCm: num(100, 230),
  weightKg: num(25, 250),
  hypertension: z.boolean(),
  dyslipidemia: z.boolean(),
  diabetes: z.enum(['NONE', 'NON_INSULIN', 'INSULIN']),
  currentSmoker: z.boolean(),
  chronicKidneyDisease: z.boolean(),
  dialysis: z.boolean(),
  priorMyocardialInfarction: z.boolean(),
  priorPci: z.boolean(),
  priorCabg: z.boolean(),
  peripheralArteryDisease: z.boolean(),
  priorStroke: z.boolean(),
  leftVentricularEjectionFraction: int(5, 90),
});

export const lesionSchema = z.object({
  /** AHA segment 1–15. */
  segment: int(1, 15),
  jcto: z.object({
    bluntStump: z.boolean(),
    calcification: z.boolean(),
    bendingOver45: z.boolean(),
    occlusionLength20mmOrMore: z.boolean(),
    retryLesion: z.boolean(),
  }),
  progressCto: z.object({
    proximalCapAmbiguity: z.boolean(),
    moderateOrSevereTortuosity: z.boolean(),
    noInterventionalCollaterals: z.boolean(),
  }),
  castle: z.object({
    severeTortuosityOrUnseen: z.boolean(),
    severeCalcification: z.boolean(),
  }),
});

const strategy = z.enum(['ANTEGRADE_WIRE_ESCALATION', 'ANTEGRADE_DISSECTION_REENTRY', 'RETROGRADE']);

export const procedureSchema = z
  .object({
    /** In the order tried; each with whether it crossed. */
    strategies: z
      .array(z.object({ strategy, crossed: z.boolean() }))
      .min(1, 'At least one strategy was tried')
      .refine((a) => new Set(a.map((s) => s.strategy)).size === a.length, 'Each strategy is listed once'),
    devices: z.object({
      guideCatheterFrench: int(4, 8),
      guidewireCount: int(0, 50),
      microcatheterCount: int(0, 20),
      dissectionReentrySystem: z.boolean(),
      stentCount: int(0, 10),
      ivusUsed: z.boolean(),
    }),
    contrastVolumeMl: num(0, 2000),
    fluoroscopyTimeMin: num(0, 600),
    airKermaMGy: num(0, 30000),
  })
  .superRefine((p, ctx) => {
    const crossedAt = p.strategies.findIndex((s) => s.crossed);
    if (crossedAt >= 0 && crossedAt < p.strategies.length - 1) {
      ctx.addIssue({ code: 'custom', path: ['strategies', crossedAt + 1], message: 'No strategy is tried after the lesion was crossed' });
    }
  });

export const outcomeSchema = z
  .object({
    technicalSuccess: z.boolean(),
    proceduralSuccess: z.boolean(),
    complications: z.object({
      death: z.boolean(),
      myocardialInfarction: z.boolean(),
      stroke: z.boolean(),
      /** Ellis class; null when there was no perforation. */
      perforation: z.enum(['ELLIS_I', 'ELLIS_II', 'ELLIS_III', 'ELLIS_III_CAVITY_SPILLING']).nullable(),
      tamponade: z.boolean(),
      emergencyCabg: z.boolean(),
      donorVesselInjury: z.boolean(),
      contrastNephropathy: z.boolean(),
      accessSiteComplication: z.boolean(),
    }),
  })
  .superRefine((o, ctx) => {
    const c = o.complications;
    if (o.proceduralSuccess && !o.technicalSuccess) {
      ctx.addIssue({ code: 'custom', path: ['proceduralSuccess'], message: 'Procedural success needs technical success' });
    }
    // Procedural success: technical success without in-hospital major adverse cardiac events.
    if (o.proceduralSuccess && (c.death || c.myocardialInfarction || c.stroke || c.emergencyCabg || c.tamponade)) {
      ctx.addIssue({ code: 'custom', path: ['proceduralSuccess'], message: 'Procedural success excludes in-hospital major complications' });
    }
  });

/** [R28a] the operator's own reading of the angiogram, to be compared with the core lab's. */
export const judgementSchema = z.object({
  trueChronicTotalOcclusion: z.boolean(),
  finalTimiFlow: int(0, 3),
  residualStenosisPercent: int(0, 100),
  comment: z.string().trim().max(2000).nullable().optional(),
});

export const SECTION_SCHEMAS = {
  BACKGROUND: backgroundSchema,
  LESION: lesionSchema,
  PROCEDURE: procedureSchema,
  OUTCOME: outcomeSchema,
  JUDGEMENT: judgementSchema,
} as const;

export type Background = z.output<typeof backgroundSchema>;
export type Lesion = z.output<typeof lesionSchema>;
export type Procedure = z.output<typeof procedureSchema>;
export type Outcome = z.output<typeof outcomeSchema>;
export type Judgement = z.output<typeof judgementSchema>;

export interface FormData {
  BACKGROUND?: Background;
  LESION?: Lesion;
  PROCEDURE?: Procedure;
  OUTCOME?: Outcome;
  JUDGEMENT?: Judgement;
}

/**
 * A section as leaf paths and JSON values, so the audit trail records field by field:
 * `procedure.devices.stentCount` → `"2"`. Arrays are one field (the strategy sequence),
 * written with sorted keys so that only a change of value is a change.
 */
export function flatten(prefix: string, value: unknown, out: Map<string, string> = new Map()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(`${prefix}.${k}`, v, out);
  } else if (value !== undefined) {
    out.set(prefix, canonicalJson(value));
  }
  return out;
}

/** Whether a dotted path names a field of the form (data queries point at one). */
export function isFormField(path: string): boolean {
  const [key, ...rest] = path.split('.');
  if (!key || !(key in SECTION_KEYS) || rest.length === 0) return false;
  let shape: unknown = SECTION_SCHEMAS[SECTION_KEYS[key as SectionKey]];
  for (const part of rest) {
    const inner = unwrap(shape);
    if (!inner || !(part in inner)) return false;
    shape = inner[part];
  }
  return true;
}

function unwrap(schema: unknown): Record<string, unknown> | undefined {
  let s = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown } } | undefined;
  for (let i = 0; s && !s.shape && i < 4; i++) s = (s.def?.innerType ?? s.def?.in) as typeof s;
  return s?.shape;
}
