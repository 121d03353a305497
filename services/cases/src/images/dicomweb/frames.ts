/** Transfer syntaxes whose frames are native (uncompressed) pixels. */
const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1']);
const MEDIA: Record<string, string> = {
  '1.2.840.10008.1.2.4.50': 'image/jpeg',
  '1.2.840.10008.1.2.4.51': 'image/jpeg',
  '1.2.840.10008.1.2.4.57': 'image/jpeg',
  '1.2.840.10008.1.2.4.70': 'image/jpeg',
  '1.2.840.10008.1.2.4.90': 'image/jp2',
  '1.2.840.10008.1.2.4.91': 'image/jp2',
  '1.2.840.10008.1.2.5': 'image/dicom-rle',
};

/**
 * The media type of a frame as stored (PS3.18 8.7.3.5): the server never transcodes, so
 * a frame goes out in the syntax it was uploaded in, and says so.
 */
export function frameType(transferSyntaxUid: string): string {
  if (NATIVE.has(transferSyntaxUid)) return 'application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1';
  return `${MEDIA[transferSyntaxUid] ?? 'application/octet-stream'}; transfer-syntax=${transferSyntaxUid}`;
}

/**
 * Whether the client's Accept takes the frames as stored. No Accept, `*\/*`, a
 * `transfer-syntax=*` (what OHIF sends), the stored media type, or octet-stream for native
 * frames: yes. Octet-stream alone asks for uncompressed pixels, which for a compressed file
 * would need transcoding: 406.
 */
export function acceptsFrames(accept: string | undefined, transferSyntaxUid: string): boolean {
  if (!accept) return true;
  const stored = frameType(transferSyntaxUid).split(';')[0]!;
  return accept.split(',').some((range) => {
    const value = range.trim().toLowerCase();
    if (value.startsWith('*/*') || /transfer-syntax\s*=\s*"?\*/.test(value)) return true;
    if (value.includes(transferSyntaxUid)) return true;
    const inner = /type\s*=\s*"?([^";,\s]+)/.exec(value)?.[1] ?? value.split(';')[0]!;
    return inner === stored && (NATIVE.has(transferSyntaxUid) || !inner.startsWith('application/octet-stream'));
  });
}

export const FRAMES_NOT_ACCEPTABLE = {
  error: 'NOT_ACCEPTABLE',
  message: 'Frames are served as stored; accept their media type or transfer-syntax=* (this server does not transcode)',
};
