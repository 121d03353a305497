/**
 * Structured JSON logs (pino). Every line names its service; request ids and errors go in
 * fields, never in the message, so logs can be searched without parsing prose.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** `destination` defaults to stdout; tests pass one to read what was logged. */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options = {
    name: service,
    level,
    // Tokens and passwords never reach a log line, whatever a caller passes in.
    redact: { paths: ['*.authorization', '*.password', '*.token', 'req.headers.authorization'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
