/**
 * Counting what the durable consumers apply, in PostgreSQL itself. A `before insert`
 * trigger on a projection's table records every row a handler writes, with the
 * `application_name` of the process that wrote it and the time, in the schema
 * `replicas_probe` of the script's own cluster. A BEFORE trigger fires for every row
 * proposed, even one `on conflict do nothing` then skips, so an event applied twice shows
 * as two rows even where the handler's idempotence hides it in the projection; a batch
 * rolled back (its process killed) takes its probe rows with it. Rows without the key (a
 * matter's thread has no case) are not counted.
 */
import type postgres from 'postgres';

/** The projections counted: table → the column that names the event's subject. */
export const PROBED = [
  { consumer: 'adjudication.case-projection', topic: 'cases', event: 'CaseRegistered.v1', field: 'registrationNumber', table: 'adjudication.case_refs', key: 'registration_number' },
  { consumer: 'adjudication.case-projection', topic: 'cases', event: 'CaseRegistered.v1', field: 'registrationNumber', table: 'adjudication.threads', key: 'registration_number' },
  { consumer: 'cases.roster', topic: 'operators', event: 'FacilityRegistered.v1', field: 'facilityId', table: 'cases.roster_facilities', key: 'facility_id' },
] as const;

/** Writes of the mutations counted by the process that handled them: which adjudication process took each post and vote. */
export const HANDLED = [
  { table: 'adjudication.posts', key: 'id' },
  { table: 'adjudication.votes', key: 'id' },
] as const;

export async function installProbe(sql: postgres.Sql): Promise<void> {
  await sql.unsafe(`
    create schema if not exists replicas_probe;
    create table if not exists replicas_probe.applied (tbl text not null, key text not null, by text not null, at timestamptz not null default clock_timestamp());
    create or replace function replicas_probe.record() returns trigger language plpgsql as $$
    begin
      if to_jsonb(new) ->> tg_argv[0] is not null then
        insert into replicas_probe.applied (tbl, key, by) values (tg_table_schema || '.' || tg_table_name, to_jsonb(new) ->> tg_argv[0], current_setting('application_name'));
      end if;
      return new;
    end $$;
  `);
  for (const p of [...PROBED, ...HANDLED]) {
    await sql.unsafe(`drop trigger if exists replicas_probe on ${p.table}`);
    await sql.unsafe(`create trigger replicas_probe before insert on ${p.table} for each row execute function replicas_probe.record('${p.key}')`);
  }
}

export interface Applied {
  /** Probe rows per key. */
  times: Map<string, number>;
  /** Rows per writing process. */
  by: Record<string, number>;
}

export async function applied(sql: postgres.Sql, table: string): Promise<Applied> {
  const rows = await sql<{ key: string; by: string }[]>`select key, by from replicas_probe.applied where tbl = ${table}`;
  const times = new Map<string, number>();
  const by: Record<string, number> = {};
  for (const r of rows) {
    times.set(r.key, (times.get(r.key) ?? 0) + 1);
    by[r.by] = (by[r.by] ?? 0) + 1;
  }
  return { times, by };
}

/** Each probed consumer's position and its topic's head. */
export async function positions(sql: postgres.Sql): Promise<{ consumer: string; position: number; head: number }[]> {
  const out: { consumer: string; position: number; head: number }[] = [];
  for (const p of PROBED.filter((x, i) => PROBED.findIndex((y) => y.consumer === x.consumer) === i)) {
    const [row] = await sql<{ position: string | null; head: string | null }[]>`
      select (select position from bus.consumer_offsets where consumer = ${p.consumer} and topic = ${p.topic}) as position,
             (select head from bus.topics where topic = ${p.topic}) as head`;
    out.push({ consumer: p.consumer, position: Number(row?.position ?? 0), head: Number(row?.head ?? 0) });
  }
  return out;
}

/**
 * From each event's commit to its effect's, per projection (ms): the longest is how long a
 * consumer stalled when a process was killed in the middle of its batch, the cursor row
 * locked until PostgreSQL ended the orphaned transaction (packages/db SESSION_SETTINGS).
 */
export async function lags(sql: postgres.Sql, table: string, topic: string, type: string, field: string, afterSeq: number): Promise<number[]> {
  const rows = await sql<{ ms: number }[]>`
    select extract(epoch from (a.at - e.created_at)) * 1000 as ms
      from replicas_probe.applied a
      join bus.events e on e.topic = ${topic} and e.type = ${type} and e.seq > ${afterSeq} and e.payload ->> ${field} = a.key
     where a.tbl = ${table}`;
  return rows.map((r) => Number(r.ms)).sort((x, y) => x - y);
}

export interface Effect {
  consumer: string;
  table: string;
  /** Events of the run (after the topic's head `heads[topic]` at the start). */
  events: number;
  once: number;
  never: number;
  /** Keys written more than once. */
  twice: number;
  by: Record<string, number>;
  /** Commit → effect, sorted (ms). */
  lag: number[];
}

/** Each probed projection: how many of the run's events took effect once, never, or more than once. */
export async function effects(sql: postgres.Sql, heads: Record<'cases' | 'operators', number>): Promise<Effect[]> {
  const out: Effect[] = [];
  for (const p of PROBED) {
    const a = await applied(sql, p.table);
    const events = (await sql<{ k: string }[]>`select payload ->> ${p.field} as k from bus.events where topic = ${p.topic} and type = ${p.event} and seq > ${heads[p.topic]}`).map((r) => r.k);
    out.push({
      consumer: p.consumer,
      table: p.table,
      events: events.length,
      once: events.filter((k) => a.times.get(k) === 1).length,
      never: events.filter((k) => !a.times.has(k)).length,
      twice: [...a.times.values()].filter((n) => n > 1).length,
      by: a.by,
      lag: await lags(sql, p.table, p.topic, p.event, p.field, heads[p.topic]),
    });
  }
  return out;
}

/** The head of each probed topic now: the run's events are those after it. */
export async function topicHeads(sql: postgres.Sql): Promise<Record<'cases' | 'operators', number>> {
  const rows = await sql<{ topic: string; head: string }[]>`select topic, head from bus.topics where topic in ('cases', 'operators')`;
  const head = (t: string) => Number(rows.find((r) => r.topic === t)?.head ?? 0);
  return { cases: head('cases'), operators: head('operators') };
}
