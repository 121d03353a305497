import { readdirSync, readFileSync } from 'node:fs';

/** The processes whose parent is `pid` and whose command line contains `match` (Linux /proc). */
export function childrenOf(pid: number, match: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(match)) found.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}
