CREATE TABLE "adjudication"."criteria_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"effective_from" date NOT NULL,
	"ruling_id" uuid,
	"published_by_account_id" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjudication"."matters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"registration_number" text,
	"question" text NOT NULL,
	"raised_by_account_id" uuid NOT NULL,
	"raised_by_operator_id" text,
	"status" text NOT NULL,
	"screening_reason" text,
	"screened_by_account_id" uuid,
	"screened_at" timestamp with time zone,
	"session_declared_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjudication"."notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"kind" text NOT NULL,
	"thread_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "adjudication"."official_results" (
	"registration_number" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"result" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjudication"."points_at_issue" (
	"id" uuid PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"current_round" integer DEFAULT 1 NOT NULL,
	"decision" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "points_matter_number_key" UNIQUE("matter_id","number")
);
--> statement-breakpoint
CREATE TABLE "adjudication"."post_revisions" (
	"post_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"body" text NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_revisions_post_id_revision_pk" PRIMARY KEY("post_id","revision")
);
--> statement-breakpoint
CREATE TABLE "adjudication"."rulings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reasoning" text NOT NULL,
	"answer" text NOT NULL,
	"result_changes" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rulings_matter_id_unique" UNIQUE("matter_id")
);
--> statement-breakpoint
CREATE TABLE "adjudication"."steering_terms" (
	"account_id" uuid NOT NULL,
	"from" date NOT NULL,
	"to" date,
	CONSTRAINT "steering_terms_account_id_from_pk" PRIMARY KEY("account_id","from")
);
--> statement-breakpoint
CREATE TABLE "adjudication"."votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"point_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"member_account_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_one_per_member_point_round" UNIQUE("point_id","round","member_account_id")
);
--> statement-breakpoint
CREATE TABLE "adjudication"."voting_rounds" (
	"point_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"opened_by_account_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"outcome" text,
	"eligible" integer,
	CONSTRAINT "voting_rounds_point_id_round_pk" PRIMARY KEY("point_id","round"),
	CONSTRAINT "voting_rounds_round" CHECK ("adjudication"."voting_rounds"."round" in (1, 2))
);
--> statement-breakpoint
ALTER TABLE "adjudication"."threads" ALTER COLUMN "registration_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "adjudication"."committee_members" ADD COLUMN "operator_id" text;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "kind" text DEFAULT 'DISCUSSION' NOT NULL;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "reply_to_post_id" uuid;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "point_id" uuid;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "on_behalf_of_operator_id" text;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "image_series_uid" text;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "image_frame" integer;--> statement-breakpoint
ALTER TABLE "adjudication"."posts" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "adjudication"."threads" ADD COLUMN "matter_id" uuid;--> statement-breakpoint
ALTER TABLE "adjudication"."criteria_versions" ADD CONSTRAINT "criteria_versions_ruling_id_rulings_id_fk" FOREIGN KEY ("ruling_id") REFERENCES "adjudication"."rulings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."matters" ADD CONSTRAINT "matters_registration_number_case_refs_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "adjudication"."case_refs"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."notifications" ADD CONSTRAINT "notifications_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "adjudication"."threads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."notifications" ADD CONSTRAINT "notifications_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "adjudication"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."official_results" ADD CONSTRAINT "official_results_registration_number_case_refs_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "adjudication"."case_refs"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."points_at_issue" ADD CONSTRAINT "points_at_issue_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "adjudication"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."post_revisions" ADD CONSTRAINT "post_revisions_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "adjudication"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."rulings" ADD CONSTRAINT "rulings_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "adjudication"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."votes" ADD CONSTRAINT "votes_round_fk" FOREIGN KEY ("point_id","round") REFERENCES "adjudication"."voting_rounds"("point_id","round") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."voting_rounds" ADD CONSTRAINT "voting_rounds_point_id_points_at_issue_id_fk" FOREIGN KEY ("point_id") REFERENCES "adjudication"."points_at_issue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."threads" ADD CONSTRAINT "threads_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "adjudication"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication"."threads" ADD CONSTRAINT "threads_matter_id_unique" UNIQUE("matter_id");--> statement-breakpoint
ALTER TABLE "adjudication"."threads" ADD CONSTRAINT "threads_case_xor_matter" CHECK (("adjudication"."threads"."registration_number" is null) <> ("adjudication"."threads"."matter_id" is null));