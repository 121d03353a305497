import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANNEX_E_REVISION, ANNEX_E_ROWS, annexETable } from './annex-e.ts';

/** SHA-256 of the shared original (`shared/dicom/…-2024b.json`), recorded in data/NOTICE.md: the test never reads shared/. */
const SHARED_SHA256 = 'a99a35d1278e2bace8d90ff791b11aea2d45f1e3e1230388eb5224c9dbcd29e6';

describe('PS3.15 Annex E table', () => {
  it('should be an unchanged copy of the shared 2024b table, 621 rows [R31]', () => {
    const copy = readFileSync(fileURLToPath(new URL(`./data/confidentiality-profile-attributes-${ANNEX_E_REVISION}.json`, import.meta.url)));
    expect(createHash('sha256').update(copy).digest('hex')).toBe(SHARED_SHA256);
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
