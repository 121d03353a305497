/**
 * The header by which a subgraph that feeds the gateway's entity cache says, on its answer
 * to a mutation, whether it committed a change of the rows a cached entity is made of
 * [#17.1]: `1`, and the gateway empties its entity cache of that subgraph at once (read your
 * own writes); `0` (a login, a refresh, a logout), and nothing is emptied. An answer without
 * it says nothing (a subgraph that does not tell, an answer no plugin wrote), so the
 * gateway empties the cache as for `1`. Other gateways hear the change by the NOTIFY feed.
 */
export const ENTITIES_CHANGED_HEADER = 'x-registry-entities-changed';

/** Whether an answer to a mutation may have changed a cached entity: anything but an explicit `0`. */
export function mayHaveChangedEntities(headers: Headers): boolean {
  return headers.get(ENTITIES_CHANGED_HEADER) !== '0';
}
