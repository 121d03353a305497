/**
 * The imaging pipeline's public face (`@registry/cases/imaging`) [#14.5]: what the
 * benchmarks measure on its own (scripts/bench/ocr.ts, deidentify-child.ts), without
 * loading the subgraph (the de-identification run's peak memory is its own). Everything
 * else under `src/images/` is internal to the cases subgraph.
 */
export { caseKeys } from './deidentify/keyed.ts';
export { deidentifyDataset } from './deidentify/deidentify.ts';
export { deidentifyStream } from './dicom/stream-deidentify.ts';
export { registryDeviceMasks } from './masking/device-masks.ts';
export { planMask, type MaskPlan } from './masking/pixel-mask.ts';
export { findBurnedInText } from './ocr/burned-in-text.ts';
export { storedFileSource } from './ocr/stored-file-check.ts';
export { sharedRecognizer, terminateRecognizer, type RecognizedWord, type TextRecognizer } from './ocr/text-recognizer.ts';
export { textTiles } from './ocr/text-regions.ts';
export { FileContentStore } from './storage/content-store.ts';
export { holdDecision } from './upload/hold-decision.ts';
export { isScreened } from './upload/slot-rules.ts';
