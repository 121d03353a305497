import postgres from 'postgres';
import { TcpProxy } from '../test/support/tcp-proxy.ts';
const p = new TcpProxy('127.0.0.1', 55432);
await p.start();
const sql = postgres(`postgres://registry:registry@127.0.0.1:${p.port}/registry`, { max: 2 });
console.time('q'); console.log(await sql`select 1 as x`); console.timeEnd('q');
await p.cut();
try { await sql`select 2`; } catch (e) { console.log('cut:', (e as any).code); }
await p.restore();
console.time('r'); console.log(await sql`select 3 as x`); console.timeEnd('r');
await sql.end(); await p.cut();
