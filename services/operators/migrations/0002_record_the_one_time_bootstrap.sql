CREATE TABLE "operators"."bootstrap_runs" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"file_sha256" text NOT NULL,
	CONSTRAINT "bootstrap_runs_single_row" CHECK ("operators"."bootstrap_runs"."id" = 1)
);
