-- The profiles of a statement's new nudges are found by primary key: "IN (SELECT … FROM changed_rows)"
-- was planned as a scan of every profile (a transition table has no statistics), a second per batch
-- of nudges at a million users.
CREATE OR REPLACE FUNCTION "touch_profiles_of_new_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "touched" text[] := ARRAY(SELECT DISTINCT "user_id" FROM "changed_rows" ORDER BY 1);
BEGIN
  PERFORM 1 FROM "engagement_profiles" WHERE "user_id" = ANY ("touched") ORDER BY "user_id" FOR UPDATE;
  UPDATE "engagement_profiles" SET "state_version" = "state_version" + 1 WHERE "user_id" = ANY ("touched");
  RETURN NULL;
END $$;
