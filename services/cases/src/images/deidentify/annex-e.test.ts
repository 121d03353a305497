import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANNEX_E_REVISION, ANNEX_E_ROWS, annexETable } from './annex-e.ts';

const dataFile = (name: string) => readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)));

describe('PS3.15 Annex E table', () => {
  it('should be an unchanged copy of the 2024b table, by its recorded SHA-256, 621 rows [R31]', () => {
    const name = `confidentiality-profile-attributes-${ANNEX_E_REVISION}.json`;
    const recorded = dataFile(`${name}.sha256`).toString('utf8').split(/\s+/)[0];
    expect(createHash('sha256').update(dataFile(name)).digest('hex')).toBe(recorded);
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
