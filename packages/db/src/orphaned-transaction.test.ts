import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from './open.ts';
import { POOL_OPTIONS, SESSION_SETTINGS } from './open.ts';

const url = process.env['DATABASE_URL'];

/**
 * A process that dies in the middle of a transaction must not keep its row locks: with
 * two replicas, the other one's durable consumer waits on the same cursor row (#17).
 * PostgreSQL server only: the embedded database has one connection and one process.
 */
describe.skipIf(!url)('a transaction orphaned by a killed process (#17, replicas)', () => {
  const table = `orphan_${randomBytes(4).toString('hex')}`;
  const NAME = `${table}_holder`;
  let handle: DatabaseHandle;
  let sql: postgres.Sql;

  beforeAll(async () => {
    handle = await openDatabase({ url, maxConnections: 2 });
    sql = postgres(url!, { ...POOL_OPTIONS, max: 1 });
    await sql.unsafe(`create table ${table} (id int primary key)`);
    await sql.unsafe(`insert into ${table} values (1)`);
  });

  afterAll(async () => {
    await sql.unsafe(`drop table if exists ${table}`);
    await sql.end();
    await handle.close();
  });

  it('should open every pooled session with the timeouts that end an orphaned transaction', async () => {
    const shown = await handle.db.execute<{ c: string; i: string; s: string }>(
      `select current_setting('client_connection_check_interval') as c, current_setting('idle_in_transaction_session_timeout') as i, current_setting('statement_timeout') as s` as never,
    );
    const row = (Array.isArray(shown) ? shown[0] : (shown as { rows: unknown[] }).rows[0]) as { c: string; i: string; s: string };
    expect(row).toEqual({ c: '1s', i: '10s', s: '30s' });
  });

  it('should release the row lock of a process killed in the middle of a statement within seconds, not when the statement ends', async () => {
    // The child locks the row and then runs a 60 s statement in the same transaction.
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import postgres from 'postgres';
         const sql = postgres(process.env.URL, { max: 1, connection: JSON.parse(process.env.SETTINGS) });
         await sql.begin(async (tx) => {
           await tx.unsafe('select id from ${table} where id = 1 for update');
           process.stdout.write('locked\\n');
           await tx.unsafe('select pg_sleep(60)');
         });`,
      ],
      { env: { ...process.env, URL: url, SETTINGS: JSON.stringify({ ...SESSION_SETTINGS, application_name: NAME }) }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
    // Killed only once the server runs the long statement: a session idle in its transaction ends at once on EOF anyway.
    while ((await sql`select 1 from pg_stat_activity where application_name = ${NAME} and state = 'active' and query like '%pg_sleep%'`).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await once(child, 'exit');

    // Waiting at most 10 s for the lock: without the connection check it stays held for the whole minute.
    const locked = await sql.begin(async (tx) => {
      await tx.unsafe(`set local lock_timeout = '10s'`);
      return tx.unsafe(`select id from ${table} where id = 1 for update`);
    });
    expect(locked).toHaveLength(1);
  });
});
