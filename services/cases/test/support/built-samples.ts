import dcmjs from 'dcmjs';

/**
 * `base` with what real modalities add and the public samples lack: a Referenced Study
 * Sequence (Type 3, X/Z in Annex E), an Institution Code Sequence (X/Z/D), a graphics
 * overlay in group 6000 (its Overlay Data is X) and a Requested Procedure Description.
 */
export function withOverlayAndReferences(base: Buffer): Buffer {
  const parsed = dcmjs.data.DicomMessage.readFile(base.buffer.slice(base.byteOffset, base.byteOffset + base.length) as ArrayBuffer, { ignoreErrors: true });
  const rows = Number(parsed.dict['00280010']?.Value?.[0]);
  const columns = Number(parsed.dict['00280011']?.Value?.[0]);
  const d = parsed.dict;
  d['00081110'] = { vr: 'SQ', Value: [{ '00081150': { vr: 'UI', Value: ['1.2.840.10008.3.1.2.3.1'] }, '00081155': { vr: 'UI', Value: ['1.2.392.200036.9116.2.2.2.1762893313.1029997326.945873'] } }] };
  d['00080082'] = { vr: 'SQ', Value: [{ '00080100': { vr: 'SH', Value: ['F001'] }, '00080102': { vr: 'SH', Value: ['99HOSP'] }, '00080104': { vr: 'LO', Value: ['Sakura Heart Hospital'] } }] };
  d['00321060'] = { vr: 'LO', Value: ['CAG PCI RCA CTO'] };
  d['60000010'] = { vr: 'US', Value: [rows] };
  d['60000011'] = { vr: 'US', Value: [columns] };
  d['60000040'] = { vr: 'CS', Value: ['G'] };
  d['60000050'] = { vr: 'SS', Value: [1, 1] };
  d['60000100'] = { vr: 'US', Value: [1] };
  d['60000102'] = { vr: 'US', Value: [0] };
  d['60003000'] = { vr: 'OW', Value: [new Uint8Array(Math.ceil((rows * columns) / 16) * 2).fill(0x0f).buffer] };
  return Buffer.from(parsed.write());
}
