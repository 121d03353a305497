import type { Figures, Rate } from './annual-report-figures.ts';
import type { ReportView } from './annual-report-view.ts';

/** Where the gateway serves a year's CSV (annual-report-routes.ts, proxied like DICOMweb), with the same token as GraphQL. */
export const annualReportCsvPath = (year: number) => `/reports/annual/${year}.csv`;

/** numerator / denominator × 100 to one decimal; null over zero. */
export function percentOf(r: Rate): number | null {
  return r.denominator === 0 ? null : Math.round((r.numerator * 1000) / r.denominator) / 10;
}

export const CSV_COLUMNS = ['year', 'status', 'sha256', 'breakdown', 'group', 'figure', 'source', 'numerator', 'denominator', 'percent', 'from', 'to', 'ruling_id', 'changed_at'] as const;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The report as CSV [R27][R41]: one line per figure with its numerator and denominator
 * (the percentage beside them, derived), every breakdown in the order of the report, then
 * the post-freeze corrections of a presented year. CRLF line ends (RFC 4180).
 */
export function annualReportCsv(view: ReportView): string {
  const c = view.content;
  const head = [c.year, view.status, view.sha256];
  const lines: (string | number | null)[][] = [];
  const figureLines = (breakdown: string, group: string, f: Figures) => {
    const line = (figure: string, source: string, r: Rate) => lines.push([...head, breakdown, group, figure, source, r.numerator, r.denominator, percentOf(r), null, null, null, null]);
    line('CASES', 'REGISTRY', { numerator: f.cases, denominator: c.overall.cases });
    line('INDICATION_APPROPRIATE', 'CORE_LAB', f.indicationAppropriate);
    line('TECHNICAL_SUCCESS', 'CORE_LAB', f.technicalSuccess);
    line('PROCEDURE_SUCCESS', 'CORE_LAB', f.procedureSuccess);
    for (const x of f.complications) line(x.kind, x.source, x);
  };
  const a = c.adoption;
  for (const [figure, n] of [['ADOPTED', a.adopted], ['NOT_COMPLETE', a.notComplete], ['AWAITING_OFFICIAL_RESULT', a.awaitingOfficialResult], ['CONSENT_WITHDRAWN', a.consentWithdrawn]] as const) {
    lines.push([...head, 'ADOPTION', 'DOMESTIC_CASES', figure, 'REGISTRY', n, a.domesticCases, percentOf({ numerator: n, denominator: a.domesticCases }), null, null, null, null]);
  }
  figureLines('OVERALL', 'ALL', c.overall);
  for (const g of c.byJctoCategory) figureLines('JCTO_CATEGORY', g.category, g.figures);
  for (const g of c.byApproach) figureLines('APPROACH', g.approach, g.figures);
  for (const g of c.byExperienceBand) figureLines('EXPERIENCE_BAND', g.band, g.figures);
  for (const x of view.corrections) {
    lines.push([...head, 'POST_FREEZE_CORRECTION', x.registrationNumber, x.field, 'RULING', null, null, null, JSON.stringify(x.from), JSON.stringify(x.to), x.rulingId, x.changedAt.toISOString()]);
  }
  return [CSV_COLUMNS, ...lines].map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
