import { ensureWebBundle } from '../../scripts/web-bundle.ts';

/** Vitest global setup: the gateway of every test registry serves web/dist, built once here if web/ changed. */
export default async function setup(): Promise<void> {
  await ensureWebBundle();
}
