const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of rows are UUIDs: anything else names nothing, and never reaches the database as one. */
export const isUuid = (id: string): boolean => UUID.test(id);
