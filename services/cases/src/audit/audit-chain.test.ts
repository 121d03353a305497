import { describe, expect, it } from 'vitest';
import { chain, GENESIS_HASH, verifyChain, type AuditContent } from './audit-chain.ts';

const content = (seq: number, newValue: string): AuditContent => ({
  registrationNumber: 'CTO-2026-00001',
  seq,
  action: 'EDIT',
  field: 'procedure.contrastVolumeMl',
  oldValue: null,
  newValue,
  reason: null,
  actorAccountId: 'a1',
  at: new Date('2026-04-02T01:02:03.004Z'),
});

describe('hash-chained audit trail [T14.1]', () => {
  const entries = chain([content(1, '100'), content(2, '120'), content(3, '150'), content(4, '180')], GENESIS_HASH);

  it('should verify an untouched chain', () => {
    expect(verifyChain(entries)).toEqual({ intact: true, checkedEntries: 4, firstAlteredSeq: null });
  });

  it('should find an altered value at exactly that entry', () => {
    const tampered = entries.map((e) => (e.seq === 3 ? { ...e, newValue: '90' } : e));
    expect(verifyChain(tampered).firstAlteredSeq).toBe(3);
  });

  it('should find a rehashed entry at the next link', () => {
    const tampered = entries.map((e) => (e.seq === 2 ? { ...e, hash: 'f'.repeat(64) } : e));
    expect(verifyChain(tampered).firstAlteredSeq).toBe(2);
  });

  it('should find a removed entry where the chain breaks', () => {
    expect(verifyChain(entries.filter((e) => e.seq !== 2)).firstAlteredSeq).toBe(3);
  });
});
