import type { IssuedLineRecord, IssuedStatementRecord } from './fee-statement-repository.ts';

/** An issued statement with its lines and, once corrected, the statement that replaced it [R20]. */
export interface IssuedStatementView extends IssuedStatementRecord {
  lines: IssuedLineRecord[];
  replacedById: string | null;
}
