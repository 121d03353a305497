/**
 * Whether a peer answered what our gateway answered [#17.3]: the same data, no errors.
 * Pure (tested in test/bench/peer-configs.test.ts).
 */

/** The path of the first value that differs (key order aside), or undefined when equal. */
export function firstDifference(ours: unknown, theirs: unknown, at = '$'): string | undefined {
  if (Object.is(ours, theirs)) return undefined;
  if (Array.isArray(ours) || Array.isArray(theirs)) {
    if (!Array.isArray(ours) || !Array.isArray(theirs)) return at;
    if (ours.length !== theirs.length) return `${at}.length`;
    for (let i = 0; i < ours.length; i++) {
      const d = firstDifference(ours[i], theirs[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (ours && theirs && typeof ours === 'object' && typeof theirs === 'object') {
    const a = ours as Record<string, unknown>;
    const b = theirs as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      if (!(k in a) || !(k in b)) return `${at}.${k}`;
      const d = firstDifference(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return at;
}

/** 'same', or what differs: the peer's errors first, then the first differing path of the data. */
export function compareAnswers(ours: { data?: unknown }, theirs: { data?: unknown; errors?: unknown[] }): string {
  if (theirs.errors && theirs.errors.length > 0) {
    const first = theirs.errors[0] as { message?: string };
    return `errors (${theirs.errors.length}): ${first.message ?? JSON.stringify(first)}`;
  }
  const d = firstDifference(ours.data, theirs.data, 'data');
  return d ? `differs at ${d}` : 'same';
}
