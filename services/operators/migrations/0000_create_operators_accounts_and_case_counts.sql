CREATE SCHEMA IF NOT EXISTS "operators";
--> statement-breakpoint
CREATE TABLE "operators"."accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"login_id" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"operator_id" text,
	"facility_id" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_login_id_unique" UNIQUE("login_id"),
	CONSTRAINT "accounts_operator_id_unique" UNIQUE("operator_id")
);
--> statement-breakpoint
CREATE TABLE "operators"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_account_id" uuid,
	"action" text NOT NULL,
	"subject" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators"."case_counts" (
	"operator_id" text NOT NULL,
	"year" integer NOT NULL,
	"domestic" integer DEFAULT 0 NOT NULL,
	"overseas" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_counts_operator_id_year_pk" PRIMARY KEY("operator_id","year")
);
--> statement-breakpoint
CREATE TABLE "operators"."counted_registrations" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"year" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators"."facilities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"prefecture" text NOT NULL,
	"location" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators"."operator_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"effective_on" date NOT NULL,
	"decided_by" uuid,
	"reason" text NOT NULL,
	"rule" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators"."operators" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"facility_id" text NOT NULL,
	"status" text NOT NULL,
	"status_since" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "operators"."accounts" ADD CONSTRAINT "accounts_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."accounts" ADD CONSTRAINT "accounts_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "operators"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."operator_status_history" ADD CONSTRAINT "operator_status_history_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."operators" ADD CONSTRAINT "operators_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "operators"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "operators_status_idx" ON "operators"."operators" USING btree ("status");