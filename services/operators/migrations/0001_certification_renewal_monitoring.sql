CREATE TABLE "operators"."applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"applicant_name" text NOT NULL,
	"facility_id" text NOT NULL,
	"cto_experience" integer NOT NULL,
	"status" text NOT NULL,
	"filed_on" date NOT NULL,
	"filed_by_account_id" uuid,
	"decided_on" date,
	"decided_by" uuid,
	"decision_reason" text,
	"operator_id" text
);
--> statement-breakpoint
CREATE TABLE "operators"."certification_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" text NOT NULL,
	"requested_on" date NOT NULL,
	"completed_registrations" integer NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"status" text NOT NULL,
	"decided_on" date,
	"decided_by" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "operators"."continuation_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" text NOT NULL,
	"asked_for_year" integer NOT NULL,
	"asked_on" date NOT NULL,
	"answer" text,
	"answered_on" date,
	"closed_on" date
);
--> statement-breakpoint
CREATE TABLE "operators"."monitoring_thresholds" (
	"from_year" integer PRIMARY KEY NOT NULL,
	"min_indication_appropriate_rate" double precision NOT NULL,
	"max_complication_rate" double precision NOT NULL,
	"min_success_rate" double precision NOT NULL,
	"set_on" date NOT NULL,
	"set_by" uuid
);
--> statement-breakpoint
CREATE TABLE "operators"."official_results" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"year" integer NOT NULL,
	"technical_success" boolean NOT NULL,
	"procedure_success" boolean NOT NULL,
	"complication" boolean NOT NULL,
	"indication_appropriate" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators"."recommendations" (
	"application_id" uuid NOT NULL,
	"recommender_operator_id" text NOT NULL,
	"recommender_account_id" uuid NOT NULL,
	"letter" text NOT NULL,
	"given_on" date NOT NULL,
	CONSTRAINT "recommendations_application_id_recommender_operator_id_pk" PRIMARY KEY("application_id","recommender_operator_id")
);
--> statement-breakpoint
CREATE TABLE "operators"."renewal_results" (
	"year" integer NOT NULL,
	"operator_id" text NOT NULL,
	"domestic" integer NOT NULL,
	"overseas" integer NOT NULL,
	"status_before" text NOT NULL,
	"outcome" text NOT NULL,
	"lean_years" integer NOT NULL,
	CONSTRAINT "renewal_results_year_operator_id_pk" PRIMARY KEY("year","operator_id")
);
--> statement-breakpoint
CREATE TABLE "operators"."renewal_runs" (
	"year" integer PRIMARY KEY NOT NULL,
	"run_on" date NOT NULL,
	"run_by" uuid
);
--> statement-breakpoint
CREATE TABLE "operators"."revocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" text NOT NULL,
	"ground" text NOT NULL,
	"reason" text NOT NULL,
	"decision_record" text NOT NULL,
	"warning_id" uuid,
	"decided_on" date NOT NULL,
	"decided_by" uuid,
	"published" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operators"."steering_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"resolution" text NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "operators"."warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" text NOT NULL,
	"year" integer NOT NULL,
	"measures" text[] NOT NULL,
	"figures" jsonb NOT NULL,
	"reason" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by" uuid
);
--> statement-breakpoint
ALTER TABLE "operators"."counted_registrations" ADD COLUMN "completed_on" date;--> statement-breakpoint
ALTER TABLE "operators"."applications" ADD CONSTRAINT "applications_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "operators"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."applications" ADD CONSTRAINT "applications_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."certification_reviews" ADD CONSTRAINT "certification_reviews_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."continuation_questions" ADD CONSTRAINT "continuation_questions_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."recommendations" ADD CONSTRAINT "recommendations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "operators"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."recommendations" ADD CONSTRAINT "recommendations_recommender_operator_id_operators_id_fk" FOREIGN KEY ("recommender_operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."renewal_results" ADD CONSTRAINT "renewal_results_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."revocations" ADD CONSTRAINT "revocations_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."revocations" ADD CONSTRAINT "revocations_warning_id_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "operators"."warnings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."steering_terms" ADD CONSTRAINT "steering_terms_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "operators"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."warnings" ADD CONSTRAINT "warnings_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "continuation_questions_operator_year_idx" ON "operators"."continuation_questions" USING btree ("operator_id","asked_for_year");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_operator_year_idx" ON "operators"."warnings" USING btree ("operator_id","year");