CREATE TABLE "cases"."risk_model_coefficients" (
	"model_id" uuid NOT NULL,
	"term" text NOT NULL,
	"estimate" double precision NOT NULL,
	"standard_error" double precision NOT NULL,
	"years" integer[] NOT NULL,
	CONSTRAINT "risk_model_coefficients_model_id_term_pk" PRIMARY KEY("model_id","term")
);
--> statement-breakpoint
CREATE TABLE "cases"."risk_models" (
	"id" uuid PRIMARY KEY NOT NULL,
	"years" integer[] NOT NULL,
	"cases" integer NOT NULL,
	"successes" integer NOT NULL,
	"iterations" integer NOT NULL,
	"log_likelihood" double precision NOT NULL,
	"calibration" jsonb NOT NULL,
	"fitted_by" text NOT NULL,
	"fitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."risk_model_coefficients" ADD CONSTRAINT "risk_model_coefficients_model_id_risk_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "cases"."risk_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- [R15][R38] A fitted model is a record: its coefficients and the years they came from never
-- change (a new fit is a new model), so every O/E the committee was shown can be recomputed.
-- SQLSTATE 55000, as for the frozen annual reports (migration 0012).
CREATE OR REPLACE FUNCTION "cases"."refuse_risk_model_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a fitted risk model is kept as fitted: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = '55000';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "risk_models_kept" BEFORE UPDATE OR DELETE ON "cases"."risk_models" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_risk_model_change"();
--> statement-breakpoint
CREATE TRIGGER "risk_models_kept_truncate" BEFORE TRUNCATE ON "cases"."risk_models" FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_risk_model_change"();
--> statement-breakpoint
CREATE TRIGGER "risk_model_coefficients_kept" BEFORE UPDATE OR DELETE ON "cases"."risk_model_coefficients" FOR EACH ROW EXECUTE FUNCTION "cases"."refuse_risk_model_change"();
--> statement-breakpoint
CREATE TRIGGER "risk_model_coefficients_kept_truncate" BEFORE TRUNCATE ON "cases"."risk_model_coefficients" FOR EACH STATEMENT EXECUTE FUNCTION "cases"."refuse_risk_model_change"();
