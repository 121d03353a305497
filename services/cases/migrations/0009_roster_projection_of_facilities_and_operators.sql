CREATE TABLE "cases"."roster_facilities" (
	"facility_id" text PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases"."roster_operators" (
	"operator_id" text PRIMARY KEY NOT NULL,
	"facility_id" text NOT NULL,
	"status" text NOT NULL,
	"registration_allowed" boolean NOT NULL,
	"seq" bigint NOT NULL
);
