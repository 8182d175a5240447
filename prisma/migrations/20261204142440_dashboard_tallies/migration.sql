-- CreateTable
CREATE TABLE "CohortSessionTally" (
    "cohortId" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "stationKey" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "planned" INTEGER NOT NULL,
    "held" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,

    CONSTRAINT "CohortSessionTally_pkey" PRIMARY KEY ("cohortId","entityKey","stationKey","day")
);

-- CreateTable
CREATE TABLE "CohortFeedbackTally" (
    "cohortId" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "stationKey" TEXT NOT NULL,
    "stepKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "answers" INTEGER NOT NULL,

    CONSTRAINT "CohortFeedbackTally_pkey" PRIMARY KEY ("cohortId","entityKey","stationKey","stepKey","position","usefulness")
);

-- CreateTable
CREATE TABLE "CohortHelpedTally" (
    "cohortId" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "stationKey" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,

    CONSTRAINT "CohortHelpedTally_pkey" PRIMARY KEY ("cohortId","entityKey","stationKey","choice")
);

-- The tallies are kept by the triggers below, in the transaction that changes what they count,
-- whichever code writes it. A session counts on the day of its agreed time, else of its suggested
-- date, unless cancelled or left undone in an engagement ended early (count-sessions-by-month.ts);
-- it counts under its engagement's cohort and the client's entity and duty station at that moment.
-- Each function adds (sign 1) or takes away (sign -1) what it is given.

