CREATE SEQUENCE "public"."state_versions" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "engagement_profiles" ALTER COLUMN "state_version" SET DEFAULT nextval('state_versions');--> statement-breakpoint
-- Versions are drawn from one sequence, started past every number handed out so far: a counter per
-- row could give a profile deleted and created again (or a re-created config row) a number a cached
-- state already holds.
SELECT setval('state_versions', greatest(
  (SELECT coalesce(max("state_version"), 0) FROM "engagement_profiles"),
  (SELECT coalesce(max("version"), 0) FROM "service_config")) + 1, false);--> statement-breakpoint
CREATE OR REPLACE FUNCTION "profile_state_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.state_version := nextval('state_versions');
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "service_config_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "service_config" ("id", "version") VALUES (1, nextval('state_versions'))
    ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version";
  RETURN NULL;
END $$;
