CREATE SCHEMA IF NOT EXISTS "adjudication";
--> statement-breakpoint
CREATE TABLE "adjudication"."case_refs" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"registered_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjudication"."committee_members" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"seat" text NOT NULL,
	"is_chair" boolean DEFAULT false NOT NULL,
	"appointed_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjudication"."posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"thread_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"author_account_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posts_thread_seq_key" UNIQUE("thread_id","seq")
);
--> statement-breakpoint
CREATE TABLE "adjudication"."threads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "threads_registration_number_unique" UNIQUE("registration_number")
);
--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD CONSTRAINT "posts_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "adjudication"."threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."threads" ADD CONSTRAINT "threads_registration_number_case_refs_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "adjudication"."case_refs"("registration_number") ON DELETE no action ON UPDATE no action;