/**
 * A child for the supervisor's tests: idles until the file named by HOG_TRIGGER appears,
 * then deletes it and allocates until V8's heap ceiling (`--max-old-space-size`) ends
 * the process with "JavaScript heap out of memory", as an unbounded query once ended a
 * subgraph (issue 15.1). Test code only: no service carries such a hook.
 */
import { existsSync, unlinkSync } from 'node:fs';

const trigger = process.env['HOG_TRIGGER'];
if (!trigger) throw new Error('HOG_TRIGGER is required');
const hoard: string[][] = [];
setInterval(() => {
  if (!existsSync(trigger)) return;
  unlinkSync(trigger);
  for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `${i}-${hoard.length}`));
}, 50);
