/**
 * Joins the message files of one language into one tree. Each file owns its top-level keys;
 * a key in two files is an error at load (and in test/web/web-sources.test.ts), never a silent override.
 */
export function mergeMessages(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [file, messages] of Object.entries(files)) {
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`message key "${key}" is in two files (${file})`);
      merged[key] = value;
    }
  }
  return merged;
}
