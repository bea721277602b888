CREATE TABLE "service_config" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_profiles" ADD COLUMN "state_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT INTO "service_config" ("id", "version") VALUES (1, 0);--> statement-breakpoint
-- Any change to a profile row moves its state version on, unless the statement moved it itself.
CREATE FUNCTION "profile_state_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.state_version = OLD.state_version THEN NEW.state_version := OLD.state_version + 1; END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "engagement_profiles_state_version" BEFORE UPDATE ON "engagement_profiles"
  FOR EACH ROW EXECUTE FUNCTION "profile_state_changed"();--> statement-breakpoint
-- Feedback and new nudges change what the user's next request decides from. Profiles are locked in
-- user order first, so two sweeps inserting nudges for overlapping users cannot deadlock.
CREATE FUNCTION "touch_profiles_of_new_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "engagement_profiles" WHERE "user_id" IN (SELECT "user_id" FROM "changed_rows") ORDER BY "user_id" FOR UPDATE;
  UPDATE "engagement_profiles" SET "state_version" = "state_version" + 1 WHERE "user_id" IN (SELECT "user_id" FROM "changed_rows");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "engagement_nudges_touch_profiles" AFTER INSERT ON "engagement_nudges"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "touch_profiles_of_new_rows"();--> statement-breakpoint
CREATE FUNCTION "touch_profile_of_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "engagement_profiles" SET "state_version" = "state_version" + 1 WHERE "user_id" = NEW."user_id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "video_engagements_feedback_touch_profile" AFTER UPDATE OF "feedback", "feedback_at" ON "video_engagements"
  FOR EACH ROW EXECUTE FUNCTION "touch_profile_of_row"();--> statement-breakpoint
-- Holdouts and the example library (not its measured counts) are part of every request's state.
CREATE FUNCTION "service_config_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "service_config" ("id", "version") VALUES (1, 1) ON CONFLICT ("id") DO UPDATE SET "version" = "service_config"."version" + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "experiments_config_changed" AFTER INSERT OR UPDATE OR DELETE ON "experiments"
  FOR EACH STATEMENT EXECUTE FUNCTION "service_config_changed"();--> statement-breakpoint
CREATE TRIGGER "power_user_examples_config_changed"
  AFTER INSERT OR DELETE OR UPDATE OF "active", "example_type", "user_question", "prof_response_summary", "outcome", "effectiveness_score" ON "power_user_examples"
  FOR EACH STATEMENT EXECUTE FUNCTION "service_config_changed"();
