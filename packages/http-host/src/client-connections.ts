import type { Server } from 'node:http';
import type { Socket } from 'node:net';

const REFUSAL_BODY = JSON.stringify({ errors: [{ message: 'Too many connections from this address', extensions: { code: 'TOO_MANY_CONNECTIONS' } }] });
const REFUSAL = [
  'HTTP/1.1 503 Service Unavailable',
  'Connection: close',
  'Retry-After: 1',
  'Content-Type: application/json',
  `Content-Length: ${Buffer.byteLength(REFUSAL_BODY)}`,
  '',
  REFUSAL_BODY,
].join('\r\n');

/**
 * At most `max` open connections (keep-alive and WebSocket included) per client address.
 * One more is answered 503 and closed before anything on it is read or parsed, so one
 * client cannot hold every socket the process has. 0 turns the cap off. Behind a proxy
 * every client has the proxy's address: raise the cap there and let the proxy cap its own.
 */
export function capConnectionsPerClient(server: Server, max: number): { open(address: string): number } {
  const open = new Map<string, number>();
  if (max > 0) {
    server.on('connection', (socket: Socket) => {
      const address = socket.remoteAddress ?? '';
      const count = (open.get(address) ?? 0) + 1;
      if (count > max) {
        socket.pause();
        socket.end(REFUSAL, () => socket.destroy());
        return;
      }
      open.set(address, count);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left === 0) open.delete(address);
        else open.set(address, left);
      });
    });
  }
  return { open: (address) => open.get(address) ?? 0 };
}
