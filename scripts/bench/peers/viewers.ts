import { Role } from '@registry/auth';
import type { Registry } from '@registry/launcher';
import { DEMO_OPERATORS, DEMO_PASSWORD, FACILITIES } from '@registry/operators';

/**
 * The many-viewers workload's operators [#17.3]: the demo roster's certified ones, and certified bench
 * operators (OP0101…) enrolled as the seed enrols its roster, up to `count`, spread over
 * the demo facilities. Each logs in through the gateway: their own user token.
 */
export async function benchViewerTokens(registry: Registry, count: number): Promise<string[]> {
  const ids = DEMO_OPERATORS.filter((o) => o.status === 'CERTIFIED').map((o) => o.id).slice(0, count);
  const extra = Array.from({ length: Math.max(0, count - ids.length) }, (_, i) => ({ id: `OP${String(101 + i).padStart(4, '0')}`, facilityId: FACILITIES[i % FACILITIES.length]!.id }));
  if (extra.length > 0) {
    const system = registry.operators.contextFor({ roles: [Role.Secretariat] });
    await registry.operators.transaction(async (tx, unit) => {
      const { now } = unit;
      for (const op of extra) {
        await system.operators.enrol(tx, { id: op.id, name: `Bench Operator ${op.id}`, facilityId: op.facilityId, status: 'CERTIFIED', effectiveOn: '2022-04-01', reason: 'Bench viewer', rule: 'R11' }, null, now);
        await system.accounts.open(unit, { loginId: op.id, displayName: `Bench Operator ${op.id}`, password: DEMO_PASSWORD, roles: [], operatorId: op.id });
      }
    });
    await registry.settle();
  }
  const tokens: string[] = [];
  for (const id of [...ids, ...extra.map((o) => o.id)]) {
    const res = await fetch(registry.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($id: String!, $pw: String!) { login(operatorId: $id, password: $pw) { token } }', variables: { id, pw: DEMO_PASSWORD } }),
    });
    const json = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
    if (!json.data) throw new Error(`bench viewer ${id} could not log in: ${JSON.stringify(json.errors)}`);
    tokens.push(json.data.login.token);
  }
  return tokens;
}
