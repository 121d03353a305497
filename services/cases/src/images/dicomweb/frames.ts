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
 * `transfer-syntax=*` (what OHIF sends) or exactly the stored syntax, the stored media
 * type, or octet-stream for native frames: yes. Octet-stream alone asks for uncompressed
 * pixels, which for a compressed file would need transcoding: no (406).
 */
export function acceptsFrames(accept: string | undefined, transferSyntaxUid: string): boolean {
  if (!accept) return true;
  const [storedType, storedSyntax] = parseRange(frameType(transferSyntaxUid));
  return accept.split(',').some((range) => {
    const [media, syntax, params] = parseRange(range);
    if (media === '*/*') return true;
    const type = media === 'multipart/related' ? (params['type'] ?? 'application/octet-stream') : media;
    if (syntax === '*') return type === storedType || type === 'application/octet-stream' || type === '*/*';
    if (syntax) return syntax === storedSyntax;
    return type === storedType && (NATIVE.has(transferSyntaxUid) || type !== 'application/octet-stream');
  });
}

/** A media range's type, its transfer-syntax parameter and every parameter, unquoted and lower-cased. */
function parseRange(range: string): [string, string | undefined, Record<string, string>] {
  const [media = '', ...rest] = range.split(';').map((p) => p.trim());
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return [media.toLowerCase(), params['transfer-syntax'], params];
}

export const FRAMES_NOT_ACCEPTABLE = {
  error: 'NOT_ACCEPTABLE',
  message: 'Frames are served as stored; accept their media type or transfer-syntax=* (this server does not transcode)',
};
