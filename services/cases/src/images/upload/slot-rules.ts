import type { HeaderFacts } from '../dicom/stream-deidentify.ts';
import { DicomRefusal } from '../dicom/refusal.ts';
import { ImageSeriesKind } from '../required-series.ts';

const XA = ['1.2.840.10008.5.1.4.1.1.12.1', '1.2.840.10008.5.1.4.1.1.12.1.1'];
const US = ['1.2.840.10008.5.1.4.1.1.3.1', '1.2.840.10008.5.1.4.1.1.6.1', '1.2.840.10008.5.1.4.1.1.6.2'];
/** Secondary capture (single and multi-frame): a workstation's export of a run. */
const SC = /^1\.2\.840\.10008\.5\.1\.4\.1\.1\.7(\.[1-4])?$/;

/**
 * [R18] What each series slot accepts: angiograms (required or additional) are X-ray
 * angiography or a secondary capture of one; IVUS slots are ultrasound or a secondary capture.
 */
export function assertSopClassFits(kind: string, sopClassUid: string): void {
  const angio = XA.includes(sopClassUid) || SC.test(sopClassUid);
  const ivus = US.includes(sopClassUid) || SC.test(sopClassUid);
  const isIvus = kind === ImageSeriesKind.Ivus || kind === 'ADDITIONAL_IVUS';
  const fits = isIvus ? ivus : angio;
  if (!fits) throw new DicomRefusal('WRONG_SOP_CLASS', `SOP class ${sopClassUid} is not accepted for the ${kind} series`);
}

/**
 * The study date must belong to the case: the CTO-PCI run and IVUS on the procedure day
 * (±1 day for runs across midnight or time zones); the pre-procedure (or control) angiogram
 * within the year before the procedure, up to the procedure day. A file without a study date
 * is accepted: the date is then no evidence either way.
 */
export function assertStudyDateFits(kind: string, studyDate: string | undefined, procedureDate: string): void {
  if (!studyDate) return;
  // ACR-NEMA era files write "1994.01.30"; the dots carry no meaning.
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(studyDate.replace(/\./g, ''));
  if (!m) throw new DicomRefusal('STUDY_DATE_OUT_OF_RANGE', 'The study date is not a date');
  const days = (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.parse(`${procedureDate}T00:00:00Z`)) / 86_400_000;
  const [min, max] = kind === ImageSeriesKind.PreProcedureAngio ? [-365, 1] : [-1, 1];
  if (days < min || days > max) throw new DicomRefusal('STUDY_DATE_OUT_OF_RANGE', `The study date is ${Math.abs(days)} days ${days < 0 ? 'before' : 'after'} the procedure: not this case's ${kind} series`);
}

/**
 * Burned-in text [R31]: a file that declares burned-in annotation is held for the data
 * center; every ultrasound (IVUS) or secondary-capture file is held until its frames have
 * been read for text (the upload runs that check and clears the file when none is found).
 */
export function quarantineReason(facts: HeaderFacts): string | null {
  if (facts.burnedInAnnotation?.toUpperCase() === 'YES') return 'BURNED_IN_ANNOTATION_DECLARED: the file says its pixels carry text';
  if (isScreened(facts)) {
    return 'BURNED_IN_TEXT_UNCHECKED: ultrasound and secondary-capture frames may carry burned-in identifiers; awaiting the data center';
  }
  return null;
}

/** [R31] Ultrasound and secondary capture: the files whose pixels are masked and screened for text. */
export function isScreened(facts: HeaderFacts): boolean {
  return facts.modality === 'US' || US.includes(facts.sopClassUid) || SC.test(facts.sopClassUid);
}

export const KNOWN_KINDS = new Set<string>(Object.values(ImageSeriesKind));
