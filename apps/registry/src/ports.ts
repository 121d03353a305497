import net from 'node:net';

/** A port `npm start` cannot listen on: its message names the service, the port and the variable that chose it. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';
}

export interface WantedPort {
  /** "the cases subgraph" */
  label: string;
  port: number;
  /** The variable that chose it, or `default`. */
  source: string;
}

function tryListen(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

const chosenBy = (p: WantedPort) => (p.source === 'default' ? 'the default' : p.source.startsWith('PORT+') ? p.source : `from ${p.source}`);

/**
 * Before any child starts: each port free on `host` now, or a PortUnavailableError naming
 * every one taken (a child would otherwise die on EADDRINUSE and be restarted forever).
 */
export async function assertPortsFree(ports: WantedPort[], host: string): Promise<void> {
  const problems: string[] = [];
  for (const p of ports) {
    const err = await tryListen(p.port, host);
    if (!err) continue;
    const what = err.code === 'EADDRINUSE' ? 'is already in use' : err.code === 'EACCES' ? 'may not be used by this user' : `cannot be listened on (${err.code ?? err.message})`;
    problems.push(`${p.label}'s port ${p.port} on ${host} (${chosenBy(p)}) ${what}`);
  }
  if (problems.length > 0) throw new PortUnavailableError(`${problems.join('; ')}: stop what holds it or choose another port (README.md, "Configuration")`);
}
