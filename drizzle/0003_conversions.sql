CREATE TABLE "user_conversions" (
	"user_id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"first_session_at" timestamp with time zone NOT NULL,
	"days_to_first_log" double precision NOT NULL,
	"fifth_session_at" timestamp with time zone,
	"last_session_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_milestones" ADD COLUMN "exposed_mask" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "user_conversions" ADD CONSTRAINT "user_conversions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_conversions_created_idx" ON "user_conversions" USING btree ("created_at");--> statement-breakpoint
-- Backfill: exposure bits and the converted users' rows from the milestones already kept.
UPDATE "user_milestones" SET "exposed_mask" =
	(CASE WHEN "first_profile_questions_at" IS NOT NULL THEN 1 ELSE 0 END) +
	(CASE WHEN "first_pattern_teasers_at" IS NOT NULL THEN 2 ELSE 0 END) +
	(CASE WHEN "first_power_user_showcase_at" IS NOT NULL THEN 4 ELSE 0 END) +
	(CASE WHEN "first_enhanced_nudges_at" IS NOT NULL THEN 8 ELSE 0 END) +
	(CASE WHEN "first_video_follow_ups_at" IS NOT NULL THEN 16 ELSE 0 END);
--> statement-breakpoint
INSERT INTO "user_conversions" ("user_id", "created_at", "first_session_at", "days_to_first_log", "fifth_session_at", "last_session_at")
SELECT "user_id", "created_at", "first_session_at", extract(epoch from ("first_session_at" - "created_at")) / 86400,
	"fifth_session_at", coalesce("last_session_at", "first_session_at")
FROM "user_milestones" WHERE "first_session_at" IS NOT NULL
ON CONFLICT DO NOTHING;
