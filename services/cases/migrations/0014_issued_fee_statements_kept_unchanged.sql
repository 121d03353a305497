CREATE TABLE "cases"."fee_statement_lines" (
	"statement_id" uuid NOT NULL,
	"registration_number" text NOT NULL,
	"procedure_date" date NOT NULL,
	"registration_fee" integer NOT NULL,
	"acute_result_fee" integer NOT NULL,
	"follow_up_years" integer NOT NULL,
	"follow_up_fee" integer NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "fee_statement_lines_statement_id_registration_number_pk" PRIMARY KEY("statement_id","registration_number"),
	CONSTRAINT "fee_statement_lines_amounts" CHECK ("cases"."fee_statement_lines"."registration_fee" in (0, 4000) and "cases"."fee_statement_lines"."acute_result_fee" in (0, 1000) and "cases"."fee_statement_lines"."follow_up_fee" between 0 and 5000 and "cases"."fee_statement_lines"."total" = "cases"."fee_statement_lines"."registration_fee" + "cases"."fee_statement_lines"."acute_result_fee" + "cases"."fee_statement_lines"."follow_up_fee")
);
--> statement-breakpoint
CREATE TABLE "cases"."fee_statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"facility_id" text NOT NULL,
	"year" integer NOT NULL,
	"revision" integer NOT NULL,
	"replaces" uuid,
	"correction_reason" text,
	"total" integer NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_in_transaction" bigint DEFAULT txid_current() NOT NULL,
	CONSTRAINT "fee_statements_number_unique" UNIQUE("number"),
	CONSTRAINT "fee_statements_replaces_key" UNIQUE("replaces"),
	CONSTRAINT "fee_statements_revision_key" UNIQUE("facility_id","year","revision"),
	CONSTRAINT "fee_statements_revision_replaces" CHECK (("cases"."fee_statements"."revision" = 1) = ("cases"."fee_statements"."replaces" is null) and ("cases"."fee_statements"."replaces" is null) = ("cases"."fee_statements"."correction_reason" is null)),
	CONSTRAINT "fee_statements_total" CHECK ("cases"."fee_statements"."total" >= 0)
);
--> statement-breakpoint
ALTER TABLE "cases"."fee_statement_lines" ADD CONSTRAINT "fee_statement_lines_statement_id_fee_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "cases"."fee_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."fee_statement_lines" ADD CONSTRAINT "fee_statement_lines_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."fee_statements" ADD CONSTRAINT "fee_statements_replaces_fee_statements_id_fk" FOREIGN KEY ("replaces") REFERENCES "cases"."fee_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- [R20] An issued fee statement is what the facility's office filed: the database refuses to
-- change or remove it or its lines, whoever asks; a correction is a new statement naming the
-- one it replaces. SQLSTATE 55000 as for a frozen annual report (0012).
CREATE OR REPLACE FUNCTION "cases"."refuse_issued_fee_statement_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an issued fee statement is kept unchanged: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;
--> statement-breakpoint
-- The issuing transaction is the database's to record, never the caller's.
CREATE OR REPLACE FUNCTION "cases"."stamp_fee_statement_transaction"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.issued_in_transaction := txid_current();
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- A line is written with its statement, in the transaction that issued it; never added later.
CREATE OR REPLACE FUNCTION "cases"."refuse_late_fee_statement_line"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "cases"."fee_statements" s WHERE s.id = NEW.statement_id AND s.issued_in_transaction = txid_current()) THEN
    RAISE EXCEPTION 'an issued fee statement is kept unchanged: a line added to statement % after it was issued refused', NEW.statement_id USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "fee_statements_stamp_transaction" BEFORE INSERT ON "cases"."fee_statements" FOR EACH ROW EXECUTE FUNCTION "cases"."stamp_fee_statement_transaction"();
--> statement-breakpoint
CREATE TRIGGER "fee_statements_issued" BEFORE UPDATE OR DELETE ON "cases"."fee_statements" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_issued_fee_statement_change"();
--> statement-breakpoint
CREATE TRIGGER "fee_statements_issued_truncate" BEFORE TRUNCATE ON "cases"."fee_statements" FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_issued_fee_statement_change"();
--> statement-breakpoint
CREATE TRIGGER "fee_statement_lines_issued" BEFORE UPDATE OR DELETE ON "cases"."fee_statement_lines" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_issued_fee_statement_change"();
--> statement-breakpoint
CREATE TRIGGER "fee_statement_lines_issued_truncate" BEFORE TRUNCATE ON "cases"."fee_statement_lines" FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_issued_fee_statement_change"();
--> statement-breakpoint
CREATE TRIGGER "fee_statement_lines_with_statement" BEFORE INSERT ON "cases"."fee_statement_lines" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_late_fee_statement_line"();
