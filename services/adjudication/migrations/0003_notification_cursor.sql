-- [#10] A notification keeps its number on its operator's live feed (the bus topic's sequence),
-- its `cursor`: the header's bell resumes `notificationAdded` after the newest it holds.
ALTER TABLE "adjudication"."notifications" ADD COLUMN "seq" integer;