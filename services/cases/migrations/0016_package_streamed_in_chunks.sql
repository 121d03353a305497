CREATE TABLE "cases"."data_release_chunks" (
	"release_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "data_release_chunks_release_id_seq_pk" PRIMARY KEY("release_id","seq")
);
--> statement-breakpoint
ALTER TABLE "cases"."data_releases" ADD COLUMN "package_bytes" integer;--> statement-breakpoint
-- A package released before streaming becomes its own single chunk [#11].
INSERT INTO "cases"."data_release_chunks" ("release_id", "seq", "text") SELECT "id", 0, "package" FROM "cases"."data_releases";--> statement-breakpoint
UPDATE "cases"."data_releases" SET "package_bytes" = octet_length("package");--> statement-breakpoint
ALTER TABLE "cases"."data_releases" ALTER COLUMN "package_bytes" SET NOT NULL;--> statement-breakpoint
-- A release writes its key table and its package's chunks before its own row, in one
-- transaction: the two foreign keys to it may be checked at commit (SET CONSTRAINTS … DEFERRED).
ALTER TABLE "cases"."data_release_chunks" ADD CONSTRAINT "data_release_chunks_release_id_data_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "cases"."data_releases"("id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "cases"."release_pseudonyms" ALTER CONSTRAINT "release_pseudonyms_release_id_data_releases_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "cases"."data_releases" DROP COLUMN "package";
