-- [#17.1] The same triggers also tell the transaction itself that it changed the rows of a
-- cached entity: a setting local to the transaction (gone at its end, undone with a rolled-back
-- savepoint). The unit of work reads it before it commits, and the subgraph's answer to the
-- mutation then says so to the gateway (`x-registry-entities-changed: 1`), which empties its
-- entity cache of this subgraph at once; a mutation that changed none (a login, a refresh, a
-- logout) empties nothing. The NOTIFY still empties every gateway at commit.
CREATE OR REPLACE FUNCTION "operators"."notify_entity_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('registry_entity_changed', TG_TABLE_NAME);
  PERFORM set_config('registry.entities_changed', '1', true);
  RETURN NULL;
END;
$$;
