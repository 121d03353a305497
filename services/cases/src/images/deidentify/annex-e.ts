import { createRequire } from 'node:module';

/**
 * PS3.15 Annex E, Table E.1-1 (DICOM 2024b), loaded from the published JSON, never retyped
 * [R31]. The copy beside this file is checked against its recorded SHA-256 by annex-e.test.ts.
 */
export const ANNEX_E_REVISION = '2024b';

export interface AnnexERow {
  name: string;
  /** `(0008,0050)`, or a range such as `(50XX,XXXX)`. */
  tag: string;
  /** Lower-case hex, `x` for a wildcard nibble: `00080050`, `50xxxxxx`. */
  id: string;
  basicProfile: string;
  rtnSafePrivOpt?: string;
  rtnUIDsOpt?: string;
  rtnDevIdOpt?: string;
  rtnInstIdOpt?: string;
  rtnPatCharsOpt?: string;
  rtnLongFullDatesOpt?: string;
  rtnLongModifDatesOpt?: string;
  cleanDescOpt?: string;
  cleanStructContOpt?: string;
  cleanGraphOpt?: string;
}

export type AnnexEOption = Exclude<keyof AnnexERow, 'name' | 'tag' | 'id' | 'basicProfile'>;

const require = createRequire(import.meta.url);
export const ANNEX_E_ROWS: readonly AnnexERow[] = require(`./data/confidentiality-profile-attributes-${ANNEX_E_REVISION}.json`) as AnnexERow[];

/** A row matched by exact tag or by a range pattern (even groups only, as the standard's repeating groups are). */
export interface AnnexETable {
  rows: readonly AnnexERow[];
  lookup(tag: string): AnnexERow | undefined;
}

export function annexETable(rows: readonly AnnexERow[] = ANNEX_E_ROWS): AnnexETable {
  const exact = new Map<string, AnnexERow>();
  const ranges: { row: AnnexERow; pattern: RegExp }[] = [];
  for (const row of rows) {
    const id = row.id.toLowerCase();
    if (id.includes('x')) ranges.push({ row, pattern: new RegExp(`^${id.replace(/x/g, '[0-9a-f]')}$`) });
    else exact.set(id, row);
  }
  return {
    rows,
    lookup(tag) {
      const t = tag.toLowerCase();
      const row = exact.get(t);
      if (row) return row;
      // Repeating groups 50xx (curves) and 60xx (overlays) are the even groups 5000–501E / 6000–601E.
      const group = parseInt(t.slice(0, 4), 16);
      if (group % 2 === 1) return undefined;
      return ranges.find((r) => r.pattern.test(t) && (group & 0xff) <= 0x1e)?.row;
    },
  };
}
