CREATE TABLE "engagement_nudges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"nudge_type" text NOT NULL,
	"source_key" text NOT NULL,
	"content" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"shown_at" timestamp with time zone,
	"request_id" uuid,
	"focus_topic" text,
	"focus_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exposures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"enhancement" text NOT NULL,
	"type" text NOT NULL,
	"example_id" text,
	"nudge_id" uuid,
	"request_id" uuid,
	"shown_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"sweep" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL,
	"finished_at" timestamp with time zone,
	"processed" integer,
	"created" integer,
	CONSTRAINT "job_runs_sweep_due_at_pk" PRIMARY KEY("sweep","due_at")
);
--> statement-breakpoint
CREATE TABLE "power_user_examples" (
	"id" text PRIMARY KEY NOT NULL,
	"example_type" text NOT NULL,
	"user_question" text NOT NULL,
	"prof_response_summary" text NOT NULL,
	"outcome" text NOT NULL,
	"effectiveness_score" smallint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"shown_users" integer DEFAULT 0 NOT NULL,
	"conversions" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "last_request_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "last_session_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "last_teaser_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "last_example_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "last_nudge_shown_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagement_nudges" ADD CONSTRAINT "engagement_nudges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_example_id_power_user_examples_id_fk" FOREIGN KEY ("example_id") REFERENCES "public"."power_user_examples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exposures" ADD CONSTRAINT "exposures_request_id_video_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."video_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_nudges_source_key_idx" ON "engagement_nudges" USING btree ("source_key");--> statement-breakpoint
CREATE INDEX "engagement_nudges_pending_idx" ON "engagement_nudges" USING btree ("user_id","created_at" DESC NULLS LAST) WHERE "engagement_nudges"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "engagement_nudges_user_type_idx" ON "engagement_nudges" USING btree ("user_id","nudge_type","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "engagement_nudges_focus_idx" ON "engagement_nudges" USING btree ("focus_at") WHERE "engagement_nudges"."focus_at" is not null;--> statement-breakpoint
CREATE INDEX "exposures_user_shown_idx" ON "exposures" USING btree ("user_id","shown_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "exposures_user_example_idx" ON "exposures" USING btree ("user_id","example_id") WHERE "exposures"."example_id" is not null;--> statement-breakpoint
CREATE INDEX "engagement_profiles_video_only_idx" ON "engagement_profiles" USING btree ("last_request_at") WHERE "engagement_profiles"."session_count" = 0;--> statement-breakpoint
CREATE INDEX "engagement_profiles_loggers_idx" ON "engagement_profiles" USING btree ("last_session_at") WHERE "engagement_profiles"."session_count" > 0;--> statement-breakpoint
CREATE INDEX "video_engagements_unrated_clicks_idx" ON "video_engagements" USING btree ("clicked_at") WHERE "video_engagements"."clicked_at" is not null and "video_engagements"."feedback" is null;--> statement-breakpoint
-- Backfill the new activity columns from the history that already exists.
UPDATE "engagement_profiles" p SET
	"last_request_at" = (SELECT max(r."created_at") FROM "video_requests" r WHERE r."user_id" = p."user_id"),
	"last_session_at" = (SELECT max(s."created_at") FROM "training_sessions" s WHERE s."user_id" = p."user_id");
