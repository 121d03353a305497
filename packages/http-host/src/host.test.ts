import net from 'node:net';
import type { Request, Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createLogger } from '@registry/logging';
import { createHttpHost, GOING_AWAY, type HttpHost, type HttpLimits } from './host.ts';

const logger = createLogger('http-host-test', 'silent');
const SHORT = { bodyMs: 300, requestMs: 5_000, idleMs: 5_000 };
const LONG = { bodyMs: 20_000, requestMs: 20_000, idleMs: 5_000 };
const hosts: HttpHost[] = [];

async function start(limits: Partial<HttpLimits> = {}): Promise<{ host: HttpHost; port: number }> {
  const host = createHttpHost({ name: 'test', logger, ready: async () => ({ ready: true }), limits: { timeouts: { default: SHORT, routes: [{ path: '/dicomweb', timeouts: LONG }] }, ...limits } });
  // Reads the whole body, then answers its size: what GraphQL and an upload both do.
  const readAll = (req: Request, res: Response) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => res.json({ bytes }));
  };
  host.app.post('/graphql', readAll);
  host.app.post('/dicomweb/studies', readAll);
  hosts.push(host);
  const url = await host.listen(0);
  return { host, port: Number(new URL(url).port) };
}

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
});

/** A raw client: what it was sent back, and when the server closed on it. */
function connect(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed, connected, received: () => received };
}

/** Sends `size` bytes of body one byte every `everyMs`, as long as the socket lives. */
function drip(socket: net.Socket, size: number, everyMs: number): Promise<void> {
  return new Promise((resolve) => {
    let sent = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || sent >= size) {
        clearInterval(timer);
        resolve();
        return;
      }
      socket.write('x');
      sent++;
    }, everyMs);
  });
}

function head(path: string, length: number): string {
  return `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: ${length}\r\n\r\n`;
}

describe('the HTTP host', () => {
  it('should refuse a port already in use with an error naming the service and the port', async () => {
    const { port } = await start();
    const second = createHttpHost({ name: 'cases', logger, ready: async () => ({ ready: true }) });
    await expect(second.listen(port, '127.0.0.1')).rejects.toThrow(`cases: port ${port} on 127.0.0.1 is already in use`);
  });

  it('should close slow-body requests to /graphql at their body bound, answering 408', async () => {
    const { port } = await start();
    const clients = Array.from({ length: 10 }, () => connect(port));
    for (const c of clients) {
      await c.connected;
      c.socket.write(head('/graphql', 1_000));
      void drip(c.socket, 1_000, 50);
    }
    await Promise.all(clients.map((c) => c.closed));
    for (const c of clients) expect(c.received()).toMatch(/^HTTP\/1\.1 408 .*REQUEST_TIMEOUT/s);
  });

  it('should close a client that drips its headers at the headers bound, answering 408 [15.2]', async () => {
    const { port } = await start({ headersMs: 300 });
    const clients = Array.from({ length: 5 }, () => connect(port));
    for (const c of clients) {
      await c.connected;
      c.socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      void drip(c.socket, 10_000, 50);
    }
    await Promise.all(clients.map((c) => c.closed));
    for (const c of clients) expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('should let an upload route take longer than the /graphql bound', async () => {
    const { port } = await start();
    const c = connect(port);
    await c.connected;
    c.socket.write(head('/dicomweb/studies', 20));
    // 20 bytes at one per 60 ms: four times the /graphql body bound.
    await drip(c.socket, 20, 60);
    await new Promise<void>((resolve) => {
      const check = () => (c.received().includes('"bytes":20') ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(c.socket.destroyed).toBe(false);
    c.socket.destroy();
  });

  it('should close a request that goes silent at its idle bound', async () => {
    const { port } = await start({ timeouts: { default: { bodyMs: 10_000, requestMs: 10_000, idleMs: 300 }, routes: [] } });
    const c = connect(port);
    await c.connected;
    c.socket.write(head('/graphql', 100));
    await c.closed;
    expect(c.received()).toBe('');
  });

  it('should refuse the connection of a client beyond its cap, and accept it again once one closes', async () => {
    const { port } = await start({ maxConnectionsPerClient: 3 });
    const held = Array.from({ length: 3 }, () => connect(port));
    await Promise.all(held.map((c) => c.connected));
    const extra = connect(port);
    await extra.closed;
    expect(extra.received()).toMatch(/^HTTP\/1\.1 503 .*TOO_MANY_CONNECTIONS/s);
    held[0]!.socket.destroy();
    await held[0]!.closed;
    // The server counts the close on its side a moment later.
    for (let attempt = 0; attempt < 50; attempt++) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { connection: 'close' } }).catch(() => undefined);
      if (res?.status === 200) return void held.forEach((c) => c.socket.destroy());
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('a slot was never given back');
  });

  it('should stop within its bound: the in-flight request completes, idle keep-alive sockets close, WebSockets get 1001', async () => {
    const { host, port } = await start({ shutdownGraceMs: 2_000 });
    host.app.get('/slow', (_req, res) => void setTimeout(() => res.json({ done: true }), 300));
    const wss = new WebSocketServer({ server: host.httpServer, path: '/ws' });
    host.trackWebSockets(wss);

    const idle = connect(port);
    await idle.connected;
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    while (!idle.received().includes('"ok"')) await new Promise((r) => setTimeout(r, 10));

    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    await new Promise((resolve) => ws.once('open', resolve));
    const wsClosed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

    const inFlight = connect(port);
    await inFlight.connected;
    inFlight.socket.write('GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));

    await host.stop();
    expect(await wsClosed).toBe(GOING_AWAY);
    await idle.closed;
    await inFlight.closed;
    expect(inFlight.received()).toMatch(/^HTTP\/1\.1 200 .*connection: close.*"done":true/is);
    expect(host.httpServer.listening).toBe(false);
  });

  it('should stop at the grace bound even when a request never ends', async () => {
    const { host, port } = await start({ shutdownGraceMs: 300 });
    host.app.get('/never', () => undefined);
    const c = connect(port);
    await c.connected;
    c.socket.write('GET /never HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    await host.stop();
    await c.closed;
    expect(host.httpServer.listening).toBe(false);
  });
});
