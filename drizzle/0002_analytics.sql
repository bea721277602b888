CREATE TABLE "example_viewers" (
	"example_id" text NOT NULL,
	"user_id" text NOT NULL,
	"user_created_at" timestamp with time zone NOT NULL,
	"first_shown_at" timestamp with time zone NOT NULL,
	CONSTRAINT "example_viewers_example_id_user_id_pk" PRIMARY KEY("example_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "experiment_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enhancement" text NOT NULL,
	"previous_percent" real NOT NULL,
	"holdout_percent" real NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"enhancement" text PRIMARY KEY NOT NULL,
	"holdout_percent" real NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_milestones" (
	"user_id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"first_request_at" timestamp with time zone,
	"first_profile_questions_at" timestamp with time zone,
	"first_pattern_teasers_at" timestamp with time zone,
	"first_power_user_showcase_at" timestamp with time zone,
	"first_enhanced_nudges_at" timestamp with time zone,
	"first_video_follow_ups_at" timestamp with time zone,
	"first_session_at" timestamp with time zone,
	"fifth_session_at" timestamp with time zone,
	"last_session_at" timestamp with time zone,
	"holdout_mask" smallint DEFAULT 0 NOT NULL,
	"credited_mask" smallint DEFAULT 0 NOT NULL,
	"credited_example_id" text
);
--> statement-breakpoint
ALTER TABLE "example_viewers" ADD CONSTRAINT "example_viewers_example_id_power_user_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."power_user_examples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_viewers" ADD CONSTRAINT "example_viewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_milestones" ADD CONSTRAINT "user_milestones_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_viewers_created_idx" ON "example_viewers" USING btree ("user_created_at");--> statement-breakpoint
CREATE INDEX "experiment_changes_time_idx" ON "experiment_changes" USING btree ("changed_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_milestones_created_idx" ON "user_milestones" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "user_milestones_credited_example_idx" ON "user_milestones" USING btree ("credited_example_id") WHERE "user_milestones"."credited_example_id" is not null;--> statement-breakpoint
-- Milestones for users who existed before this migration, recounted from their history.
INSERT INTO "user_milestones" ("user_id", "created_at", "first_request_at", "first_profile_questions_at", "first_pattern_teasers_at",
	"first_power_user_showcase_at", "first_enhanced_nudges_at", "first_video_follow_ups_at", "first_session_at", "fifth_session_at", "last_session_at")
SELECT u."id", u."created_at",
	(SELECT min(r."created_at") FROM "video_requests" r WHERE r."user_id" = u."id"),
	(SELECT min(e."shown_at") FROM "exposures" e WHERE e."user_id" = u."id" AND e."enhancement" = 'profile_questions'),
	(SELECT min(e."shown_at") FROM "exposures" e WHERE e."user_id" = u."id" AND e."enhancement" = 'pattern_teasers'),
	(SELECT min(e."shown_at") FROM "exposures" e WHERE e."user_id" = u."id" AND e."enhancement" = 'power_user_showcase'),
	(SELECT min(e."shown_at") FROM "exposures" e WHERE e."user_id" = u."id" AND e."enhancement" = 'enhanced_nudges'),
	(SELECT min(e."shown_at") FROM "exposures" e WHERE e."user_id" = u."id" AND e."enhancement" = 'video_follow_ups'),
	(SELECT min(s."created_at") FROM "training_sessions" s WHERE s."user_id" = u."id"),
	(SELECT s."created_at" FROM "training_sessions" s WHERE s."user_id" = u."id" ORDER BY s."created_at" OFFSET 4 LIMIT 1),
	(SELECT max(s."created_at") FROM "training_sessions" s WHERE s."user_id" = u."id")
FROM "users" u
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "example_viewers" ("example_id", "user_id", "user_created_at", "first_shown_at")
SELECT e."example_id", e."user_id", u."created_at", min(e."shown_at")
FROM "exposures" e JOIN "users" u ON u."id" = e."user_id"
WHERE e."example_id" IS NOT NULL
GROUP BY e."example_id", e."user_id", u."created_at"
ON CONFLICT DO NOTHING;
