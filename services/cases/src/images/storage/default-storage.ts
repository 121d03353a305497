import path from 'node:path';
import type { ImageStoreConfig } from '@registry/config';
import type { Logger } from '@registry/logging';
import { burnedInTextCheck } from '../ocr/stored-file-check.ts';
import type { ImageStorageOptions } from '../upload/image-storage.ts';
import { type ContentStore, FileContentStore } from './content-store.ts';
import { loadImageSecret } from './secret.ts';

export type { ImageStoreConfig };

/**
 * [R31] De-identified DICOM files, content-addressed under the data directory or in an
 * S3-compatible bucket (`IMAGE_STORE`, `IMAGE_S3_*`), keyed by the registry secret kept in the
 * data directory either way (or given as IMAGE_UID_SECRET); 4 GiB per file at most. One definition for every way the cases
 * service starts (alone, or in the embedded registry).
 */
export async function defaultImageStorage(dataDir: string, store: ImageStoreConfig = { kind: 'fs' }, logger?: Logger, secret?: string): Promise<ImageStorageOptions> {
  const contents = await contentStore(dataDir, store);
  return {
    store: contents,
    // Ultrasound and secondary-capture frames are read for burned-in text before they are published [R31].
    burnedInText: burnedInTextCheck(contents, { onError: (err) => logger?.warn({ err: String(err) }, 'burned-in text check failed; the file is held') }),
    secret: await loadImageSecret(dataDir, secret),
    // 4 GiB stays under S3's 5 GiB single CopyObject, which S3ContentStore relies on.
    limits: { maxBytes: 4 * 1024 ** 3, maxHeaderBytes: 16 * 1024 * 1024 },
  };
}

async function contentStore(dataDir: string, store: ImageStoreConfig): Promise<ContentStore> {
  if (store.kind === 'fs') return new FileContentStore(path.resolve(dataDir, 'images'));
  // Loaded only when configured: a directory-backed registry never loads the AWS SDK.
  const { s3ContentStore } = await import('./s3-content-store.ts');
  return s3ContentStore(store);
}
