CREATE TABLE "cases"."core_lab_assignments" (
	"registration_number" text NOT NULL,
	"slot" integer NOT NULL,
	"reader_account_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" uuid,
	CONSTRAINT "core_lab_assignments_registration_number_slot_pk" PRIMARY KEY("registration_number","slot"),
	CONSTRAINT "core_lab_assignments_reader_key" UNIQUE("registration_number","reader_account_id")
);
--> statement-breakpoint
CREATE TABLE "cases"."core_lab_cases" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."core_lab_reads" (
	"registration_number" text NOT NULL,
	"reader_account_id" uuid NOT NULL,
	"criteria_version" integer NOT NULL,
	"judgement" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "core_lab_reads_registration_number_reader_account_id_pk" PRIMARY KEY("registration_number","reader_account_id")
);
--> statement-breakpoint
CREATE TABLE "cases"."core_lab_result_changes" (
	"ruling_id" text NOT NULL,
	"registration_number" text NOT NULL,
	"field" text NOT NULL,
	"from_value" jsonb,
	"to_value" jsonb,
	"matter_id" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "core_lab_result_changes_ruling_id_registration_number_field_pk" PRIMARY KEY("ruling_id","registration_number","field")
);
--> statement-breakpoint
CREATE TABLE "cases"."core_lab_results" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"judgement" jsonb NOT NULL,
	"provenance" jsonb NOT NULL,
	"supervisor_account_id" uuid,
	"criteria_version" integer NOT NULL,
	"finalized_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."core_lab_staff" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"role" text NOT NULL,
	"operator_id" text,
	"facility_id" text,
	"enrolled_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."criteria_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"effective_from" date NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."core_lab_assignments" ADD CONSTRAINT "core_lab_assignments_registration_number_core_lab_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."core_lab_cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."core_lab_cases" ADD CONSTRAINT "core_lab_cases_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."core_lab_reads" ADD CONSTRAINT "core_lab_reads_registration_number_core_lab_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."core_lab_cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."core_lab_result_changes" ADD CONSTRAINT "core_lab_result_changes_registration_number_core_lab_results_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."core_lab_results"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."core_lab_results" ADD CONSTRAINT "core_lab_results_registration_number_core_lab_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."core_lab_cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "core_lab_cases_status_due_idx" ON "cases"."core_lab_cases" USING btree ("status","due_on");