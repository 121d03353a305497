/**
 * [R18] The image series a registration needs: the pre-procedure angiogram (or a control
 * angiogram showing every branch) and the CTO-PCI angiogram always; IVUS for domestic cases.
 */
export const ImageSeriesKind = {
  PreProcedureAngio: 'PRE_PROCEDURE_ANGIO',
  CtoPciAngio: 'CTO_PCI_ANGIO',
  Ivus: 'IVUS',
} as const;
export type ImageSeriesKind = (typeof ImageSeriesKind)[keyof typeof ImageSeriesKind];

export function requiredSeries(domestic: boolean): ImageSeriesKind[] {
  return domestic
    ? [ImageSeriesKind.PreProcedureAngio, ImageSeriesKind.CtoPciAngio, ImageSeriesKind.Ivus]
    : [ImageSeriesKind.PreProcedureAngio, ImageSeriesKind.CtoPciAngio];
}
