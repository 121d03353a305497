import type { AnnualReportContent } from './annual-report-figures.ts';

/** A post-freeze correction as the report lists it [R28b]. */
export interface CorrectionRecord {
  registrationNumber: string;
  field: string;
  from: unknown;
  to: unknown;
  rulingId: string;
  matterId: string;
  changedAt: Date;
}

export interface ReportView {
  content: AnnualReportContent;
  /** The canonical JSON of `content`: for a presented year, the stored text the SHA-256 covers. */
  contentJson: string;
  status: 'DRAFT' | 'PRESENTED';
  sha256: string | null;
  presentedAt: Date | null;
  presentedBy: string | null;
  corrections: CorrectionRecord[];
}

