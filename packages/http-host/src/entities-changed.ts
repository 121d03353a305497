/**
 * The header by which a subgraph's answer to a mutation says that it committed a change of
 * the rows a cached entity is made of [#17.1]: the gateway then empties its entity cache of
 * that subgraph at once (read your own writes). Absent, the mutation changed none of them
 * (a login, a refresh, a logout) and nothing is emptied; other gateways hear the change by
 * the subgraph's NOTIFY feed.
 */
export const ENTITIES_CHANGED_HEADER = 'x-registry-entities-changed';
