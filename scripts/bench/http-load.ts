import { percentile } from './stats.ts';

export interface LoadResult {
  requests: number;
  p50: number;
  p99: number;
  throughput: number;
}

/**
 * Sends `requests` POSTs with `concurrency` in flight, after `warmup` unmeasured ones.
 * Every response must be a 200 without errors, or the run fails: a fast error is no figure.
 * `headers` may be a function of the request's index: many viewers, each with their own token.
 */
export async function httpLoad(o: {
  url: string;
  headers: Record<string, string> | ((i: number) => Record<string, string>);
  body: string;
  requests: number;
  concurrency: number;
  warmup: number;
  onMeasured?: () => void;
}): Promise<LoadResult> {
  const headersFor = typeof o.headers === 'function' ? o.headers : () => o.headers as Record<string, string>;
  let sent = 0;
  const one = async () => {
    const headers = headersFor(sent++);
    const start = performance.now();
    const res = await fetch(o.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: o.body });
    const json = (await res.json()) as { errors?: unknown };
    if (res.status !== 200 || json.errors) throw new Error(`bench request failed: ${res.status} ${JSON.stringify(json.errors)}`);
    return performance.now() - start;
  };
  for (let i = 0; i < o.warmup; i++) await one();
  o.onMeasured?.();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      while (next++ < o.requests) latencies.push(await one());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), throughput: latencies.length / seconds };
}
