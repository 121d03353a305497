CREATE TABLE "cases"."image_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_number" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"bytes_expected" bigint,
	"bytes_received" bigint DEFAULT 0 NOT NULL,
	"instances_stored" integer DEFAULT 0 NOT NULL,
	"instances_quarantined" integer DEFAULT 0 NOT NULL,
	"refusals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD COLUMN "frames" jsonb;--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD COLUMN "upload_id" uuid;--> statement-breakpoint
ALTER TABLE "cases"."image_uploads" ADD CONSTRAINT "image_uploads_registration_number_cases_registration_number_fk" FOREIGN KEY ("registration_number") REFERENCES "cases"."cases"("registration_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "image_uploads_case_idx" ON "cases"."image_uploads" USING btree ("registration_number");--> statement-breakpoint
ALTER TABLE "cases"."image_instances" ADD CONSTRAINT "image_instances_upload_id_image_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "cases"."image_uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "image_instances_series_uid_idx" ON "cases"."image_instances" USING btree ("series_instance_uid");