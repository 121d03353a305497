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

/**
 * Every series slot an upload may name: the required ones, and further runs of the same
 * kinds ("more series allowed"). A fixed list, not free text: the slot name reaches the
 * library and the core lab, so it must never carry a name or a place [R25][R33].
 */
export const SERIES_SLOTS = [...Object.values(ImageSeriesKind), 'ADDITIONAL_ANGIO', 'ADDITIONAL_IVUS'] as const;
export type SeriesSlot = (typeof SERIES_SLOTS)[number];

export const isSeriesSlot = (kind: string): kind is SeriesSlot => (SERIES_SLOTS as readonly string[]).includes(kind);
