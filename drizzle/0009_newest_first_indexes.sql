DROP INDEX "engagement_nudges_pending_idx";--> statement-breakpoint
DROP INDEX "engagement_nudges_user_type_idx";--> statement-breakpoint
DROP INDEX "experiment_changes_time_idx";--> statement-breakpoint
DROP INDEX "exposures_user_shown_idx";--> statement-breakpoint
DROP INDEX "training_sessions_user_trained_idx";--> statement-breakpoint
DROP INDEX "training_sessions_user_created_idx";--> statement-breakpoint
DROP INDEX "video_engagements_user_shown_idx";--> statement-breakpoint
DROP INDEX "video_requests_user_time_idx";--> statement-breakpoint
CREATE INDEX "engagement_nudges_pending_idx" ON "engagement_nudges" USING btree ("user_id","created_at" DESC NULLS FIRST) WHERE "engagement_nudges"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "engagement_nudges_user_type_idx" ON "engagement_nudges" USING btree ("user_id","nudge_type","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "experiment_changes_time_idx" ON "experiment_changes" USING btree ("changed_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "exposures_user_shown_idx" ON "exposures" USING btree ("user_id","shown_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "training_sessions_user_trained_idx" ON "training_sessions" USING btree ("user_id","trained_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "training_sessions_user_created_idx" ON "training_sessions" USING btree ("user_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "video_engagements_user_shown_idx" ON "video_engagements" USING btree ("user_id","shown_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "video_requests_user_time_idx" ON "video_requests" USING btree ("user_id","created_at" DESC NULLS FIRST);