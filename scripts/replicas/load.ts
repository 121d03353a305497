/**
 * The clients of the replicas script: a request sent as a client behind a load balancer
 * sends it (to the next gateway when one refuses the connection), and the committee's
 * voting, each act retried while its answer says it may not have been handled.
 */
import { sleep } from '../fault/processes.ts';
import { gql } from '../fault/workload.ts';
import { votingAct, type Session } from './committee.ts';

function refused(err: unknown): boolean {
  return (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
}

/** The first gateway, the next when one refuses the connection (the request never left). */
export async function either<T>(urls: readonly string[], query: string, variables: Record<string, unknown>, token: string) {
  let last: unknown;
  for (const url of urls) {
    try {
      return await gql<T>(url, query, variables, token);
    } catch (err) {
      if (!refused(err)) throw err;
      last = err;
    }
  }
  throw last;
}

/** Answers after which a client tries again: the request may not have been handled. */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'TypeError', 'TimeoutError', '502', '503', '0']);

export interface Vote {
  key: string;
  acknowledged: boolean;
  /** What each unacknowledged try answered. */
  tries: string[];
}

/**
 * The acts of the voting one every `gapMs`. A member whose vote was not acknowledged (its
 * process killed under it) votes again, as a person would; a vote stored without an
 * answer is then refused as a second one [R48].
 */
export function startVoting(session: Session, urls: readonly string[], gapMs: number): { votes: Vote[]; done: Promise<void> } {
  const votes: Vote[] = [];
  const done = (async () => {
    for (let n = 0; ; n++) {
      const act = votingAct(session, n);
      if (!act) return;
      await sleep(gapMs);
      const vote: Vote = { key: act.key, acknowledged: false, tries: [] };
      votes.push(vote);
      for (let attempt = 0; attempt < 5 && !vote.acknowledged; attempt++) {
        const res = await either(urls, act.query, act.variables, act.token).catch((err: Error) => ({ status: 0, data: undefined, errors: [{ extensions: { code: err.name } }] }));
        vote.acknowledged = res.status === 200 && !!res.data && !res.errors;
        if (vote.acknowledged) break;
        const code = res.errors?.[0]?.extensions?.code;
        vote.tries.push(code ?? String(res.status));
        if (code && !TRANSIENT.has(code)) break;
        await sleep(300);
      }
    }
  })();
  return { votes, done };
}
