CREATE TABLE "cases"."annual_report_cases" (
	"year" integer NOT NULL,
	"registration_number" text NOT NULL,
	"applied_changes" text[] NOT NULL,
	CONSTRAINT "annual_report_cases_year_registration_number_pk" PRIMARY KEY("year","registration_number"),
	CONSTRAINT "annual_report_cases_case_key" UNIQUE("registration_number")
);
--> statement-breakpoint
CREATE TABLE "cases"."annual_reports" (
	"year" integer PRIMARY KEY NOT NULL,
	"content" text NOT NULL,
	"sha256" text NOT NULL,
	"presented_by" text NOT NULL,
	"presented_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases"."annual_report_cases" ADD CONSTRAINT "annual_report_cases_year_annual_reports_year_fk" FOREIGN KEY ("year") REFERENCES "cases"."annual_reports"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."annual_report_cases" ADD CONSTRAINT "annual_report_cases_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;