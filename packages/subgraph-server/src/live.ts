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
  const done = (): IteratorResult<ExecutionResult> => ({ done: true, value: undefined });
  // Not an async generator: a generator's `return` waits behind its pending `next`, so a
  // subscription on a quiet topic would keep its bus stream until the next event came,
  // long after its client had gone. This one ends the source at once.
  const events: AsyncGenerator<ExecutionResult> = {
    async next() {
      const next = await iterator.next();
      if (next.done) return done();
      const payload = next.value as CursorPayload;
      if (payload[POSITION_ONLY]) return { done: false, value: { extensions: { cursor: payload[CURSOR] } } };
      const result = (await execute({ ...args, rootValue: payload, contextValue: renewContext() })) as ExecutionResult;
      const cursor = payload[CURSOR];
      return { done: false, value: cursor === undefined ? result : { ...result, extensions: { ...result.extensions, cursor } } };
    },
    async return() {
      await iterator.return?.();
      return done();
    },
    async throw(err: unknown) {
      await iterator.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return events;
}
