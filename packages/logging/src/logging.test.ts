import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormat, prettyStream } from './index.ts';

describe('log format (issue 10: readable `npm start`, JSON in production)', () => {
  it('should be pretty in development on a terminal, JSON on a pipe and in production, and LOG_FORMAT when set', () => {
    expect(logFormat({ NODE_ENV: 'development' }, true)).toBe('pretty');
    expect(logFormat({ NODE_ENV: 'development' }, false)).toBe('json');
    expect(logFormat({ NODE_ENV: 'production' }, true)).toBe('json');
    expect(logFormat({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(logFormat({ NODE_ENV: 'development', LOG_FORMAT: 'json' }, true)).toBe('json');
  });

  it('should print one readable line per record, naming the service, with its fields on the line and secrets redacted', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const logger = createLogger('gateway', 'info', prettyStream(out, false));
    logger.info({ url: 'http://127.0.0.1:4000/graphql', req: { headers: { authorization: 'Bearer secret' } } }, 'registry ready');
    logger.warn('second');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: gateway: registry ready \{.*"url":"http:\/\/127\.0\.0\.1:4000\/graphql".*\}$/);
    expect(lines[0]).not.toContain('secret');
    expect(lines[1]).toMatch(/WARN: gateway: second$/);
  });
});
