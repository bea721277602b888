DROP INDEX "engagement_profiles_video_only_idx";--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "last_request_day" date;--> statement-breakpoint
UPDATE "engagement_profiles" SET "last_request_day" = ("last_request_at" AT TIME ZONE 'UTC')::date WHERE "last_request_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "engagement_profiles_video_only_idx" ON "engagement_profiles" USING btree ("last_request_day") WHERE "engagement_profiles"."session_count" = 0;--> statement-breakpoint
-- Room on each page for the next version of its rows: what lets the per-request update stay HOT.
ALTER TABLE "engagement_profiles" SET (fillfactor = 80);
