CREATE SCHEMA IF NOT EXISTS "cases";
--> statement-breakpoint
CREATE TABLE "cases"."cases" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"facility_id" text NOT NULL,
	"operator_id" text NOT NULL,
	"patient_code" text NOT NULL,
	"patient_initials" text NOT NULL,
	"domestic" boolean NOT NULL,
	"procedure_date" date NOT NULL,
	"vessel" text NOT NULL,
	"status" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "cases_facility_patient_code_key" UNIQUE("facility_id","patient_code")
);
--> statement-breakpoint
CREATE TABLE "cases"."registration_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cases_operator_idx" ON "cases"."cases" USING btree ("operator_id");