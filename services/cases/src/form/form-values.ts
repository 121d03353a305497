/**
 * How a save is read against what is stored [T14.1]: a section resent without a field keeps
 * the field's saved value (patch semantics; an explicit null clears a nullable field), and
 * a change is a change of value, never of serialisation: the database's JSON keeps keys in
 * its own order, so two equal values must compare equal whatever their key order.
 */

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `patch` over `saved`: objects merge field by field, a field left out (undefined) keeps
 * its saved value, anything else (a value, null, an array) replaces it.
 */
export function mergePatch(saved: unknown, patch: unknown): unknown {
  if (!isPlain(patch) || !isPlain(saved)) return patch;
  const merged: Plain = { ...saved };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = mergePatch(saved[key], value);
  }
  return merged;
}

/**
 * JSON with object keys sorted at every depth, so equal values have one text. Arrays keep
 * their order: the form's only array, the strategies, is the sequence in which they were
 * tried, and a new order is a real correction.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== undefined) out[key] = sortKeys(value[key]);
  return out;
}
