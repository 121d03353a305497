import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@registry/db';
import { ENTITY_CHANGES_CHANNEL, EntityChangeFeed } from './entity-changes.ts';

/** A handle whose LISTEN the test drives: `notify` as a commit would, `relisten` as after a dropped connection. */
function listenable() {
  let onPayload: ((payload: string) => void) | undefined;
  let onListen: (() => void) | undefined;
  const channels: string[] = [];
  const handle = {
    async listen(channel: string, payload: (p: string) => void, listen?: () => void) {
      channels.push(channel);
      onPayload = payload;
      onListen = listen;
      listen?.();
      return async () => undefined;
    },
  } as unknown as DatabaseHandle;
  return { handle, channels, notify: (table: string) => onPayload!(table), relisten: () => onListen!() };
}

describe('EntityChangeFeed [#17.1]', () => {
  it('should say `*` first, then the tables of each change, and `*` again after the LISTEN came back', async () => {
    const db = listenable();
    const feed = new EntityChangeFeed(db.handle);
    await feed.start();
    expect(db.channels).toEqual([ENTITY_CHANGES_CHANNEL]);
    const changes = feed.follow('_entityChanges');
    expect((await changes.next()).value).toEqual({ _entityChanges: { tables: ['*'] } });
    db.notify('operators');
    expect((await changes.next()).value).toEqual({ _entityChanges: { tables: ['operators'] } });
    db.relisten();
    expect((await changes.next()).value).toEqual({ _entityChanges: { tables: ['*'] } });
  });

  it('should listen on the channel of its own subgraph when given one', async () => {
    const db = listenable();
    const feed = new EntityChangeFeed(db.handle, 'registry_adjudication_entity_changed');
    await feed.start();
    expect(db.channels).toEqual(['registry_adjudication_entity_changed']);
    await feed.stop();
  });

  it('should fold the changes a slow follower has not taken into one', async () => {
    const db = listenable();
    const feed = new EntityChangeFeed(db.handle);
    await feed.start();
    const changes = feed.follow('_entityChanges');
    await changes.next();
    for (const table of ['operators', 'facilities', 'operators', 'accounts']) db.notify(table);
    expect((await changes.next()).value).toEqual({ _entityChanges: { tables: ['accounts', 'facilities', 'operators'] } });
  });

  it('should end its followers when stopped, and forget one that ended', async () => {
    const db = listenable();
    const feed = new EntityChangeFeed(db.handle);
    await feed.start();
    const a = feed.follow('_entityChanges');
    const b = feed.follow('_entityChanges');
    await a.next();
    await a.return!();
    expect(feed.size).toBe(1);
    await b.next();
    const pending = b.next();
    await feed.stop();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(feed.size).toBe(0);
  });
});
