CREATE TABLE "cases"."data_releases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"released_at" timestamp with time zone NOT NULL,
	"released_by" text NOT NULL,
	"package" text NOT NULL,
	"sha256" text NOT NULL,
	"provision" jsonb NOT NULL,
	CONSTRAINT "data_releases_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE TABLE "cases"."data_request_events" (
	"request_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_account_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "data_request_events_request_id_seq_pk" PRIMARY KEY("request_id","seq")
);
--> statement-breakpoint
CREATE TABLE "cases"."data_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"requester_account_id" text NOT NULL,
	"requester_kind" text NOT NULL,
	"recipient_name" text NOT NULL,
	"purpose" text NOT NULL,
	"title" text NOT NULL,
	"plan" text NOT NULL,
	"items" text[] NOT NULL,
	"years" integer[] NOT NULL,
	"full_dates" boolean NOT NULL,
	"pledge" text NOT NULL,
	"recipient_key" text NOT NULL,
	"status" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"publication" text,
	"publication_reported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cases"."release_pseudonyms" (
	"release_id" uuid NOT NULL,
	"registration_number" text NOT NULL,
	"pseudonym" text NOT NULL,
	CONSTRAINT "release_pseudonyms_release_id_registration_number_pk" PRIMARY KEY("release_id","registration_number"),
	CONSTRAINT "release_pseudonyms_pseudonym_key" UNIQUE("release_id","pseudonym")
);
--> statement-breakpoint
ALTER TABLE "cases"."data_releases" ADD CONSTRAINT "data_releases_request_id_data_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "cases"."data_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."data_request_events" ADD CONSTRAINT "data_request_events_request_id_data_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "cases"."data_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."release_pseudonyms" ADD CONSTRAINT "release_pseudonyms_release_id_data_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "cases"."data_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases"."release_pseudonyms" ADD CONSTRAINT "release_pseudonyms_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;