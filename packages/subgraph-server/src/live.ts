import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { CURSOR, POSITION_ONLY, type CursorPayload } from './cursor.ts';

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * graphql-js `subscribe`, plus each event's cursor in `extensions.cursor`: the source
 * stream yields payloads that carry their cursor (see `withCursor`), and each one is
 * executed against the operation's selection as graphql-js would, but with a fresh
 * context from `renewContext`: a subscription lives for hours, and its DataLoaders must
 * not answer a later event from an earlier event's cache.
 */
export async function subscribeWithCursors(
  args: ExecutionArgs,
  renewContext: () => unknown = () => args.contextValue,
): Promise<ExecutionResult | AsyncGenerator<ExecutionResult>> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const iterator = source[Symbol.asyncIterator]();
  async function* events(): AsyncGenerator<ExecutionResult> {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const payload = next.value as CursorPayload;
        if (payload[POSITION_ONLY]) {
          yield { extensions: { cursor: payload[CURSOR] } };
          continue;
        }
        const result = (await execute({ ...args, rootValue: payload, contextValue: renewContext() })) as ExecutionResult;
        const cursor = payload[CURSOR];
        yield cursor === undefined ? result : { ...result, extensions: { ...result.extensions, cursor } };
      }
    } finally {
      await iterator.return?.();
    }
  }
  return events();
}
