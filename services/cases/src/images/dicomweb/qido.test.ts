import { describe, expect, it } from 'vitest';
import type { ImageInstanceRecord } from '../upload/image-instance-repository.ts';
import { parseQido } from './qido.ts';

const instance = (attributes: ImageInstanceRecord['attributes']): ImageInstanceRecord =>
  ({ registrationNumber: 'CTO-2026-00001', kind: 'IVUS', studyInstanceUid: '2.25.1', seriesInstanceUid: '2.25.2', sopInstanceUid: '2.25.3', sopClassUid: '1.2.840.10008.5.1.4.1.1.3.1', modality: 'IVUS', attributes }) as ImageInstanceRecord;
const stored = instance({
  '00080030': { vr: 'TM', Value: ['103015.25'] },
  '00080020': { vr: 'DA', Value: ['20251224'] },
  '00080070': { vr: 'LO', Value: ['東芝メディカル'] },
  '00081090': { vr: 'LO', Value: ['ｶﾃｰﾃﾙ'] },
  '00200011': { vr: 'IS', Value: [3] },
});
const matches = (query: Record<string, string>) => parseQido(query).matches(stored);

describe('QIDO-RS matching (PS3.4 C.2.2.2, PS3.18 8.3.4)', () => {
  it('should match time ranges at any precision, a bound padded to the end of its unit', () => {
    expect(matches({ StudyTime: '1030' })).toBe(true);
    expect(matches({ StudyTime: '-1030' })).toBe(true);
    expect(matches({ StudyTime: '1031-' })).toBe(false);
    expect(matches({ StudyTime: '103016-' })).toBe(false);
    expect(matches({ StudyTime: '10-11' })).toBe(true);
  });

  it('should match dates by single value and range, and refuse a malformed one on its parameter', () => {
    expect(matches({ StudyDate: '20251201-20251231' })).toBe(true);
    expect(matches({ StudyDate: '20251225-' })).toBe(false);
    expect(() => matches({ StudyDate: '2025-12-24' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'query.StudyDate' }) }));
  });

  it('should match Japanese text literally, with wildcards, case left alone outside person names', () => {
    expect(matches({ Manufacturer: '東芝*' })).toBe(true);
    expect(matches({ Manufacturer: '東芝' })).toBe(false);
    expect(matches({ ManufacturerModelName: 'ｶﾃ?ﾃﾙ' })).toBe(true);
    expect(matches({ PatientName: 'cto-2026-*' })).toBe(true);
    expect(matches({ PatientID: 'cto-2026-00001' })).toBe(false);
  });

  it('should match UID lists split by comma or backslash, numbers by value, and an empty value universally', () => {
    expect(matches({ SOPInstanceUID: '2.25.9\\2.25.3' })).toBe(true);
    expect(matches({ SeriesInstanceUID: '2.25.9,2.25.8' })).toBe(false);
    expect(matches({ SeriesNumber: '3' })).toBe(true);
    expect(matches({ AccessionNumber: '' })).toBe(true);
    expect(matches({ '00100020': 'CTO-2026-00001' })).toBe(true);
  });

  it('should refuse limit and offset that are not whole numbers, and warn of what it does not do', () => {
    expect(() => parseQido({ limit: 'ten' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'query.limit' }) }));
    expect(parseQido({ limit: '5000' }).limit).toBe(1000);
    expect(parseQido({ 'ReferencedStudySequence.ReferencedSOPInstanceUID': '1.2' }).warnings).toHaveLength(1);
    expect(parseQido({ OperatorsName: 'x' }).warnings[0]).toMatch(/does not keep/);
  });
});
