import type { StreamLimits } from '../dicom/stream-deidentify.ts';
import type { DeviceMasks } from '../masking/device-masks.ts';
import type { ContentStore } from '../storage/content-store.ts';

/**
 * Reads a stored file's frames for burned-in text [R31]: a reason to hold the file for the
 * data center, or null when none was found. Never the recognised text itself.
 */
export type BurnedInTextCheck = (contentKey: string) => Promise<string | null>;

export interface ImageStorageOptions {
  store: ContentStore;
  /** The registry secret keying UIDs and date shifts [R31]; never leaves the cases service. */
  secret: Buffer;
  limits: StreamLimits;
  /** Without it every ultrasound and secondary capture is held for the data center. */
  burnedInText?: BurnedInTextCheck;
  /** The known devices and their annotation areas [R31]; default the registry's device-masks.json. */
  deviceMasks?: DeviceMasks;
}
