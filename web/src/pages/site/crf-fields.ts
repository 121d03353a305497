import type { SiteFormFragment } from '../../gql/graphql';

/**
 * The CTO-PCI form's fields as the page enters them, section by section, with the ranges the
 * API checks (services/cases/src/form/crf-sections.ts) so a refusal of a range can say it.
 * The strategies (an ordered list) are entered apart.
 */
export type FieldKind = { kind: 'bool' } | { kind: 'number'; min: number; max: number; int?: boolean } | { kind: 'enum'; options: readonly string[] } | { kind: 'text' };
export interface FieldSpec {
  /** The path under the section, e.g. `jcto.bluntStump`. */
  path: string;
  type: FieldKind;
  /** A nullable field: empty is sent as null. */
  optional?: boolean;
}
export type SectionKey = 'background' | 'lesion' | 'procedure' | 'outcome' | 'judgement';

const bool: FieldKind = { kind: 'bool' };
const int = (min: number, max: number): FieldKind => ({ kind: 'number', min, max, int: true });
const num = (min: number, max: number): FieldKind => ({ kind: 'number', min, max });

export const SECTIONS: { key: SectionKey; api: string; fields: FieldSpec[] }[] = [
  {
    key: 'background',
    api: 'BACKGROUND',
    fields: [
      { path: 'sex', type: { kind: 'enum', options: ['MALE', 'FEMALE'] } },
      { path: 'heightCm', type: num(100, 230) },
      { path: 'weightKg', type: num(25, 250) },
      { path: 'leftVentricularEjectionFraction', type: int(5, 90) },
      { path: 'diabetes', type: { kind: 'enum', options: ['NONE', 'NON_INSULIN', 'INSULIN'] } },
      ...['hypertension', 'dyslipidemia', 'currentSmoker', 'chronicKidneyDisease', 'dialysis', 'priorMyocardialInfarction', 'priorPci', 'priorCabg', 'peripheralArteryDisease', 'priorStroke'].map((path) => ({ path, type: bool })),
    ],
  },
  {
    key: 'lesion',
    api: 'LESION',
    fields: [
      { path: 'segment', type: int(1, 15) },
      ...['jcto.bluntStump', 'jcto.calcification', 'jcto.bendingOver45', 'jcto.occlusionLength20mmOrMore', 'jcto.retryLesion'].map((path) => ({ path, type: bool })),
      ...['progressCto.proximalCapAmbiguity', 'progressCto.moderateOrSevereTortuosity', 'progressCto.noInterventionalCollaterals'].map((path) => ({ path, type: bool })),
      ...['castle.severeTortuosityOrUnseen', 'castle.severeCalcification'].map((path) => ({ path, type: bool })),
    ],
  },
  {
    key: 'procedure',
    api: 'PROCEDURE',
    fields: [
      { path: 'devices.guideCatheterFrench', type: int(4, 8) },
      { path: 'devices.guidewireCount', type: int(0, 50) },
      { path: 'devices.microcatheterCount', type: int(0, 20) },
      { path: 'devices.stentCount', type: int(0, 10) },
      { path: 'devices.dissectionReentrySystem', type: bool },
      { path: 'devices.ivusUsed', type: bool },
      { path: 'contrastVolumeMl', type: num(0, 2000) },
      { path: 'fluoroscopyTimeMin', type: num(0, 600) },
      { path: 'airKermaMGy', type: num(0, 30000) },
    ],
  },
  {
    key: 'outcome',
    api: 'OUTCOME',
    fields: [
      { path: 'technicalSuccess', type: bool },
      { path: 'proceduralSuccess', type: bool },
      ...['death', 'myocardialInfarction', 'stroke', 'tamponade', 'emergencyCabg', 'donorVesselInjury', 'contrastNephropathy', 'accessSiteComplication'].map((c) => ({ path: `complications.${c}`, type: bool })),
      { path: 'complications.perforation', type: { kind: 'enum', options: ['ELLIS_I', 'ELLIS_II', 'ELLIS_III', 'ELLIS_III_CAVITY_SPILLING'] }, optional: true },
    ],
  },
  {
    key: 'judgement',
    api: 'JUDGEMENT',
    fields: [
      { path: 'trueChronicTotalOcclusion', type: bool },
      { path: 'finalTimiFlow', type: int(0, 3) },
      { path: 'residualStenosisPercent', type: int(0, 100) },
      { path: 'comment', type: { kind: 'text' }, optional: true },
    ],
  },
];

export const STRATEGIES = ['ANTEGRADE_WIRE_ESCALATION', 'ANTEGRADE_DISSECTION_REENTRY', 'RETROGRADE'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export interface StrategyRow {
  strategy: Strategy | '';
  crossed: boolean;
}

/** What the page holds: each field by `section.path`, a checkbox as a boolean, anything else as the text typed. */
export type Values = Record<string, string | boolean>;

export interface FormDraft {
  values: Values;
  strategies: StrategyRow[];
  /** The sections entered (saved before, or touched on this page): only these are sent. */
  entered: Set<SectionKey>;
}

function read(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** The page's draft from the saved form. */
export function draftOf(form: SiteFormFragment | null | undefined): FormDraft {
  const values: Values = {};
  const entered = new Set<SectionKey>();
  for (const section of SECTIONS) {
    const saved = form?.[section.key] ?? null;
    if (saved) entered.add(section.key);
    for (const f of section.fields) {
      const v = saved ? read(saved, f.path) : undefined;
      values[`${section.key}.${f.path}`] = f.type.kind === 'bool' ? v === true : v === null || v === undefined ? '' : String(v);
    }
  }
  const strategies = form?.procedure?.strategies.map((s) => ({ strategy: s.strategy, crossed: s.crossed })) ?? [{ strategy: '' as const, crossed: false }];
  return { values, strategies, entered };
}

function write(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = obj;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]!] = value;
}

/**
 * The sections to send, and the fields left empty (each named by the API's path, so the
 * same message place shows them). A number the browser cannot read is sent as NaN's
 * refusal: it is named here, never sent.
 */
export function inputOf(draft: FormDraft): { sections: Partial<Record<SectionKey, Record<string, unknown>>>; empty: string[] } {
  const sections: Partial<Record<SectionKey, Record<string, unknown>>> = {};
  const empty: string[] = [];
  for (const section of SECTIONS) {
    if (!draft.entered.has(section.key)) continue;
    const out: Record<string, unknown> = {};
    for (const f of section.fields) {
      const raw = draft.values[`${section.key}.${f.path}`];
      if (f.type.kind === 'bool') write(out, f.path, raw === true);
      else if (raw === '' || raw === undefined) {
        if (f.optional) write(out, f.path, null);
        else empty.push(`input.${section.key}.${f.path}`);
      } else if (f.type.kind === 'number') {
        const n = Number(raw);
        if (Number.isNaN(n)) empty.push(`input.${section.key}.${f.path}`);
        else write(out, f.path, n);
      } else write(out, f.path, raw);
    }
    if (section.key === 'procedure') {
      draft.strategies.forEach((s, i) => {
        if (!s.strategy) empty.push(`input.procedure.strategies.${i}`);
      });
      out['strategies'] = draft.strategies.filter((s) => s.strategy).map((s) => ({ strategy: s.strategy, crossed: s.crossed }));
    }
    sections[section.key] = out;
  }
  return { sections, empty };
}