CREATE FUNCTION dashboard_tally_sessions(
  p_engagement TEXT, p_session TEXT, p_cohort TEXT, p_entity TEXT, p_station TEXT,
  p_engagement_status "EngagementStatus", p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
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

-- One session's row as it was (an update's or a deletion's OLD), which the table no longer holds.
CREATE FUNCTION dashboard_tally_session_row(
  s "EngagementSession", p_cohort TEXT, p_entity TEXT, p_station TEXT,
  p_engagement_status "EngagementStatus", p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
  INSERT INTO "CohortSessionTally" AS t ("cohortId", "entityKey", "stationKey", "day", "planned", "held", "missed")
  SELECT p_cohort, coalesce(p_entity, ''), coalesce(p_station, ''), coalesce(s."startsAt", s."suggestedAt")::date,
         p_sign, CASE WHEN s."status" = 'completed' THEN p_sign ELSE 0 END, CASE WHEN s."status" = 'missed' THEN p_sign ELSE 0 END
   WHERE p_cohort IS NOT NULL AND s."status" <> 'cancelled'
     AND NOT (p_engagement_status = 'ended' AND s."status" IN ('planned', 'proposed', 'scheduled'))
  ON CONFLICT ("cohortId", "entityKey", "stationKey", "day") DO UPDATE
     SET "planned" = t."planned" + excluded."planned", "held" = t."held" + excluded."held",
         "missed" = t."missed" + excluded."missed";
$$;

-- The evaluations of an engagement's sessions (or of one session), per step and score, and the
-- answers ticking each "what helped" choice. p_step and p_position stand in for the session's own
-- when given (a session's row as it was).
CREATE FUNCTION dashboard_tally_feedback(
  p_engagement TEXT, p_session TEXT, p_step TEXT, p_position INTEGER,
  p_cohort TEXT, p_entity TEXT, p_station TEXT, p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
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

-- One evaluation's row as it was (or is).
CREATE FUNCTION dashboard_tally_feedback_row(
  f "SessionFeedback", p_step TEXT, p_position INTEGER, p_cohort TEXT, p_entity TEXT, p_station TEXT, p_sign INTEGER
) RETURNS void
LANGUAGE sql
AS $$
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

-- A session added, changed or removed. When its engagement is gone (removed with it), the
-- engagement's own trigger has already taken its sessions and their evaluations away.
CREATE FUNCTION dashboard_session_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  e RECORD;
BEGIN
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

CREATE TRIGGER "EngagementSession_dashboard_insert"
AFTER INSERT ON "EngagementSession"
FOR EACH ROW EXECUTE FUNCTION dashboard_session_changed();

CREATE TRIGGER "EngagementSession_dashboard_update"
AFTER UPDATE OF "engagementId", "status", "startsAt", "suggestedAt", "stepKey", "position" ON "EngagementSession"
FOR EACH ROW WHEN (OLD."engagementId" IS DISTINCT FROM NEW."engagementId" OR OLD."status" IS DISTINCT FROM NEW."status"
  OR OLD."startsAt" IS DISTINCT FROM NEW."startsAt" OR OLD."suggestedAt" IS DISTINCT FROM NEW."suggestedAt"
  OR OLD."stepKey" IS DISTINCT FROM NEW."stepKey" OR OLD."position" IS DISTINCT FROM NEW."position")
EXECUTE FUNCTION dashboard_session_changed();

-- Before the row goes, so that its evaluations (removed with it) are still there to take away.
CREATE TRIGGER "EngagementSession_dashboard_delete"
BEFORE DELETE ON "EngagementSession"
FOR EACH ROW EXECUTE FUNCTION dashboard_session_changed();

-- An evaluation given, changed or removed. When its session is gone (removed with it), the
-- session's own trigger has already taken it away.
CREATE FUNCTION dashboard_feedback_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  e RECORD;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT s."stepKey", s."position", x."cohortId", u."entityId", u."dutyStationId" INTO e
      FROM "EngagementSession" s JOIN "Engagement" x ON x."id" = s."engagementId" JOIN "User" u ON u."id" = x."seekerId"
     WHERE s."id" = OLD."sessionId";
    IF FOUND THEN
      PERFORM dashboard_tally_feedback_row(OLD, e."stepKey", e."position", e."cohortId", e."entityId", e."dutyStationId", -1);
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT s."stepKey", s."position", x."cohortId", u."entityId", u."dutyStationId" INTO e
      FROM "EngagementSession" s JOIN "Engagement" x ON x."id" = s."engagementId" JOIN "User" u ON u."id" = x."seekerId"
     WHERE s."id" = NEW."sessionId";
    IF FOUND THEN
      PERFORM dashboard_tally_feedback_row(NEW, e."stepKey", e."position", e."cohortId", e."entityId", e."dutyStationId", 1);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "SessionFeedback_dashboard_insert"
AFTER INSERT ON "SessionFeedback"
FOR EACH ROW EXECUTE FUNCTION dashboard_feedback_changed();

CREATE TRIGGER "SessionFeedback_dashboard_update"
AFTER UPDATE OF "sessionId", "usefulness", "helped" ON "SessionFeedback"
FOR EACH ROW WHEN (OLD."sessionId" IS DISTINCT FROM NEW."sessionId" OR OLD."usefulness" IS DISTINCT FROM NEW."usefulness"
  OR OLD."helped" IS DISTINCT FROM NEW."helped")
EXECUTE FUNCTION dashboard_feedback_changed();

CREATE TRIGGER "SessionFeedback_dashboard_delete"
AFTER DELETE ON "SessionFeedback"
FOR EACH ROW EXECUTE FUNCTION dashboard_feedback_changed();

-- An engagement that changes status (ending early leaves its sessions still to hold uncounted),
-- cohort or client moves its sessions and evaluations; one removed takes them away first.
CREATE FUNCTION dashboard_engagement_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  p RECORD;
BEGIN
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

CREATE TRIGGER "Engagement_dashboard_update"
AFTER UPDATE OF "cohortId", "seekerId", "status" ON "Engagement"
FOR EACH ROW WHEN (OLD."cohortId" IS DISTINCT FROM NEW."cohortId" OR OLD."seekerId" IS DISTINCT FROM NEW."seekerId"
  OR OLD."status" IS DISTINCT FROM NEW."status")
EXECUTE FUNCTION dashboard_engagement_changed();

-- Before the row goes, so that its sessions and their evaluations (removed with it) are still there.
CREATE TRIGGER "Engagement_dashboard_delete"
BEFORE DELETE ON "Engagement"
FOR EACH ROW EXECUTE FUNCTION dashboard_engagement_changed();

-- A client who moves to another entity or duty station: their engagements' figures follow them.
CREATE FUNCTION dashboard_person_moved() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  x RECORD;
BEGIN
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

CREATE TRIGGER "User_dashboard_moved"
AFTER UPDATE OF "entityId", "dutyStationId" ON "User"
FOR EACH ROW WHEN (OLD."entityId" IS DISTINCT FROM NEW."entityId" OR OLD."dutyStationId" IS DISTINCT FROM NEW."dutyStationId")
EXECUTE FUNCTION dashboard_person_moved();

-- What exists already (also how the tallies are rebuilt from scratch: empty them, run these three).
INSERT INTO "CohortSessionTally" ("cohortId", "entityKey", "stationKey", "day", "planned", "held", "missed")
SELECT e."cohortId", coalesce(u."entityId", ''), coalesce(u."dutyStationId", ''), coalesce(s."startsAt", s."suggestedAt")::date,
       count(*), count(*) FILTER (WHERE s."status" = 'completed'), count(*) FILTER (WHERE s."status" = 'missed')
  FROM "Engagement" e
  JOIN "User" u ON u."id" = e."seekerId"
  JOIN "EngagementSession" s ON s."engagementId" = e."id"
 WHERE e."cohortId" IS NOT NULL AND s."status" <> 'cancelled'
   AND NOT (e."status" = 'ended' AND s."status" IN ('planned', 'proposed', 'scheduled'))
 GROUP BY 1, 2, 3, 4;

INSERT INTO "CohortFeedbackTally" ("cohortId", "entityKey", "stationKey", "stepKey", "position", "usefulness", "answers")
SELECT e."cohortId", coalesce(u."entityId", ''), coalesce(u."dutyStationId", ''), s."stepKey", s."position", f."usefulness", count(*)
  FROM "Engagement" e
  JOIN "User" u ON u."id" = e."seekerId"
  JOIN "EngagementSession" s ON s."engagementId" = e."id"
  JOIN "SessionFeedback" f ON f."sessionId" = s."id"
 WHERE e."cohortId" IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "CohortHelpedTally" ("cohortId", "entityKey", "stationKey", "choice", "answers")
SELECT e."cohortId", coalesce(u."entityId", ''), coalesce(u."dutyStationId", ''), c.choice, count(*)
  FROM "Engagement" e
  JOIN "User" u ON u."id" = e."seekerId"
  JOIN "EngagementSession" s ON s."engagementId" = e."id"
  JOIN "SessionFeedback" f ON f."sessionId" = s."id"
  CROSS JOIN LATERAL (SELECT DISTINCT h AS choice FROM unnest(f."helped") h) c
 WHERE e."cohortId" IS NOT NULL
 GROUP BY 1, 2, 3, 4;
