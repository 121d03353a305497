import type { DicomDataset } from 'dcmjs';

/**
 * What the core lab's copy of a file leaves out [R25][R33]: the registry writes the
 * contributing operator's ID into every file [R31] (Performing Physician Identification
 * Sequence); the core lab must not learn whose case it reads. Everything else the
 * de-identified file holds is the registration number, shifted dates and the images.
 */
export const OPERATOR_ATTRIBUTES = ['00081052'] as const;

export function blindForCoreLab(dataset: DicomDataset): DicomDataset {
  for (const tag of OPERATOR_ATTRIBUTES) delete dataset[tag];
  return dataset;
}
