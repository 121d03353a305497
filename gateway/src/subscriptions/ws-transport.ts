import type http from 'node:http';
import {
  CloseCode,
  DEPRECATED_GRAPHQL_WS_PROTOCOL,
  handleProtocols,
  makeServer,
  MessageType,
  type ConnectionInitMessage,
  type JSONMessageReplacer,
  type ServerOptions,
} from 'graphql-ws';
import { WebSocketServer, type ServerOptions as WsServerOptions, type WebSocket } from 'ws';
import type { Logger } from '@registry/logging';

/** What graphql-ws's context carries of a socket, as in graphql-ws/use/ws. */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
}

export interface WsTransportOptions {
  /** The WebSocket server's own options (its HTTP server, path, frame size). */
  ws: Pick<WsServerOptions, 'server' | 'path' | 'maxPayload'>;
  /** Closes without the reason text of an internal error, as graphql-ws's isProd. */
  production: boolean;
  logger: Logger;
  /** Between keep-alive pings; a socket that does not answer one within it is dropped (graphql-ws's 12 s). */
  keepAliveMs?: number;
  /** Turns a result into JSON, once per result however many sockets it goes to (tests count its calls). */
  serialize?: (result: object) => string;
}

/** Stands in the `next` message for its payload until the socket's send puts the payload's JSON in its place. */
const PLACEHOLDER = '\u0000payload';
const PLACEHOLDER_TAIL = `"payload":${JSON.stringify(PLACEHOLDER)}}`;

/**
 * A fanned-out event is serialised once, not once per socket [#17.2]. The hub hands every
 * subscriber of a shared subscription the same result object; graphql-ws would stringify
 * `{ id, type: 'next', payload }` whole for each socket, payload included. Here its
 * `jsonMessageReplacer` (graphql-ws's own hook) writes a placeholder for a `next` message's
 * payload and takes the payload's JSON from a cache keyed by the result object, serialising
 * it on the first socket only; the socket's `send` then splices that JSON in for the
 * placeholder, so each socket's frame is its own `{"id":…,"type":"next",` and the one shared
 * string. graphql-ws still builds, validates and orders every message and handles the whole
 * protocol (connection_init, ping/pong, complete, errors).
 *
 * The handover from replacer to send needs no key: graphql-ws stringifies each message as the
 * argument of the send it is for (`await socket.send(stringifyMessage(…))`), so nothing runs
 * between the two, and the send checks the frame ends with the placeholder before splicing.
 */
class PayloadSplicer {
  private readonly cache = new WeakMap<object, string>();
  private pending: string | undefined;
  /** Payloads serialised so far (the cache's misses), for the gateway's metrics. */
  serialised = 0;

  constructor(private readonly serialize: (result: object) => string) {}

  replacer(): JSONMessageReplacer {
    let message: unknown;
    const holdOver = (result: object) => (this.pending = this.json(result));
    // A function, not an arrow: JSON.stringify passes the holder as `this`, the message itself for its own keys.
    return function (this: unknown, key: string, value: unknown) {
      if (key === '') message = value;
      else if (key === 'payload' && this === message && isNext(message) && typeof value === 'object' && value !== null) {
        holdOver(value);
        return PLACEHOLDER;
      }
      return value;
    };
  }

  /** The frame to send for what graphql-ws produced: its own text, or the `next` message with its payload spliced in. */
  frame(data: string): string {
    const json = this.pending;
    if (json === undefined) return data;
    this.pending = undefined;
    if (!data.endsWith(PLACEHOLDER_TAIL)) throw new Error('A next message did not end with its payload placeholder');
    return `${data.slice(0, -PLACEHOLDER_TAIL.length)}"payload":${json}}`;
  }

  private json(result: object): string {
    let json = this.cache.get(result);
    if (json === undefined) {
      json = this.serialize(result);
      this.serialised++;
      this.cache.set(result, json);
    }
    return json;
  }
}

function isNext(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === MessageType.Next;
}

/**
 * graphql-ws on a `ws` server: graphql-ws's `useServer` (graphql-ws/use/ws, "a basic starter,
 * feel free to copy the code over") with its behaviour kept (keep-alive pings, 1011 on an
 * internal error, 1001 on dispose) and two changes: `next` payloads are serialised once per
 * result (PayloadSplicer above) and internal errors go to the logger.
 */
export function serveGraphqlWs<P extends ConnectionInitMessage['payload']>(
  options: Omit<ServerOptions<P, SocketExtra>, 'jsonMessageReplacer'>,
  transport: WsTransportOptions,
) {
  const { logger, production } = transport;
  const keepAlive = transport.keepAliveMs ?? 12_000;
  const splicer = new PayloadSplicer(transport.serialize ?? ((result) => JSON.stringify(result)));
  const server = makeServer<P, SocketExtra>({ ...options, jsonMessageReplacer: splicer.replacer() });
  const wsServer = new WebSocketServer({ ...transport.ws, handleProtocols });
  const internal = (socket: WebSocket, err: unknown, what: string) => {
    logger.error({ err }, what);
    const message = err instanceof Error ? err.message : String(err);
    // A close reason is at most 123 bytes; graphql-ws sends the generic one beyond that.
    socket.close(CloseCode.InternalServerError, production || message.length > 123 ? 'Internal server error' : message);
  };

  wsServer.once('error', (err) => {
    for (const client of wsServer.clients) internal(client, err, 'internal error on the WebSocket server');
  });
  wsServer.on('connection', (socket, request) => {
    socket.once('error', (err) => internal(socket, err, 'internal error on a WebSocket'));
    let pongWait: NodeJS.Timeout | undefined;
    const pinger =
      keepAlive > 0 && Number.isFinite(keepAlive)
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAlive);
            socket.once('pong', () => {
              clearTimeout(pongWait);
              pongWait = undefined;
            });
            socket.ping();
          }, keepAlive)
        : undefined;
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send(data) {
          // Spliced at once, whether or not the socket is still open: the payload handed over is this message's.
          const frame = splicer.frame(data);
          return new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            // Resolved once written: graphql-ws pulls the next event only then, so a client that
            // stops reading fills its subscriber's queue and is cut off (SLOW_CONSUMER_CLOSE).
            socket.send(frame, (err) => (err ? reject(err) : resolve()));
          });
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', async (message) => {
            try {
              await cb(String(message));
            } catch (err) {
              internal(socket, err, 'internal error handling a graphql-ws message');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(pinger);
      if (!production && code === CloseCode.SubprotocolNotAcceptable && socket.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL) {
        logger.warn('a client offered the deprecated subscriptions-transport-ws protocol; graphql-transport-ws is served');
      }
      void closed(code, String(reason));
    });
  });

  return {
    server: wsServer,
    /** Payloads serialised so far: one per event of a shared subscription, however many sockets it reached. */
    serialised: () => splicer.serialised,
    /** Every client is told 1001 (going away); resolves once the server is closed. */
    async dispose(): Promise<void> {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
