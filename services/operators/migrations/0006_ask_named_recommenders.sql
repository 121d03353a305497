-- [R11] The certified operators an applicant names, when filing, as asked to recommend them;
-- the index serves a recommender's list of the applications waiting for their letter.
CREATE TABLE "operators"."application_recommenders" (
	"application_id" uuid NOT NULL,
	"operator_id" text NOT NULL,
	CONSTRAINT "application_recommenders_application_id_operator_id_pk" PRIMARY KEY("application_id","operator_id")
);
--> statement-breakpoint
ALTER TABLE "operators"."application_recommenders" ADD CONSTRAINT "application_recommenders_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "operators"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators"."application_recommenders" ADD CONSTRAINT "application_recommenders_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "operators"."operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_recommenders_operator_idx" ON "operators"."application_recommenders" USING btree ("operator_id","application_id");