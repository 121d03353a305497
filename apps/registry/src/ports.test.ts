import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePorts } from '../../../test/support/free-ports.ts';
import { assertPortsFree, PortUnavailableError } from './ports.ts';

describe("npm start's check of its ports", () => {
  it('should pass when every port is free and leave each free', async () => {
    const [a, b] = (await freePorts(2)) as [number, number];
    const wanted = [{ label: 'the gateway', port: a, source: 'PORT' }, { label: 'the cases subgraph', port: b, source: 'PORT+2' }];
    await assertPortsFree(wanted, '127.0.0.1');
    await assertPortsFree(wanted, '127.0.0.1');
  });

  it('should name the service, the port and the variable of a port in use', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const held = (holder.address() as net.AddressInfo).port;
    const [free] = (await freePorts(1)) as [number];
    try {
      const check = assertPortsFree([{ label: 'the gateway', port: free, source: 'PORT' }, { label: 'the cases subgraph', port: held, source: 'CASES_PORT' }], '127.0.0.1');
      await expect(check).rejects.toBeInstanceOf(PortUnavailableError);
      await expect(check).rejects.toThrow(`the cases subgraph's port ${held} on 127.0.0.1 (from CASES_PORT) is already in use: stop what holds it or choose another port`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
