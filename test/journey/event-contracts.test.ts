import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { busTables } from '@registry/bus';
import { contractOf } from '@registry/contracts';
import { startTestRegistry, type TestRegistry } from '../support/harness.ts';

/**
 * [#14.2] Every event the demo registry published through the services (the seed: facilities,
 * roster, steering terms, cases, completions, core-lab results, the committee, discussion,
 * matters, criteria) is read back from the outbox and checked against its topic's contract;
 * every consumer has read its topic to the end, none is stopped at an event.
 */
describe('the events the registry publishes', () => {
  let t: TestRegistry;
  let rows: { topic: string; seq: number; type: string; payload: unknown }[];

  beforeAll(async () => {
    t = await startTestRegistry();
    await t.registry.settle();
    const { events } = busTables;
    rows = await t.handle.db.select({ topic: events.topic, seq: events.seq, type: events.type, payload: events.payload }).from(events).orderBy(asc(events.topic), asc(events.seq));
  }, 600_000);
  afterAll(() => t.stop());

  it('should store only events that match their topic\'s contract', () => {
    expect(rows.length).toBeGreaterThan(50);
    const invalid = rows.flatMap((row) => {
      const contract = contractOf(row.topic);
      const schema = contract && Object.hasOwn(contract.events, row.type) ? contract.events[row.type] : undefined;
      if (!schema) return [{ topic: row.topic, seq: row.seq, type: row.type, problem: contract ? 'unknown event' : 'unknown topic' }];
      const parsed = schema.safeParse(row.payload);
      return parsed.success ? [] : [{ topic: row.topic, seq: row.seq, type: row.type, problem: parsed.error.message }];
    });
    expect(invalid).toEqual([]);
  });

  it('should have published the cross-service events of every subgraph', () => {
    const kinds = new Set(rows.map((r) => `${contractOf(r.topic) === undefined ? r.topic : r.topic.replace(/^(operator|thread|matter):[^:]+/, '$1:<id>')} ${r.type}`));
    for (const kind of ['cases CaseRegistered.v1', 'cases RegistrationCompleted.v1', 'cases OfficialResultRecorded.v1', 'operators FacilityRegistered.v1', 'operators OperatorRosterChanged.v1', 'operators SteeringTermsChanged.v1', 'adjudication CommitteeSeatChanged.v1', 'criteria CriteriaVersionPublished.v1']) {
      expect(kinds).toContain(kind);
    }
  });

  it('should leave every durable consumer at the head of its topic, none stopped', async () => {
    const heads = new Map((await t.handle.db.select().from(busTables.topics)).map((h) => [h.topic, h.head]));
    const offsets = await t.handle.db.select().from(busTables.consumerOffsets);
    expect(offsets.length).toBeGreaterThanOrEqual(9);
    expect(offsets.filter((o) => o.position !== heads.get(o.topic))).toEqual([]);
    for (const url of Object.values(t.registry.subgraphUrls)) {
      const ready = (await (await fetch(new URL('/readyz', url))).json()) as Record<string, unknown>;
      expect(ready).toMatchObject({ status: 'ready' });
      expect(ready['stalledConsumers']).toBeUndefined();
    }
  });
});
