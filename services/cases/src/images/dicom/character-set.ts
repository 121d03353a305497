import type { DicomDataset, DicomElement } from 'dcmjs';
import type dicomParser from 'dicom-parser';
import { convertBytes } from 'dicom-character-set';

/** The VRs whose values (0008,0005) Specific Character Set governs (PS3.5 6.1.2.3). */
const TEXT_VRS = new Set(['SH', 'LO', 'ST', 'LT', 'PN', 'UC', 'UT']);
/** Single-valued VRs: a backslash is text, not a delimiter (PS3.5 6.2). */
const SINGLE_VALUED = new Set(['ST', 'LT', 'UT']);
/** Leading spaces are insignificant too (PS3.5 Table 6.2-1). */
const TRIM_LEADING = new Set(['SH', 'LO']);
const UTF8 = 'ISO_IR 192';

type ParsedDataSet = ReturnType<typeof dicomParser.parseDicom>;

/**
 * Decodes every text value of a header read by dcmjs again, from its own bytes, with the
 * file's Specific Character Set, so the registry writes it as UTF-8 (ISO_IR 192).
 *
 * dcmjs reads one character set only (the first value of (0008,0005)) and cannot follow
 * ISO 2022 code extensions: `\ISO 2022 IR 87`, as Japanese modalities write it, came out
 * as Latin-1 with the escape sequences kept. dicom-character-set implements PS3.5 6.1.2.5
 * (escape sequences, G0/G1 designations, the reset at each `\`, `^` and `=` delimiter)
 * over the WHATWG decoders, for every character set the standard defines: ISO 2022 IR 13,
 * IR 87 and IR 159 and their combinations among them. A sequence item with its own
 * (0008,0005) is decoded with that one; other items inherit their parent's (PS3.5 7.5.1).
 * Stored files (UTF-8) are read through it as well: dcmjs decodes the text of a
 * defined-length sequence item as Latin-1 whatever the file says.
 */
export function decodeTextValues(dataset: DicomDataset, parsed: ParsedDataSet, bytes: Uint8Array): void {
  decodeLevel(dataset, parsed, bytes, undefined, false);
}

function decodeLevel(dataset: DicomDataset, parsed: ParsedDataSet, bytes: Uint8Array, inherited: string | undefined, nested: boolean): void {
  const own = parsed.elements['x00080005'];
  const characterSet = own ? Buffer.from(bytes.buffer, bytes.byteOffset + own.dataOffset, own.length).toString('latin1').replace(/[\0 ]+$/, '') : inherited;
  // UTF-8 too: dcmjs reads a defined-length sequence item with its default decoder (Latin-1).
  const redecode = characterSet !== undefined && characterSet.trim() !== '';
  for (const [tag, el] of Object.entries(dataset)) {
    const raw = parsed.elements[`x${tag.toLowerCase()}`];
    if (!raw) continue;
    if (el.vr === 'SQ') {
      const items = Array.isArray(el.Value) ? el.Value : [];
      items.forEach((item, i) => {
        const parsedItem = raw.items?.[i]?.dataSet;
        if (parsedItem) decodeLevel(item as DicomDataset, parsedItem, bytes, characterSet, true);
      });
      continue;
    }
    if (!TEXT_VRS.has(el.vr)) continue;
    if (redecode && raw.length > 0) {
      const text = convertBytes(characterSet, new Uint8Array(bytes.buffer, bytes.byteOffset + raw.dataOffset, raw.length), { vr: el.vr });
      dataset[tag] = { vr: el.vr, Value: valuesOf(el.vr, text) } as DicomElement;
    }
  }
  // The rewritten file has one character set, UTF-8, named at the top level only.
  if (own && nested) delete dataset['00080005'];
}

/** The values of a decoded text, split and trimmed as dcmjs does for every other file. */
function valuesOf(vr: string, text: string): unknown[] {
  const parts = SINGLE_VALUED.has(vr) ? [text] : text.split('\\');
  return parts.map((part) => {
    const trimmed = part.replace(/[\0 ]+$/, '');
    const value = TRIM_LEADING.has(vr) ? trimmed.replace(/^ +/, '') : trimmed;
    return vr === 'PN' ? personName(value) : value;
  });
}

/** PS3.5 6.2.1: alphabetic, ideographic and phonetic groups, as dcmjs represents them. */
function personName(value: string): Record<string, string> {
  const [alphabetic, ideographic, phonetic] = value.split('=');
  return {
    ...(alphabetic ? { Alphabetic: alphabetic } : {}),
    ...(ideographic ? { Ideographic: ideographic } : {}),
    ...(phonetic ? { Phonetic: phonetic } : {}),
  };
}

function hasNonAscii(dataset: DicomDataset): boolean {
  return Object.values(dataset).some((el) => {
    const values = Array.isArray(el.Value) ? el.Value : [];
    if (el.vr === 'SQ') return values.some((item) => hasNonAscii(item as DicomDataset));
    if (!TEXT_VRS.has(el.vr)) return false;
    return values.some((v) => /[\u0080-\u{10ffff}]/u.test(typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v).join('=') : ''));
  });
}

/**
 * Labels a rewritten header: dcmjs writes every text as UTF-8, so a file whose text is not
 * all ASCII, or that named a character set, says ISO_IR 192 (PS3.3 C.12.1.1.2).
 */
export function labelCharacterSet(dataset: DicomDataset): void {
  if (dataset['00080005'] || hasNonAscii(dataset)) dataset['00080005'] = { vr: 'CS', Value: [UTF8] };
}
