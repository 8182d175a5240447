-- The dashboard's tallies under changes made at once. Two transactions of one cohort that add to
-- several tally rows in different orders (two coaches marking the last session of their engagements
-- held, each session on a day the other engagement also has; two agreed times moved onto each
-- other's days) waited for each other, and PostgreSQL broke the deadlock by failing one of them.
-- Now every tally write of a cohort first takes that cohort's transaction lock (an advisory lock in
-- the namespace 20261204, keyed by hashtext of the cohort id): the tally writes of one cohort happen
-- one transaction at a time, and a transaction waits for the lock before it holds any tally row.
-- A trigger that writes under two cohorts or more (an engagement or a client moving) takes their
-- locks together, in the order of their keys, before the first write. The locks end with the
-- transaction. Only the functions change: the tables, the triggers and their counts stay as they are.

-- Takes the tally locks of these cohorts (nulls left out), in the order of their keys.
CREATE FUNCTION dashboard_tally_lock(p_cohorts TEXT[]) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  k INTEGER;
BEGIN
  FOR k IN SELECT DISTINCT hashtext(c) FROM unnest(p_cohorts) c WHERE c IS NOT NULL ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(20261204, k);
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION dashboard_tally_sessions(
  p_engagement TEXT, p_session TEXT, p_cohort TEXT, p_entity TEXT, p_station TEXT,
  p_engagement_status "EngagementStatus", p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
  SELECT dashboard_tally_lock(ARRAY[p_cohort]);
  INSERT INTO "CohortSessionTally" AS t ("cohortId", "entityKey", "stationKey", "day", "planned", "held", "missed")
  SELECT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), coalesce(s."startsAt", s."suggestedAt")::date,
         p_sign * count(*), p_sign * count(*) FILTER (WHERE s."status" = 'completed'),
         p_sign * count(*) FILTER (WHERE s."status" = 'missed')
    FROM "EngagementSession" s
   WHERE p_cohort IS NOT NULL
     AND s."engagementId" = p_engagement AND (p_session IS NULL OR s."id" = p_session)
     AND s."status" <> 'cancelled'
     AND NOT (p_engagement_status = 'ended' AND s."status" IN ('planned', 'proposed', 'scheduled'))
   GROUP BY 4
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "day") DO UPDATE
     SET "planned" = t."planned" + excluded."planned", "held" = t."held" + excluded."held",
         "missed" = t."missed" + excluded."missed";
$$;

CREATE OR REPLACE FUNCTION dashboard_tally_session_row(
  s "EngagementSession", p_cohort TEXT, p_entity TEXT, p_station TEXT,
  p_engagement_status "EngagementStatus", p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
  SELECT dashboard_tally_lock(ARRAY[p_cohort]);
  INSERT INTO "CohortSessionTally" AS t ("cohortId", "entityKey", "stationKey", "day", "planned", "held", "missed")
  SELECT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), coalesce(s."startsAt", s."suggestedAt")::date,
         p_sign, CASE WHEN s."status" = 'completed' THEN p_sign ELSE 0 END, CASE WHEN s."status" = 'missed' THEN p_sign ELSE 0 END
   WHERE p_cohort IS NOT NULL AND s."status" <> 'cancelled'
     AND NOT (p_engagement_status = 'ended' AND s."status" IN ('planned', 'proposed', 'scheduled'))
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "day") DO UPDATE
     SET "planned" = t."planned" + excluded."planned", "held" = t."held" + excluded."held",
         "missed" = t."missed" + excluded."missed";
$$;

CREATE OR REPLACE FUNCTION dashboard_tally_feedback(
  p_engagement TEXT, p_session TEXT, p_step TEXT, p_position INTEGER,
  p_cohort TEXT, p_entity TEXT, p_station TEXT, p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
  SELECT dashboard_tally_lock(ARRAY[p_cohort]);
  INSERT INTO "CohortFeedbackTally" AS t ("cohortId", "entityKey", "stationKey", "stepKey", "position", "usefulness", "answers")
  SELECT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), coalesce(p_step, s."stepKey"), coalesce(p_position, s."position"),
         f."usefulness", p_sign * count(*)
    FROM "EngagementSession" s
    JOIN "SessionFeedback" f ON f."sessionId" = s."id"
   WHERE p_cohort IS NOT NULL
     AND s."engagementId" = p_engagement AND (p_session IS NULL OR s."id" = p_session)
   GROUP BY 4, 5, 6
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "stepKey", "position", "usefulness") DO UPDATE
     SET "answers" = t."answers" + excluded."answers";
  INSERT INTO "CohortHelpedTally" AS t ("cohortId", "entityKey", "stationKey", "choice", "answers")
  SELECT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), c.choice, p_sign * count(*)
    FROM "EngagementSession" s
    JOIN "SessionFeedback" f ON f."sessionId" = s."id"
    CROSS JOIN LATERAL (SELECT DISTINCT h AS choice FROM unnest(f."helped") h) c
   WHERE p_cohort IS NOT NULL
     AND s."engagementId" = p_engagement AND (p_session IS NULL OR s."id" = p_session)
   GROUP BY 4
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "choice") DO UPDATE
     SET "answers" = t."answers" + excluded."answers";
$$;

CREATE OR REPLACE FUNCTION dashboard_tally_feedback_row(
  f "SessionFeedback", p_step TEXT, p_position INTEGER, p_cohort TEXT, p_entity TEXT, p_station TEXT, p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
  SELECT dashboard_tally_lock(ARRAY[p_cohort]);
  INSERT INTO "CohortFeedbackTally" AS t ("cohortId", "entityKey", "stationKey", "stepKey", "position", "usefulness", "answers")
  SELECT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), p_step, p_position, f."usefulness", p_sign
   WHERE p_cohort IS NOT NULL
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "stepKey", "position", "usefulness") DO UPDATE
     SET "answers" = t."answers" + excluded."answers";
  INSERT INTO "CohortHelpedTally" AS t ("cohortId", "entityKey", "stationKey", "choice", "answers")
  SELECT DISTINCT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), h, p_sign
    FROM unnest(f."helped") h
   WHERE p_cohort IS NOT NULL
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "choice") DO UPDATE
     SET "answers" = t."answers" + excluded."answers";
