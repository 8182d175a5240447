-- Mentees get their own checklist in mentoring (lib/domain/session-plans.ts: a step's `mentee` list,
-- stored as "mentee.<phase>.<item>"). Until now both people ticked the mentor's list, so:
--  * a mentor's ticks are the mentor's and stay as they are;
--  * a mentee's tick of a mentor item carries over to the mentee's own item of the same phase and
--    name, where there is one (the same shared act seen from their side: the profile read, the rhythm
--    agreed, the evaluation filled in…): the pairs below are those of menteeCarryOver();
--  * any other mentee tick of a mentor item ("read your mentee's profile") meant nothing for them and
--    is dropped; the audit log keeps the trace of every tick.
-- Coaching and networking keep one list for both people: nothing changes there.
UPDATE "SessionChecklistTick" AS t
SET "itemKey" = c.to_key
FROM (VALUES
  ('mentoring.getting-to-know', 'before.read-profile', 'mentee.before.read-profile'),
  ('mentoring.getting-to-know', 'during.careers', 'mentee.during.careers'),
  ('mentoring.getting-to-know', 'during.rhythm', 'mentee.during.rhythm'),
  ('mentoring.getting-to-know', 'during.channels', 'mentee.during.channels'),
  ('mentoring.getting-to-know', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.setting-goals', 'before.previous-evaluation', 'mentee.before.previous-evaluation'),
  ('mentoring.setting-goals', 'before.goals-resource', 'mentee.before.goals-resource'),
  ('mentoring.setting-goals', 'during.confidentiality', 'mentee.during.confidentiality'),
  ('mentoring.setting-goals', 'during.goals', 'mentee.during.goals'),
  ('mentoring.setting-goals', 'during.action-plan', 'mentee.during.action-plan'),
  ('mentoring.setting-goals', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.problem-solving', 'before.previous-evaluation', 'mentee.before.previous-evaluation'),
  ('mentoring.problem-solving', 'during.rehearse', 'mentee.during.rehearse'),
  ('mentoring.problem-solving', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.problem-solving', 'after.schedule-next', 'mentee.after.schedule-next'),
  ('mentoring.leadership', 'before.read-article', 'mentee.before.read-article'),
  ('mentoring.leadership', 'during.good-leader', 'mentee.during.good-leader'),
  ('mentoring.leadership', 'during.hardest', 'mentee.during.hardest'),
  ('mentoring.leadership', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.networking', 'before.previous-evaluation', 'mentee.before.previous-evaluation'),
  ('mentoring.networking', 'before.networking-resource', 'mentee.before.networking-resource'),
  ('mentoring.networking', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.networking', 'after.schedule-next', 'mentee.after.schedule-next'),
  ('mentoring.review', 'before.look-back', 'mentee.before.look-back'),
  ('mentoring.review', 'during.most-useful', 'mentee.during.most-useful'),
  ('mentoring.review', 'during.logistics', 'mentee.during.logistics'),
  ('mentoring.review', 'during.further-meetings', 'mentee.during.further-meetings'),
  ('mentoring.review', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.peer-feedback', 'before.previous-evaluation', 'mentee.before.previous-evaluation'),
  ('mentoring.peer-feedback', 'during.peers-feedback', 'mentee.during.peers-feedback'),
  ('mentoring.peer-feedback', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.reversing-roles', 'before.previous-evaluation', 'mentee.before.previous-evaluation'),
  ('mentoring.reversing-roles', 'before.choose-topic', 'mentee.before.choose-topic'),
  ('mentoring.reversing-roles', 'after.evaluation', 'mentee.after.evaluation'),
  ('mentoring.job-shadowing', 'before.previous-evaluation', 'mentee.before.previous-evaluation'),
  ('mentoring.job-shadowing', 'before.plan-together', 'mentee.before.plan-together'),
  ('mentoring.job-shadowing', 'before.interaction', 'mentee.before.interaction'),
  ('mentoring.job-shadowing', 'before.dress', 'mentee.before.dress'),
  ('mentoring.job-shadowing', 'after.evaluation', 'mentee.after.evaluation')
) AS c(step_key, from_key, to_key), "EngagementSession" AS s, "Engagement" AS e
WHERE t."sessionId" = s."id"
  AND s."engagementId" = e."id"
  AND t."userId" = e."seekerId"
  AND s."stepKey" = c.step_key
  AND t."itemKey" = c.from_key;

DELETE FROM "SessionChecklistTick" AS t
USING "EngagementSession" AS s, "Engagement" AS e
WHERE t."sessionId" = s."id"
  AND s."engagementId" = e."id"
  AND t."userId" = e."seekerId"
  AND s."stepKey" LIKE 'mentoring.%'
  AND t."itemKey" NOT LIKE 'mentee.%';
