-- [T14.1] The audit trail is append-only: the database refuses to change or remove a row.
-- The hash chain still catches whoever disables this trigger (verifyAuditTrail).
CREATE OR REPLACE FUNCTION "cases"."refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "cases"."audit_entries" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_audit_change"();
