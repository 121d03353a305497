import { SECTIONS_FOR_COMPLETION, type CrfSection } from '../form/crf-sections.ts';
import { requiredSeries, type ImageSeriesKind } from '../images/required-series.ts';

export interface CompletionGaps {
  complete: boolean;
  missingSections: CrfSection[];
  missingImageSeries: ImageSeriesKind[];
}

/** [R18] complete = the form through the procedure result, and the required image series. */
export function completionGaps(domestic: boolean, sections: readonly CrfSection[], series: readonly ImageSeriesKind[]): CompletionGaps {
  const missingSections = SECTIONS_FOR_COMPLETION.filter((s) => !sections.includes(s));
  const missingImageSeries = requiredSeries(domestic).filter((k) => !series.includes(k));
  return { complete: missingSections.length === 0 && missingImageSeries.length === 0, missingSections, missingImageSeries };
}