$$;

-- A session moved to another engagement may move it to another cohort: both locks first.
CREATE OR REPLACE FUNCTION dashboard_session_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  e RECORD;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."engagementId" IS DISTINCT FROM NEW."engagementId" THEN
    PERFORM dashboard_tally_lock(ARRAY(SELECT x."cohortId" FROM "Engagement" x
                                        WHERE x."id" IN (OLD."engagementId", NEW."engagementId")));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT x."cohortId", x."status", u."entityId", u."dutyStationId" INTO e
      FROM "Engagement" x JOIN "User" u ON u."id" = x."seekerId" WHERE x."id" = OLD."engagementId";
    IF FOUND THEN
      PERFORM dashboard_tally_session_row(OLD, e."cohortId", e."entityId", e."dutyStationId", e."status", -1);
      IF TG_OP = 'DELETE' THEN
        -- Its evaluations go with it: taken away now, while they are still there.
        PERFORM dashboard_tally_feedback(OLD."engagementId", OLD."id", OLD."stepKey", OLD."position",
                                         e."cohortId", e."entityId", e."dutyStationId", -1);
      ELSIF OLD."stepKey" IS DISTINCT FROM NEW."stepKey" OR OLD."position" IS DISTINCT FROM NEW."position"
         OR OLD."engagementId" IS DISTINCT FROM NEW."engagementId" THEN
        PERFORM dashboard_tally_feedback(NEW."engagementId", NEW."id", OLD."stepKey", OLD."position",
                                         e."cohortId", e."entityId", e."dutyStationId", -1);
      END IF;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT x."cohortId", x."status", u."entityId", u."dutyStationId" INTO e
      FROM "Engagement" x JOIN "User" u ON u."id" = x."seekerId" WHERE x."id" = NEW."engagementId";
    IF FOUND THEN
      PERFORM dashboard_tally_session_row(NEW, e."cohortId", e."entityId", e."dutyStationId", e."status", 1);
      IF TG_OP = 'UPDATE' AND (OLD."stepKey" IS DISTINCT FROM NEW."stepKey" OR OLD."position" IS DISTINCT FROM NEW."position"
         OR OLD."engagementId" IS DISTINCT FROM NEW."engagementId") THEN
        PERFORM dashboard_tally_feedback(NEW."engagementId", NEW."id", NULL, NULL,
                                         e."cohortId", e."entityId", e."dutyStationId", 1);
      END IF;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NULL;
END
$$;

-- An engagement moved to another cohort: both locks first.
CREATE OR REPLACE FUNCTION dashboard_engagement_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  p RECORD;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM dashboard_tally_lock(ARRAY[OLD."cohortId", NEW."cohortId"]);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT u."entityId", u."dutyStationId" INTO p FROM "User" u WHERE u."id" = OLD."seekerId";
    PERFORM dashboard_tally_sessions(OLD."id", NULL, OLD."cohortId", p."entityId", p."dutyStationId", OLD."status", -1);
    IF TG_OP = 'DELETE' OR OLD."cohortId" IS DISTINCT FROM NEW."cohortId" OR OLD."seekerId" IS DISTINCT FROM NEW."seekerId" THEN
      PERFORM dashboard_tally_feedback(OLD."id", NULL, NULL, NULL, OLD."cohortId", p."entityId", p."dutyStationId", -1);
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT u."entityId", u."dutyStationId" INTO p FROM "User" u WHERE u."id" = NEW."seekerId";
    PERFORM dashboard_tally_sessions(NEW."id", NULL, NEW."cohortId", p."entityId", p."dutyStationId", NEW."status", 1);
    IF OLD."cohortId" IS DISTINCT FROM NEW."cohortId" OR OLD."seekerId" IS DISTINCT FROM NEW."seekerId" THEN
      PERFORM dashboard_tally_feedback(NEW."id", NULL, NULL, NULL, NEW."cohortId", p."entityId", p."dutyStationId", 1);
    END IF;
    RETURN NULL;
  END IF;
  RETURN OLD;
END
$$;

-- A client who moves: the locks of all the cohorts of their engagements first.
CREATE OR REPLACE FUNCTION dashboard_person_moved() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  x RECORD;
BEGIN
  PERFORM dashboard_tally_lock(ARRAY(SELECT e."cohortId" FROM "Engagement" e WHERE e."seekerId" = NEW."id"));
  FOR x IN SELECT e."id", e."cohortId", e."status" FROM "Engagement" e WHERE e."seekerId" = NEW."id" AND e."cohortId" IS NOT NULL
  LOOP
    PERFORM dashboard_tally_sessions(x."id", NULL, x."cohortId", OLD."entityId", OLD."dutyStationId", x."status", -1);
    PERFORM dashboard_tally_feedback(x."id", NULL, NULL, NULL, x."cohortId", OLD."entityId", OLD."dutyStationId", -1);
    PERFORM dashboard_tally_sessions(x."id", NULL, x."cohortId", NEW."entityId", NEW."dutyStationId", x."status", 1);
    PERFORM dashboard_tally_feedback(x."id", NULL, NULL, NULL, x."cohortId", NEW."entityId", NEW."dutyStationId", 1);
  END LOOP;
  RETURN NULL;
END
$$;
