import dcmjs, { type DicomDataset } from 'dcmjs';

/**
 * Japanese DICOM files as modalities in Japan write them, built in the test from a real
 * file: dcmjs writes the data set with same-length ASCII placeholders, which are then
 * replaced by the exact encoded bytes (dcmjs itself writes only UTF-8).
 *
 * The person names are PS3.5 Annex H's canonical examples, byte for byte.
 */
const ESC = '\x1b';
const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** PS3.5 H.3.1: `Yamada^Tarou=山田^太郎=やまだ^たろう` in ISO 2022 IR 87. */
export const ANNEX_H_IR87_NAME = latin1(`Yamada^Tarou=${ESC}$B;3ED${ESC}(B^${ESC}$BB@O:${ESC}(B=${ESC}$B$d$^$@${ESC}(B^${ESC}$B$?$m$&${ESC}(B`);
/** PS3.5 H.3.2: `ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう` in ISO 2022 IR 13 + IR 87 (G0 back to JIS X 0201 with ESC ( J). */
export const ANNEX_H_IR13_IR87_NAME = Buffer.concat([
  Buffer.from([0xd4, 0xcf, 0xc0, 0xde, 0x5e, 0xc0, 0xdb, 0xb3]),
  latin1(`=${ESC}$B;3ED${ESC}(J^${ESC}$BB@O:${ESC}(J=${ESC}$B$d$^$@${ESC}(J^${ESC}$B$?$m$&${ESC}(J`),
]);
/** 東芝メディカル in JIS X 0208 (ISO 2022 IR 87), as the issue saw it. */
export const TOSHIBA_IR87 = latin1(`${ESC}$BEl<G%a%G%#%+%k${ESC}(B`);
/** The same, back to JIS X 0201 Romaji (ESC ( J) as a file whose first set is ISO 2022 IR 13 does. */
export const TOSHIBA_IR13_IR87 = latin1(`${ESC}$BEl<G%a%G%#%+%k${ESC}(J`);
/** ｶﾃｰﾃﾙ (half-width katakana, ISO_IR 13 / JIS X 0201 G1). */
export const CATHETER_IR13 = Buffer.from([0xb6, 0xc3, 0xb0, 0xc3, 0xd9]);
/** 心臓カテーテル in ISO 2022 IR 87, in a code meaning inside a sequence item. */
export const HEART_CATHETER_IR87 = latin1(`${ESC}$B?4B!%+%F!<%F%k${ESC}(B`);
/** 丂 (JIS X 0212 0x3021, in no JIS X 0208 row): ISO 2022 IR 159, supplementary kanji. */
export const SUPPLEMENTARY_KANJI_IR159 = latin1(`${ESC}$(D0!${ESC}(B`);

export interface JapaneseText {
  vr: string;
  bytes: Buffer;
}

/**
 * `base` with (0008,0005) set to `characterSet` and each of `top` written with its exact
 * bytes; `item` goes into one Anatomic Region Sequence item (a kept, coded attribute).
 */
export function japaneseFile(base: Buffer, characterSet: string, top: Record<string, JapaneseText>, item: Record<string, JapaneseText> = {}): Buffer {
  const parsed = dcmjs.data.DicomMessage.readFile(base.buffer.slice(base.byteOffset, base.byteOffset + base.length) as ArrayBuffer, { ignoreErrors: true });
  const patches: { placeholder: Buffer; bytes: Buffer }[] = [];
  const placeholder = (bytes: Buffer) => {
    const mark = `#${patches.length.toString(36)}@`;
    const text = (mark + 'Q'.repeat(bytes.length)).slice(0, bytes.length);
    if (text.length < 3) throw new Error('a Japanese test value needs at least 3 bytes');
    patches.push({ placeholder: Buffer.from(text, 'latin1'), bytes });
    return text;
  };
  const set = (ds: DicomDataset, values: Record<string, JapaneseText>) => {
    for (const [tag, t] of Object.entries(values)) {
      const text = placeholder(t.bytes);
      ds[tag] = { vr: t.vr, Value: [t.vr === 'PN' ? { Alphabetic: text } : text] };
    }
  };
  parsed.dict['00080005'] = { vr: 'CS', Value: characterSet.split('\\') };
  set(parsed.dict, top);
  if (Object.keys(item).length > 0) {
    const code: DicomDataset = { '00080100': { vr: 'SH', Value: ['80891009'] }, '00080102': { vr: 'SH', Value: ['SCT'] } };
    set(code, item);
    parsed.dict['00082218'] = { vr: 'SQ', Value: [code] };
  }
  const out = Buffer.from(parsed.write());
  for (const p of patches) {
    const at = out.indexOf(p.placeholder);
    if (at < 0 || out.indexOf(p.placeholder, at + 1) >= 0) throw new Error('placeholder not found once');
    p.bytes.copy(out, at);
  }
  return out;
}
