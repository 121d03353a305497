import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, GraphQLError, type ExecutionResult } from 'graphql';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL, MessageType, stringifyMessage } from 'graphql-ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createLogger } from '@registry/logging';
import { Subscriber } from './subscriber.ts';
import { serveGraphqlWs } from './ws-transport.ts';

const schema = buildSchema('type Query { ok: Boolean } type Subscription { posted: Post } type Post { body: String, author: String }');

/** A raw graphql-transport-ws client: every frame as the bytes it came in. */
class RawClient {
  readonly frames: string[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(String(data));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async connect(url: string): Promise<RawClient> {
    const socket = new WebSocket(url, GRAPHQL_TRANSPORT_WS_PROTOCOL);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const client = new RawClient(socket);
    client.send({ type: 'connection_init' });
    await client.until((frames) => frames.some((f) => JSON.parse(f).type === 'connection_ack'));
    return client;
  }

  send(message: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  async until(done: (frames: string[]) => boolean): Promise<void> {
    while (!done(this.frames)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  framesOf(id: string, type: string): string[] {
    return this.frames.filter((f) => {
      const m = JSON.parse(f);
      return m.id === id && m.type === type;
    });
  }
}

describe('graphql-ws on ws with a shared payload serialised once', () => {
  let httpServer: http.Server;
  let url: string;
  let transport: ReturnType<typeof serveGraphqlWs>;
  /** One shared subscription's subscribers: every event is pushed to all as the same object, as the hub does. */
  let subscribers: Set<Subscriber>;
  let serialized: object[];
  const clients: RawClient[] = [];

  const publish = (result: ExecutionResult) => {
    for (const s of subscribers) s.push(result);
  };

  beforeEach(async () => {
    subscribers = new Set();
    serialized = [];
    httpServer = http.createServer();
    transport = serveGraphqlWs(
      {
        schema,
        onSubscribe(_ctx, _id, payload) {
          if (payload.query.includes('refused')) return [new GraphQLError('Refused here')];
          return undefined;
        },
        subscribe() {
          const subscriber = new Subscriber(100, () => undefined, (s) => subscribers.delete(s));
          subscribers.add(subscriber);
          return subscriber;
        },
        onNext: (_ctx, _id, _payload, _args, result) => result as never,
      },
      {
        ws: { server: httpServer, path: '/graphql' },
        production: true,
        logger: createLogger('ws-transport-test', 'silent'),
        serialize: (result) => {
          serialized.push(result);
          return JSON.stringify(result);
        },
      },
    );
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.socket.close();
    await transport.dispose();
    await new Promise((resolve) => httpServer.close(resolve));
  });

  const connect = async () => {
    const client = await RawClient.connect(url);
    clients.push(client);
    return client;
  };

  it('should send two subscribers of one shared subscription byte-identical payloads, serialised once per event', async () => {
    const [first, second] = [await connect(), await connect()];
    const query = 'subscription { posted { body author } }';
    first.send({ id: 'one', type: 'subscribe', payload: { query } });
    second.send({ id: 'the-other', type: 'subscribe', payload: { query } });
    while (subscribers.size < 2) await new Promise((r) => setTimeout(r, 5));

    // Text that JSON must escape, and text that looks like the message's own keys.
    const events: ExecutionResult[] = [
      { data: { posted: { body: 'Ü "quoted" \\ \u0000 ✓', author: '"payload":"x"}' } }, extensions: { cursor: 'c1' } },
      { data: { posted: null }, errors: [new GraphQLError('Author unavailable', { path: ['posted', 'author'] })] },
    ];
    for (const event of events) publish(event);
    await first.until((f) => f.length >= 3);
    await second.until((f) => f.length >= 3);

    // One serialisation per event for both sockets, of the very object the subscription delivered.
    expect(serialized).toHaveLength(events.length);
    expect(serialized[0]).toBe(events[0]);
    expect(serialized[1]).toBe(events[1]);
    expect(transport.serialised()).toBe(events.length);

    const payloadOf = (frame: string, id: string) => {
      const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
      expect(frame.startsWith(head)).toBe(true);
      return frame.slice(head.length, -1);
    };
    const firstNext = first.framesOf('one', 'next');
    const secondNext = second.framesOf('the-other', 'next');
    expect(firstNext).toHaveLength(2);
    expect(secondNext).toHaveLength(2);
    for (let i = 0; i < events.length; i++) {
      // Byte for byte what graphql-ws itself would have sent, and the same payload bytes on both sockets.
      expect(firstNext[i]).toBe(stringifyMessage({ id: 'one', type: MessageType.Next, payload: events[i]! }));
      expect(secondNext[i]).toBe(stringifyMessage({ id: 'the-other', type: MessageType.Next, payload: events[i]! }));
      expect(payloadOf(firstNext[i]!, 'one')).toBe(payloadOf(secondNext[i]!, 'the-other'));
      expect(JSON.parse(firstNext[i]!).payload).toEqual(JSON.parse(JSON.stringify(events[i])));
    }
  });

  it('should leave the rest of the protocol to graphql-ws: pong, refusals as errors, complete both ways', async () => {
    const client = await connect();
    client.send({ type: 'ping', payload: { n: 1 } });
    await client.until((f) => f.some((m) => JSON.parse(m).type === 'pong'));
    expect(client.frames).toContain('{"type":"pong","payload":{"n":1}}');

    client.send({ id: 'no', type: 'subscribe', payload: { query: 'subscription refused { posted { body } }' } });
    await client.until((f) => f.some((m) => JSON.parse(m).id === 'no'));
    expect(client.framesOf('no', 'error').map((f) => JSON.parse(f).payload)).toEqual([[{ message: 'Refused here' }]]);

    // The client completes: its subscriber is let go of.
    client.send({ id: 'a', type: 'subscribe', payload: { query: 'subscription { posted { body } }' } });
    while (subscribers.size < 1) await new Promise((r) => setTimeout(r, 5));
    client.send({ id: 'a', type: 'complete' });
    while (subscribers.size > 0) await new Promise((r) => setTimeout(r, 5));

    // The subscription ends (an upstream refusal): its last result, then `complete` from the server.
    client.send({ id: 'b', type: 'subscribe', payload: { query: 'subscription { posted { body } }' } });
    while (subscribers.size < 1) await new Promise((r) => setTimeout(r, 5));
    for (const s of subscribers) s.finish({ errors: [new GraphQLError('Forbidden')] });
    await client.until((f) => f.some((m) => JSON.parse(m).id === 'b' && JSON.parse(m).type === 'complete'));
    expect(client.framesOf('b', 'next')).toEqual(['{"id":"b","type":"next","payload":{"errors":[{"message":"Forbidden"}]}}']);
    expect(client.framesOf('a', 'next')).toEqual([]);
    expect(serialized).toHaveLength(1);
  });
});
