/** GraphQL shows instants as ISO strings, UTC. */
export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
