import type { Logger } from '@registry/logging';

/** Kubernetes waits 30 s before SIGKILL; a process of the registry is gone well before. */
export const EXIT_BOUND_MS = 5_000;

/**
 * On SIGTERM or SIGINT: run `stop` (drain servers, stop consumers, close the database) and
 * exit 0; if it has not finished within `boundMs`, exit 1 anyway. A second signal exits at once.
 */
export function exitOnSignal(logger: Logger, stop: () => Promise<void>, boundMs = EXIT_BOUND_MS): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    logger.info({ signal, boundMs }, 'shutting down');
    setTimeout(() => {
      logger.error({ boundMs }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, boundMs).unref();
    stop().then(
      () => {
        logger.info({ ms: Date.now() - started }, 'shut down');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // A child of `npm start` whose supervisor died (kill -9) stops as if told to: nothing
  // else would stop it, and the embedded database it used went with the supervisor.
  if (process.channel) process.once('disconnect', () => onSignal('SIGTERM'));
}
