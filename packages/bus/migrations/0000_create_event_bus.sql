CREATE SCHEMA IF NOT EXISTS "bus";
--> statement-breakpoint
CREATE TABLE "bus"."consumer_offsets" (
	"consumer" text NOT NULL,
	"topic" text NOT NULL,
	"position" bigint NOT NULL,
	CONSTRAINT "consumer_offsets_consumer_topic_pk" PRIMARY KEY("consumer","topic")
);
--> statement-breakpoint
CREATE TABLE "bus"."events" (
	"topic" text NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_topic_seq_pk" PRIMARY KEY("topic","seq")
);
--> statement-breakpoint
CREATE TABLE "bus"."topics" (
	"topic" text PRIMARY KEY NOT NULL,
	"head" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_created_at_idx" ON "bus"."events" USING btree ("created_at");