ALTER TABLE "user_milestones" DROP COLUMN "fifth_session_at";--> statement-breakpoint
ALTER TABLE "user_milestones" DROP COLUMN "last_session_at";