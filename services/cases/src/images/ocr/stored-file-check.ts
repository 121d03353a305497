import type { ContentStore } from '../storage/content-store.ts';
import type { BurnedInTextCheck } from '../upload/image-storage.ts';
import type { RangeSource } from './byte-reader.ts';
import { type BurnedInTextOptions, findBurnedInText } from './burned-in-text.ts';

/** A stored file read by ranges (the directory store's file reads, S3's ranged GETs). */
export async function storedFileSource(store: ContentStore, key: string): Promise<RangeSource> {
  const size = await store.size(key);
  return {
    size,
    async read(start, end) {
      const parts: Buffer[] = [];
      for await (const chunk of store.open(key, { start, end: Math.min(end, size) })) parts.push(chunk as Buffer);
      return Buffer.concat(parts);
    },
  };
}

/**
 * [R31] The upload's burned-in text check over a content store: null when no frame
 * carries text, else the reason to hold the file. A check that fails holds the file too:
 * an unread file is never published. `onError` hears why (engine failures, never read text).
 */
export function burnedInTextCheck(store: ContentStore, options: BurnedInTextOptions & { onError?: (err: unknown) => void } = {}): BurnedInTextCheck {
  return async (key) => {
    try {
      const result = await findBurnedInText(await storedFileSource(store, key), options);
      if (result.status === 'NO_TEXT') return null;
      if (result.status === 'TEXT_FOUND') return `BURNED_IN_TEXT_FOUND: ${result.reason}; awaiting the data center`;
      return `BURNED_IN_TEXT_UNCHECKABLE: ${result.reason}; awaiting the data center`;
    } catch (err) {
      options.onError?.(err);
      return 'BURNED_IN_TEXT_UNCHECKED: the text check failed; awaiting the data center';
    }
  };
}
