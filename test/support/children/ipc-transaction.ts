/**
 * A child for the IPC database tests, on the parent's embedded database. First it sends
 * the fields of a unique violation raised in the parent (they must cross intact), LISTENs
 * on the bus channel (every payload heard goes to the parent as `{ heard }`) and says
 * `ready`. Then, on each `begin <value>`, in one transaction, it inserts the value into
 * `ipc_probe`, says `inside` and waits for `commit`, `rollback` or `late` (a statement
 * sent after the parent's bound rolled the transaction back), and reports `done <outcome>`.
 */
import { sql } from 'drizzle-orm';
import { openParentDatabase } from '@registry/db/src/ipc/child.ts';

const handle = openParentDatabase();
const queue: string[] = [];
let wake: (() => void) | undefined;
process.on('message', (m: unknown) => {
  if (typeof m !== 'string') return;
  queue.push(m);
  wake?.();
});
const order = async (): Promise<string> => {
  while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
  return queue.shift()!;
};

const refusal = await handle.db.execute(sql`insert into ipc_unique (k) values ('same'), ('same')`).then(
  () => undefined,
  (err: { cause?: { code?: string; constraint?: string } }) => ({ code: err.cause?.code, constraint: err.cause?.constraint }),
);
process.send!({ refusal });
await handle.listen('cto_bus', (payload) => process.send!({ heard: payload }));
process.send!('ready');

for (;;) {
  const value = (await order()).replace(/^begin /, '');
  let outcome: string;
  try {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into ipc_probe (v) values (${value})`);
      process.send!('inside');
      const next = await order();
      if (next === 'rollback') tx.rollback();
      if (next === 'late') await tx.execute(sql`insert into ipc_probe (v) values (${`${value}-late`})`);
    });
    outcome = 'committed';
  } catch (err) {
    outcome = `refused: ${(err as Error).message}`;
  }
  process.send!(`done ${outcome}`);
}
