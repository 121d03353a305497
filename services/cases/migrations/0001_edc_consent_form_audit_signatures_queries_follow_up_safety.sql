CREATE TABLE "cases"."adverse_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"name" text NOT NULL,
	"onset_on" date NOT NULL,
	"outcome_on" date,
	"outcome" text NOT NULL,
	"other_treatment" text NOT NULL,
	"serious" boolean NOT NULL,
	"seriousness_criteria" jsonb NOT NULL,
	"severity" text NOT NULL,
	"causality" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."audit_entries" (
	"registration_number" text NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"field" text,
	"old_value" text,
	"new_value" text,
	"reason" text,
	"actor_account_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_entries_registration_number_seq_pk" PRIMARY KEY("registration_number","seq")
);
--> statement-breakpoint
CREATE TABLE "cases"."data_queries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"facility_id" text NOT NULL,
	"field" text NOT NULL,
	"question" text NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cases"."follow_ups" (
	"registration_number" text NOT NULL,
	"year" integer NOT NULL,
	"contacted_on" date NOT NULL,
	"vital_status" text NOT NULL,
	"events" jsonb NOT NULL,
	"entered_by_operator_id" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "follow_ups_registration_number_year_pk" PRIMARY KEY("registration_number","year")
);
--> statement-breakpoint
CREATE TABLE "cases"."form_sections" (
	"registration_number" text NOT NULL,
	"section" text NOT NULL,
	"data" jsonb NOT NULL,
	"first_entered_by_operator_id" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "form_sections_registration_number_section_pk" PRIMARY KEY("registration_number","section")
);
--> statement-breakpoint
CREATE TABLE "cases"."image_series" (
	"registration_number" text NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "image_series_registration_number_kind_pk" PRIMARY KEY("registration_number","kind")
);
--> statement-breakpoint
CREATE TABLE "cases"."protocol_deviations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"account_id" text NOT NULL,
	"operator_id" text NOT NULL,
	"meaning" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"reauthentication_id" text NOT NULL,
	"voided_at" timestamp with time zone,
	CONSTRAINT "signatures_reauthentication_id_unique" UNIQUE("reauthentication_id")
);
--> statement-breakpoint
CREATE TABLE "cases"."site_approvals" (
	"facility_id" text PRIMARY KEY NOT NULL,
	"ethics_approved_on" date NOT NULL,
	"approval_number" text NOT NULL,
	"contract_status" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "consent_obtained_on" date;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "follow_up_consented" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "image_publication_consented" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "eligibility" jsonb;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "form_state" text DEFAULT 'DRAFT' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "locked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "consent_withdrawn_on" date;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "consent_withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "lost_to_follow_up_on" date;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "lost_to_follow_up_reason" text;--> statement-breakpoint
ALTER TABLE "cases"."cases" ADD COLUMN "report_year" integer;--> statement-breakpoint
ALTER TABLE "cases"."adverse_events" ADD CONSTRAINT "adverse_events_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."audit_entries" ADD CONSTRAINT "audit_entries_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."data_queries" ADD CONSTRAINT "data_queries_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."follow_ups" ADD CONSTRAINT "follow_ups_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."form_sections" ADD CONSTRAINT "form_sections_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."image_series" ADD CONSTRAINT "image_series_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."protocol_deviations" ADD CONSTRAINT "protocol_deviations_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."signatures" ADD CONSTRAINT "signatures_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adverse_events_case_idx" ON "cases"."adverse_events" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "adverse_events_serious_idx" ON "cases"."adverse_events" USING btree ("serious","recorded_at");--> statement-breakpoint
CREATE INDEX "data_queries_facility_status_idx" ON "cases"."data_queries" USING btree ("facility_id","status");--> statement-breakpoint
CREATE INDEX "data_queries_case_idx" ON "cases"."data_queries" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "protocol_deviations_case_idx" ON "cases"."protocol_deviations" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "signatures_case_idx" ON "cases"."signatures" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "cases_facility_idx" ON "cases"."cases" USING btree ("facility_id");