-- [#17.1] The gateway keeps the adjudication subgraph's answers of a case's discussion (the
-- thread, its posts, their revisions) until this subgraph's next committed change of the rows
-- they are made of: threads, posts, post_revisions, and case_refs (whose operator decides who
-- reads a case's thread [R6]). Each such change NOTIFYs the table's name on
-- registry_adjudication_entity_changed, the channel of this subgraph alone (the operators
-- subgraph's is registry_entity_changed: one database may hold both, and neither empties the
-- other's cache). PostgreSQL delivers it at commit, never for a rolled-back transaction.
CREATE OR REPLACE FUNCTION "adjudication"."notify_entity_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('registry_adjudication_entity_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "threads_entity_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adjudication"."threads"
  FOR EACH STATEMENT EXECUTE FUNCTION "adjudication"."notify_entity_change"();
--> statement-breakpoint
CREATE TRIGGER "posts_entity_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adjudication"."posts"
  FOR EACH STATEMENT EXECUTE FUNCTION "adjudication"."notify_entity_change"();
--> statement-breakpoint
CREATE TRIGGER "post_revisions_entity_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adjudication"."post_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "adjudication"."notify_entity_change"();
--> statement-breakpoint
CREATE TRIGGER "case_refs_entity_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "adjudication"."case_refs"
  FOR EACH STATEMENT EXECUTE FUNCTION "adjudication"."notify_entity_change"();
