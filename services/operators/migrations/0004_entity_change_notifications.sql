-- [#17.1] The gateway keeps the answers of Operator, Facility and Person (their names, facility
-- and status) until this subgraph's next committed change of the rows they are made of. Each
-- such change NOTIFYs the table's name on registry_entity_changed (delivered at commit, never
-- for a rolled-back transaction; one per table and transaction, as PostgreSQL folds equal
-- notifications). An account's logins and lockouts change no name and notify nothing.
CREATE OR REPLACE FUNCTION "operators"."notify_entity_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('registry_entity_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "operators_entity_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operators"."operators"
  FOR EACH STATEMENT EXECUTE FUNCTION "operators"."notify_entity_change"();
--> statement-breakpoint
CREATE TRIGGER "facilities_entity_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operators"."facilities"
  FOR EACH STATEMENT EXECUTE FUNCTION "operators"."notify_entity_change"();
--> statement-breakpoint
CREATE TRIGGER "accounts_entity_change" AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "display_name", "operator_id" ON "operators"."accounts"
  FOR EACH STATEMENT EXECUTE FUNCTION "operators"."notify_entity_change"();
