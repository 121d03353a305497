import { describe, expect, it } from 'vitest';
import { acceptsFrames, frameType } from './frames.ts';

const JPEG = '1.2.840.10008.1.2.4.50';
const IMPLICIT = '1.2.840.10008.1.2';

describe('WADO-RS frame media types (PS3.18 8.7.3.5) [R5][R21a]', () => {
  it('should name the stored syntax of a frame, native frames as explicit little endian', () => {
    expect(frameType(JPEG)).toBe(`image/jpeg; transfer-syntax=${JPEG}`);
    expect(frameType(IMPLICIT)).toBe('application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1');
  });

  it('should take what OHIF asks, any syntax, the stored one exactly, or the stored media type', () => {
    expect(acceptsFrames(undefined, JPEG)).toBe(true);
    expect(acceptsFrames('multipart/related; type="application/octet-stream"; transfer-syntax=*', JPEG)).toBe(true);
    expect(acceptsFrames(`multipart/related; type="image/jpeg"; transfer-syntax=${JPEG}`, JPEG)).toBe(true);
    expect(acceptsFrames('multipart/related; type="image/jpeg"', JPEG)).toBe(true);
    expect(acceptsFrames('multipart/related; type="application/octet-stream"', IMPLICIT)).toBe(true);
  });

  it('should refuse what would need a transcode, a syntax match being exact, not a substring', () => {
    expect(acceptsFrames('multipart/related; type="application/octet-stream"', JPEG)).toBe(false);
    expect(acceptsFrames(`multipart/related; type="image/jpeg"; transfer-syntax=${JPEG}`, IMPLICIT)).toBe(false);
    expect(acceptsFrames('multipart/related; type="image/jp2"', JPEG)).toBe(false);
  });
});
