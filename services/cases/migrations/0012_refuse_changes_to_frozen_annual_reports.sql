-- [R27][R41] A presented year is frozen: the database refuses to change or remove its
-- snapshot or its adopted cases, whoever asks (the service only inserts, once per year).
-- SQLSTATE 55000 (object_not_in_prerequisite_state) names the refusal for whoever maps it.
CREATE OR REPLACE FUNCTION "cases"."refuse_frozen_annual_report_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a presented annual report is frozen: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "annual_reports_frozen" BEFORE UPDATE OR DELETE ON "cases"."annual_reports" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_frozen_annual_report_change"();
--> statement-breakpoint
CREATE TRIGGER "annual_reports_frozen_truncate" BEFORE TRUNCATE ON "cases"."annual_reports" FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_frozen_annual_report_change"();
--> statement-breakpoint
CREATE TRIGGER "annual_report_cases_frozen" BEFORE UPDATE OR DELETE ON "cases"."annual_report_cases" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_frozen_annual_report_change"();
--> statement-breakpoint
CREATE TRIGGER "annual_report_cases_frozen_truncate" BEFORE TRUNCATE ON "cases"."annual_report_cases" FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_frozen_annual_report_change"();
