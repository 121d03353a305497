/**
 * Structured JSON logs (pino). Every line names its service; request ids and errors go in
 * fields, never in the message, so logs can be searched without parsing prose.
 *
 * In development on a terminal the same records are printed by pino-pretty, one readable
 * line each ("12:00:01.234 INFO  gateway: registry ready …"); in production, and whenever
 * the output is a pipe or a file (a log collector, a test reading the lines), JSON.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

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

/**
 * The format of a process's logs: LOG_FORMAT when set; else JSON in production, and in
 * development pretty on a terminal, JSON on a pipe (tests and scripts read the JSON lines).
 */
export function logFormat(config: { NODE_ENV: string; LOG_FORMAT?: LogFormat | undefined }, isTerminal = Boolean(process.stdout.isTTY)): LogFormat {
  if (config.LOG_FORMAT) return config.LOG_FORMAT;
  return config.NODE_ENV !== 'production' && isTerminal ? 'pretty' : 'json';
}

/** One line per record, readable: time, level, the service's name, the message, then the fields on the same line. */
export function prettyStream(destination: NodeJS.WritableStream = process.stdout, colorize = Boolean(process.stdout.isTTY)): DestinationStream {
  return PinoPretty({
    destination,
    colorize,
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,name',
    messageFormat: '{name}: {msg}',
  });
}

/** A service's logger from its configuration: level and format (`logFormat`). */
export function loggerFor(service: string, config: { NODE_ENV: string; LOG_LEVEL: string; LOG_FORMAT?: LogFormat | undefined }): Logger {
  return createLogger(service, config.LOG_LEVEL, logFormat(config) === 'pretty' ? prettyStream() : undefined);
}
