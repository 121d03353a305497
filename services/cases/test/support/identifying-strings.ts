import dcmjs, { type DicomDataset } from 'dcmjs';
import { annexETable } from '../../src/images/deidentify/annex-e.ts';
import { resolveAction } from '../../src/images/deidentify/profile.ts';

/**
 * Every string an identifying attribute of the input holds (the table changes it, or it is
 * private), except words that attributes the profile keeps also hold ("HEAD", "NONE").
 */
export function identifyingStrings(file: Buffer): string[] {
  const { dict } = dcmjs.data.DicomMessage.readFile(file.buffer.slice(file.byteOffset, file.byteOffset + file.length) as ArrayBuffer, { untilTag: '7FE00010', ignoreErrors: true });
  const table = annexETable();
  const found = new Set<string>();
  const kept = new Set<string>();
  const walk = (ds: DicomDataset, inherited: boolean) => {
    for (const [tag, el] of Object.entries(ds)) {
      const row = table.lookup(tag);
      const identifying = inherited || parseInt(tag.slice(0, 4), 16) % 2 === 1 || (row !== undefined && resolveAction(row) !== 'K' && resolveAction(row) !== 'C');
      if (el.vr === 'SQ') for (const item of el.Value ?? []) walk(item as DicomDataset, identifying && row !== undefined && resolveAction(row) === 'X');
      else
        for (const v of Array.isArray(el.Value) ? el.Value : []) {
          const s = typeof v === 'string' ? v : v && typeof v === 'object' && 'Alphabetic' in v ? String((v as { Alphabetic: string }).Alphabetic) : undefined;
          if (s && s.trim().length >= 4) (identifying ? found : kept).add(s.trim());
        }
    }
  };
  walk(dict, false);
  return [...found].filter((s) => !kept.has(s));
}
