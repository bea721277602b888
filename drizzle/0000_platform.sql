CREATE TABLE "engagement_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"belt_level" text,
	"training_frequency" real,
	"main_position" text,
	"training_goals" text,
	"pending_field" text,
	"belt_level_asks" smallint DEFAULT 0 NOT NULL,
	"training_frequency_asks" smallint DEFAULT 0 NOT NULL,
	"main_position_asks" smallint DEFAULT 0 NOT NULL,
	"training_goals_asks" smallint DEFAULT 0 NOT NULL,
	"conversion_tips" boolean DEFAULT true NOT NULL,
	"request_count" integer DEFAULT 0 NOT NULL,
	"session_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"text" text NOT NULL,
	"topics" text[] NOT NULL,
	"trained_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_engagements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"request_id" uuid NOT NULL,
	"video_id" text NOT NULL,
	"rank" smallint NOT NULL,
	"shown_at" timestamp with time zone NOT NULL,
	"clicked_at" timestamp with time zone,
	"feedback" text,
	"feedback_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "video_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"query" text NOT NULL,
	"topics" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "videos" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"instructor" text NOT NULL,
	"topics" text[] NOT NULL,
	"belts" text[] NOT NULL,
	"attire" text NOT NULL,
	"description" text NOT NULL,
	"url" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD CONSTRAINT "engagement_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_engagements" ADD CONSTRAINT "video_engagements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_engagements" ADD CONSTRAINT "video_engagements_request_id_video_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."video_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_engagements" ADD CONSTRAINT "video_engagements_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_requests" ADD CONSTRAINT "video_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_sessions_user_trained_idx" ON "training_sessions" USING btree ("user_id","trained_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "training_sessions_user_created_idx" ON "training_sessions" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "video_engagements_user_shown_idx" ON "video_engagements" USING btree ("user_id","shown_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "video_engagements_request_idx" ON "video_engagements" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "video_engagements_user_feedback_idx" ON "video_engagements" USING btree ("user_id") WHERE "video_engagements"."feedback" is not null;--> statement-breakpoint
CREATE INDEX "video_requests_user_time_idx" ON "video_requests" USING btree ("user_id","created_at" DESC NULLS LAST);