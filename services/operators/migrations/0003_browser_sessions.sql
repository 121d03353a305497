CREATE TABLE "operators"."refresh_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "operators"."session_families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "session_families_ended_has_reason" CHECK (("operators"."session_families"."ended_at" IS NULL) = ("operators"."session_families"."end_reason" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "operators"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_family_id_session_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "operators"."session_families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."session_families" ADD CONSTRAINT "session_families_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "operators"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "operators"."refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "session_families_account_idx" ON "operators"."session_families" USING btree ("account_id");