import path from 'node:path';
import type { ImageStorageOptions } from '../upload/image-library.ts';
import { FileContentStore } from './content-store.ts';
import { loadImageSecret } from './secret.ts';

/**
 * [R31] De-identified DICOM files, content-addressed under the data directory, keyed by the
 * registry secret kept there; 4 GiB per file at most. One definition for every way the
 * cases service starts (alone, or in the embedded registry).
 */
export async function defaultImageStorage(dataDir: string): Promise<ImageStorageOptions> {
  return {
    store: new FileContentStore(path.resolve(dataDir, 'images')),
    secret: await loadImageSecret(dataDir),
    limits: { maxBytes: 4 * 1024 ** 3, maxHeaderBytes: 16 * 1024 * 1024 },
  };
}
