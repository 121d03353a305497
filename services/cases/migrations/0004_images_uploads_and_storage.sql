CREATE TABLE "cases"."image_instances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_number" text NOT NULL,
	"kind" text NOT NULL,
	"study_instance_uid" text NOT NULL,
	"series_instance_uid" text NOT NULL,
	"sop_instance_uid" text NOT NULL,
	"sop_class_uid" text NOT NULL,
	"transfer_syntax_uid" text NOT NULL,
	"modality" text,
	"number_of_frames" integer,
	"content_key" text NOT NULL,
	"input_sha256" text NOT NULL,
	"bytes_in" bigint NOT NULL,
	"bytes_out" bigint NOT NULL,
	"status" text NOT NULL,
	"quarantine_reason" text,
	"record" jsonb NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "image_instances_sop_key" UNIQUE("registration_number","sop_instance_uid")
);
--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD CONSTRAINT "image_instances_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "image_instances_series_idx" ON "cases"."image_instances" USING btree ("registration_number","study_instance_uid","series_instance_uid");