import { statementNumberOf } from './fee-statement-number.ts';
import type { IssuedStatementView } from './fee-statement-view.ts';

/** Where the gateway serves an issued statement's CSV (fee-routes.ts, under the `/reports` proxy), with the same token as GraphQL. */
export const feeStatementCsvPath = (id: string) => `/reports/fees/${id}.csv`;

export const FEE_CSV_COLUMNS = ['statement', 'facility_id', 'year', 'revision', 'replaces', 'issued_at', 'registration_number', 'procedure_date', 'registration_fee', 'acute_result_fee', 'follow_up_years', 'follow_up_fee', 'total'] as const;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * [R20] An issued statement as the facility's office files it: one line per adopted case
 * with its three fee items (yen), then a TOTAL line; the statement it replaces by number.
 * CRLF line ends (RFC 4180).
 */
export function feeStatementCsv(s: IssuedStatementView): string {
  const replaces = s.replaces === null ? null : statementNumberOf(s.year, s.facilityId, s.revision - 1);
  const head = [s.number, s.facilityId, s.year, s.revision, replaces, s.issuedAt.toISOString()];
  const lines = s.lines.map((l) => [...head, l.registrationNumber, l.procedureDate, l.registrationFee, l.acuteResultFee, l.followUpYears, l.followUpFee, l.total]);
  const sum = (k: 'registrationFee' | 'acuteResultFee' | 'followUpYears' | 'followUpFee') => s.lines.reduce((n, l) => n + l[k], 0);
  const total = [...head, 'TOTAL', null, sum('registrationFee'), sum('acuteResultFee'), sum('followUpYears'), sum('followUpFee'), s.total];
  return [FEE_CSV_COLUMNS, ...lines, total].map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
