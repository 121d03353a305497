import { init as initCore, getRenderingEngine, RenderingEngine } from '@cornerstonejs/core';
import { init as initLoader, wadors } from '@cornerstonejs/dicom-image-loader';
import { utilities as metadataUtilities } from '@cornerstonejs/metadata';
import { authHeaders, type FrameRef } from './dicomweb';

const ENGINE_ID = 'registry-viewer';
let ready = false;

/**
 * Cornerstone3D once per page: the core (it falls back to its CPU renderer by itself when
 * the browser has no WebGL, as headless Chromium may not), then the DICOMweb image loader
 * with one decode worker (the codecs' wasm is emitted by the build, vite.config.ts), every
 * request carrying the user's bearer token.
 */
export function cornerstone(): RenderingEngine {
  if (!ready) {
    initCore();
    initLoader({
      maxWebWorkers: 1,
      // Read at each request: the access token is renewed while the page is open.
      beforeSend: () => authHeaders(),
    });
    ready = true;
  }
  return (getRenderingEngine(ENGINE_ID) as RenderingEngine | undefined) ?? new RenderingEngine(ENGINE_ID);
}

/** Gives the image loader each instance's header (WADO-RS metadata), so no frame asks for it again. */
export function registerMetadata(frames: FrameRef[]): void {
  const seen = new Set<string>();
  for (const f of frames) {
    if (seen.has(f.instanceImageId)) continue;
    seen.add(f.instanceImageId);
    wadors.metaDataManager.add(f.instanceImageId, f.instance as never);
    metadataUtilities.addDicomWebInstance(f.instanceImageId, f.instance as never);
  }
}
