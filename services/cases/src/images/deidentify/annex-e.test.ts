import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANNEX_E_REVISION, ANNEX_E_ROWS, annexETable } from './annex-e.ts';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

describe('PS3.15 Annex E table', () => {
  it('should be an unchanged copy of the shared 2024b table, 621 rows [R31]', () => {
    const shared = readFileSync(path.resolve(repoRoot, '../shared/dicom', `confidentiality-profile-attributes-${ANNEX_E_REVISION}.json`));
    const copy = readFileSync(fileURLToPath(new URL(`./data/confidentiality-profile-attributes-${ANNEX_E_REVISION}.json`, import.meta.url)));
    expect(copy.equals(shared)).toBe(true);
    expect(ANNEX_E_ROWS).toHaveLength(621);
  });

  it('should match repeating-group rows on even groups 50xx/60xx only [R31]', () => {
    const table = annexETable();
    expect(table.lookup('50000010')?.name).toBe('Curve Data');
    expect(table.lookup('601e3000')?.name).toBe('Overlay Data');
    expect(table.lookup('60014000')).toBeUndefined();
    expect(table.lookup('60203000')).toBeUndefined();
    expect(table.lookup('00100010')?.name).toBe("Patient's Name");
  });
});
