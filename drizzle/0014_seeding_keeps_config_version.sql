-- Seeding at every start inserts the spec's examples "on conflict do nothing": a statement that
-- changes nothing must not move the config version (it would drop every process's cached states).
DROP TRIGGER "power_user_examples_config_changed" ON "power_user_examples";--> statement-breakpoint
CREATE FUNCTION "service_config_changed_if_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "inserted_rows") THEN
    INSERT INTO "service_config" ("id", "version") VALUES (1, nextval('state_versions'))
      ON CONFLICT ("id") DO UPDATE SET "version" = excluded."version";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "power_user_examples_inserted" AFTER INSERT ON "power_user_examples"
  REFERENCING NEW TABLE AS "inserted_rows" FOR EACH STATEMENT EXECUTE FUNCTION "service_config_changed_if_inserted"();--> statement-breakpoint
CREATE TRIGGER "power_user_examples_config_changed"
  AFTER DELETE OR UPDATE OF "active", "example_type", "user_question", "prof_response_summary", "outcome", "effectiveness_score" ON "power_user_examples"
  FOR EACH STATEMENT EXECUTE FUNCTION "service_config_changed"();
