import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors.ts';
import { loadStartPorts } from './start-ports.ts';

const ports = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(loadStartPorts(env)).map(([name, p]) => [name, p.port]));

describe("npm start's ports", () => {
  it('should listen on 4000–4003 by default', () => {
    expect(ports({})).toEqual({ gateway: 4000, operators: 4001, cases: 4002, adjudication: 4003 });
  });

  it('should move the subgraphs with PORT when their own variables are unset', () => {
    expect(ports({ PORT: '5000' })).toEqual({ gateway: 5000, operators: 5001, cases: 5002, adjudication: 5003 });
  });

  it("should take each service's own variable first, then the port of its URL, then PORT's offset", () => {
    expect(ports({ PORT: '5000', OPERATORS_PORT: '6001', CASES_URL: 'http://127.0.0.1:6002/graphql', ADJUDICATION_PORT: ' 6003 ' })).toEqual({ gateway: 5000, operators: 6001, cases: 6002, adjudication: 6003 });
    expect(ports({ CASES_PORT: '6002', CASES_URL: 'http://localhost:6002/graphql' }).cases).toBe(6002);
    expect(ports({ PORT: '', CASES_PORT: '' })).toEqual({ gateway: 4000, operators: 4001, cases: 4002, adjudication: 4003 });
  });

  it('should refuse a value that is not a port, naming the variable', () => {
    for (const [variable, value] of [['PORT', 'abc'], ['OPERATORS_PORT', '70000'], ['CASES_PORT', '0'], ['ADJUDICATION_PORT', '4003.5'], ['PORT', '-1'], ['CASES_PORT', '0x10']]) {
      expect(() => loadStartPorts({ [variable!]: value })).toThrow(new ConfigError(`${variable}=${value} is not a port: a whole number from 1 to 65535`));
    }
  });

  it('should refuse a PORT that leaves no room for the subgraphs unless they have their own', () => {
    expect(() => loadStartPorts({ PORT: '65534' })).toThrow('PORT=65534 leaves no room for the cases subgraph: PORT+2 is 65536; set CASES_PORT');
    expect(ports({ PORT: '65535', OPERATORS_PORT: '65532', CASES_PORT: '65533', ADJUDICATION_PORT: '65534' }).gateway).toBe(65535);
  });

  it('should refuse two services on one port, naming both and where each port came from', () => {
    expect(() => loadStartPorts({ OPERATORS_PORT: '4002' })).toThrow('the operators subgraph (OPERATORS_PORT=4002) and the cases subgraph (by default) would both listen on 4002: give each its own port');
    expect(() => loadStartPorts({ PORT: '5000', ADJUDICATION_PORT: '5001' })).toThrow('the operators subgraph (PORT+1, OPERATORS_PORT unset) and the adjudication subgraph (ADJUDICATION_PORT=5001) would both listen on 5001');
    expect(() => loadStartPorts({ PORT: '4001', OPERATORS_URL: 'http://localhost:4001/graphql' })).toThrow('the gateway (PORT=4001) and the operators subgraph (the port of OPERATORS_URL) would both listen on 4001');
  });

  it('should refuse a URL without a port, a bad URL, or a URL and a variable that disagree', () => {
    expect(() => loadStartPorts({ OPERATORS_URL: 'http://operators/graphql' })).toThrow('OPERATORS_URL=http://operators/graphql names no port: set OPERATORS_PORT instead');
    expect(() => loadStartPorts({ CASES_URL: 'cases:4002' })).toThrow(/^CASES_URL=cases:4002 (is not a URL|names no port)/);
    expect(() => loadStartPorts({ ADJUDICATION_PORT: '5003', ADJUDICATION_URL: 'http://localhost:4003/graphql' })).toThrow('ADJUDICATION_PORT=5003 and the port of ADJUDICATION_URL (4003) disagree');
  });
});
