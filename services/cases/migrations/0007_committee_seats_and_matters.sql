CREATE TABLE "cases"."committee_matters" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."committee_seats" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"seat" text NOT NULL,
	"since" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "committee_matters_case_idx" ON "cases"."committee_matters" USING btree ("registration_number");