import { describe, expect, it } from 'vitest';
import { completionGaps } from './completion-rules.ts';

describe('completion [R18]', () => {
  const sections = ['BACKGROUND', 'LESION', 'PROCEDURE'] as const;

  it('should need pre-procedure and CTO-PCI angiograms always, and IVUS for a domestic case', () => {
    expect(completionGaps(true, sections, ['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO'])).toMatchObject({ complete: false, missingImageSeries: ['IVUS'] });
    expect(completionGaps(false, sections, ['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO'])).toMatchObject({ complete: true, missingImageSeries: [] });
  });

  it('should need the form through the procedure result', () => {
    expect(completionGaps(false, ['BACKGROUND'], ['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO'])).toMatchObject({ complete: false, missingSections: ['LESION', 'PROCEDURE'] });
  });
});
