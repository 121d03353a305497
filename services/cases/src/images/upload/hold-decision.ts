import type { HeaderFacts } from '../dicom/stream-deidentify.ts';
import type { MaskPlan } from '../masking/pixel-mask.ts';
import type { BurnedInTextCheck } from './image-storage.ts';
import { quarantineReason } from './slot-rules.ts';

/**
 * [R31] Whether a stored file is held for the data center, and why (null: published). A file
 * that declares burned-in text is held; an ultrasound or secondary capture is held when its
 * device is unknown (no mask entry, not marked clean) or its known regions could not be
 * blanked, and otherwise published only when the OCR screen of every frame (after blanking)
 * finds no text. The data center releases or rejects what is held (reviewHeldImage).
 */
export async function holdDecision(check: BurnedInTextCheck | undefined, key: string, facts: HeaderFacts, plan: MaskPlan): Promise<string | null> {
  const held = quarantineReason(facts);
  if (!held || facts.burnedInAnnotation?.toUpperCase() === 'YES') return held;
  if (plan.kind === 'unknown-device') {
    return 'BURNED_IN_TEXT_DEVICE_UNKNOWN: no mask entry for this device (manufacturer, model and image size) and not marked clean; awaiting the data center';
  }
  if (plan.kind === 'not-applicable') return `BURNED_IN_TEXT_MASK_NOT_APPLIED: ${plan.reason}; awaiting the data center`;
  if (!check) return held;
  return check(key);
}
