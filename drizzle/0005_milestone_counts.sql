CREATE TABLE "milestone_counts" (
	"cohort_day" date NOT NULL,
	"shard" smallint NOT NULL,
	"requested" boolean NOT NULL,
	"converted" boolean NOT NULL,
	"exposed_mask" smallint NOT NULL,
	"holdout_mask" smallint NOT NULL,
	"credited_mask" smallint NOT NULL,
	"users" integer NOT NULL,
	CONSTRAINT "milestone_counts_pk" PRIMARY KEY("cohort_day","shard","requested","converted","exposed_mask","holdout_mask","credited_mask")
);
--> statement-breakpoint
-- Backfill from the milestones already kept.
INSERT INTO "milestone_counts" ("cohort_day", "shard", "requested", "converted", "exposed_mask", "holdout_mask", "credited_mask", "users")
SELECT ("created_at" AT TIME ZONE 'UTC')::date, (hashtext("user_id") & 2147483647) % 16, "first_request_at" IS NOT NULL, "first_session_at" IS NOT NULL,
	"exposed_mask", "holdout_mask", "credited_mask", count(*)
FROM "user_milestones" GROUP BY 1, 2, 3, 4, 5, 6, 7;
