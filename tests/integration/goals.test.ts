// Goals and the action plan of an engagement: a client's goal stays private until shared (the coach's
// loader never receives it, nor the mission sponsor's, nor anyone else's), only its author changes it;
// either person records and ticks the actions agreed in a session, which are carried to the next
// sessions while open; strangers are refused; the limits hold under races; the person's data export
// and erasure include them. Runs on PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL.
import { describe, expect, it } from "vitest";
import { MAX_ACTIONS_PER_SESSION, MAX_GOALS, todayIn } from "@/lib/domain/action-plan";
import { DomainError, FieldDomainError } from "@/lib/server/errors";
import { setUpApp } from "../support/app";
import type { Person, ProfileHolder } from "../support/factories";

const { prisma, make, inParallel } = await setUpApp();
const { addGoal } = await import("@/lib/server/goals/add-goal");
const { editGoal } = await import("@/lib/server/goals/edit-goal");
const { shareGoal } = await import("@/lib/server/goals/share-goal");
const { setGoalStatus } = await import("@/lib/server/goals/set-goal-status");
const { addAction } = await import("@/lib/server/goals/add-action");
const { editAction } = await import("@/lib/server/goals/edit-action");
const { removeAction } = await import("@/lib/server/goals/remove-action");
const { setActionDone } = await import("@/lib/server/goals/set-action-done");
const { loadActionPlan } = await import("@/lib/server/goals/load-action-plan");
const { loadMission } = await import("@/lib/server/missions/load-mission");
const { listMissions } = await import("@/lib/server/missions/list-missions");
const { loadEngagementPage } = await import("@/lib/server/sessions/load-engagement-page");
const { collectPersonalData } = await import("@/lib/server/privacy/collect-personal-data");
const { anonymisePerson } = await import("@/lib/server/privacy/anonymise-person");
const { fileStorage } = await import("@/lib/server/storage/file-storage");

const DAY = 86_400_000;
const coaching = await make.programme({ type: "coaching", sessionPlan: "coaching" });
const tripartite = await make.programme({ type: "tripartite_coaching" });

type Pair = { coach: ProfileHolder; client: Person; engagementId: string; sessions: { id: string }[] };

/** An active engagement: session 1 held a month ago, session 2 held yesterday, session 3 next week, session 4 planned. */
async function pair(o: { programmeId?: string; status?: "active" | "completed" } = {}): Promise<Pair> {
  const coach = await make.coach({ name: "Carlos Mendes", timeZone: "Europe/Zurich" });
  const client = await make.person({ roles: ["client"], name: "Amina Diallo", timeZone: "America/New_York" });
  const engagement = await make.engagement({
    programmeId: o.programmeId ?? coaching.id,
    profileId: coach.profileId,
    seekerId: client.id,
    status: o.status,
    sessions: [
      { status: "completed", startsAt: new Date(Date.now() - 30 * DAY) },
      { status: "completed", startsAt: new Date(Date.now() - DAY) },
      { status: "scheduled", startsAt: new Date(Date.now() + 7 * DAY), timeZone: "UTC", mode: "video" },
      { status: "planned" },
    ],
  });
  return { coach, client, engagementId: engagement.id, sessions: engagement.sessions };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the change should have been refused").toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

const dayFromNow = (days: number, zone = "America/New_York") => todayIn(zone, new Date(Date.now() + days * DAY));

describe("goals", () => {
  it("are private to their author until shared: the coach's loader never receives an unshared goal", async () => {
    const { coach, client, engagementId } = await pair();
    const secret = await addGoal(prisma, client, { engagementId, text: "Private: apply for the P4 post" });
    const open = await addGoal(prisma, client, { engagementId, text: "Delegate the weekly report", shared: true });

    const mine = await loadActionPlan(prisma, client, engagementId);
    expect(mine.goals.map((g) => [g.text, g.shared, g.mine])).toEqual([
      ["Private: apply for the P4 post", false, true],
      ["Delegate the weekly report", true, true],
    ]);
    const theirs = await loadActionPlan(prisma, coach, engagementId);
    expect(theirs.goals.map((g) => g.text)).toEqual(["Delegate the weekly report"]);
    expect(JSON.stringify(theirs)).not.toContain("P4 post");
    // Nor does the engagement page's own loader carry goals at all.
    expect(JSON.stringify(await loadEngagementPage(prisma, coach, engagementId))).not.toContain("P4 post");

    // Shared, the coach reads it; un-shared, it is gone again.
    await shareGoal(prisma, client, { goalId: secret.goalId, shared: true });
    expect((await loadActionPlan(prisma, coach, engagementId)).goals.map((g) => g.text)).toContain(
      "Private: apply for the P4 post",
    );
    await shareGoal(prisma, client, { goalId: secret.goalId, shared: false });
    expect(JSON.stringify(await loadActionPlan(prisma, coach, engagementId))).not.toContain("P4 post");
    expect(open.engagementId).toBe(engagementId);

    const audit = await prisma.auditLog.findMany({
      where: { targetType: "EngagementGoal", targetId: secret.goalId },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["goal.add", "goal.share", "goal.unshare"]);
    expect(JSON.stringify(audit)).not.toContain("P4 post");
  });

  it("are changed by their author only; the coach cannot even find an unshared one", async () => {
    const { coach, client, engagementId } = await pair();
    const hidden = await addGoal(prisma, client, { engagementId, text: "Hidden goal" });
    const shared = await addGoal(prisma, client, { engagementId, text: "Shared goal", shared: true });
    expect(await refusal(addGoal(prisma, coach, { engagementId, text: "The coach's goal" }))).toBe("goalsClientOnly");
    expect(await refusal(editGoal(prisma, coach, { goalId: hidden.goalId, text: "x" }))).toBe("goalNotFound");
    expect(await refusal(shareGoal(prisma, coach, { goalId: hidden.goalId, shared: true }))).toBe("goalNotFound");
    expect(await refusal(editGoal(prisma, coach, { goalId: shared.goalId, text: "x" }))).toBe("goalNotYours");
    expect(await refusal(setGoalStatus(prisma, coach, { goalId: shared.goalId, status: "dropped" }))).toBe(
      "goalNotYours",
    );

    await editGoal(prisma, client, { goalId: shared.goalId, text: "  Shared goal, sharper  " });
    await setGoalStatus(prisma, client, { goalId: shared.goalId, status: "achieved" });
    const row = await prisma.engagementGoal.findUniqueOrThrow({ where: { id: shared.goalId } });
    expect([row.text, row.status, row.sharedAt !== null]).toEqual(["Shared goal, sharper", "achieved", true]);
  });

  it("refuse strangers, an empty text beside its field, and a goal beyond the limit", async () => {
    const { client, engagementId } = await pair();
    const stranger = await make.person({ roles: ["client"] });
    const admin = await make.person({ roles: ["programme_admin"] });
    expect(await refusal(addGoal(prisma, stranger, { engagementId, text: "Mine" }))).toBe("planNotFound");
    expect(await refusal(addGoal(prisma, admin, { engagementId, text: "Mine" }))).toBe("planNotFound");
    const goal = await addGoal(prisma, client, { engagementId, text: "A goal", shared: true });
    expect(await refusal(editGoal(prisma, stranger, { goalId: goal.goalId, text: "x" }))).toBe("goalNotFound");
    expect(await refusal(loadActionPlan(prisma, stranger, engagementId))).toBe("sessionNotFound");
    expect(await refusal(loadActionPlan(prisma, admin, engagementId))).toBe("sessionNotFound");

    const empty = await addGoal(prisma, client, { engagementId, text: "   " }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(FieldDomainError);
    expect(empty).toMatchObject({ code: "goalTextRequired", field: "text" });

    // Two goals at once for the last place: exactly one is written.
    for (let i = (await prisma.engagementGoal.count({ where: { engagementId } })) + 1; i < MAX_GOALS; i++)
      await addGoal(prisma, client, { engagementId, text: `Goal ${i}` });
    const results = await inParallel([
      (db) => addGoal(db, client, { engagementId, text: "Last A" }),
      (db) => addGoal(db, client, { engagementId, text: "Last B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as DomainError).code).toBe("goalsLimit");
    expect(await prisma.engagementGoal.count({ where: { engagementId } })).toBe(MAX_GOALS);
  });

  it("are not changed once the engagement is over", async () => {
    const { client, engagementId } = await pair({ status: "completed" });
    expect(await refusal(addGoal(prisma, client, { engagementId, text: "Too late" }))).toBe("engagementNotActive");
  });
});

describe("the mission's sponsor", () => {
  it("never receives the engagement's goals or actions, shared or not: only what the coachee agreed in the mission", async () => {
    const { coach, client, engagementId, sessions } = await pair({ programmeId: tripartite.id });
    const sponsor = await make.person({ roles: ["sponsor"], name: "Sam Taylor" });
    const hr = await make.person({ roles: ["hr_reviewer"], name: "Hana Kim" });
    const mission = await make.mission({
      programmeId: tripartite.id,
      sponsorId: sponsor.id,
      hrId: hr.id,
      coacheeId: client.id,
      coachProfileId: coach.profileId,
      status: "in_progress",
      engagementId,
    });
    await addGoal(prisma, client, { engagementId, text: "SHARED-GOAL-FOR-COACH-ONLY", shared: true });
    await addGoal(prisma, client, { engagementId, text: "PRIVATE-GOAL-OF-THE-COACHEE" });
    await addAction(prisma, coach, { sessionId: sessions[0]!.id, text: "ACTION-AGREED-IN-SESSION", owner: "client" });

    for (const party of [sponsor, hr]) {
      const view = JSON.stringify(await loadMission(prisma, party, mission.id));
      const list = JSON.stringify(await listMissions(prisma, party));
      for (const secret of ["SHARED-GOAL-FOR-COACH-ONLY", "PRIVATE-GOAL-OF-THE-COACHEE", "ACTION-AGREED-IN-SESSION"]) {
        expect(view).not.toContain(secret);
        expect(list).not.toContain(secret);
      }
      // The sponsor is no party to the engagement: its plan does not exist for them.
      expect(await refusal(loadActionPlan(prisma, party, engagementId))).toBe("sessionNotFound");
      const exported = JSON.stringify(await prisma.$transaction((tx) => collectPersonalData(tx, party.id, new Date())));
      expect(exported).not.toContain("GOAL");
      expect(exported).not.toContain("ACTION-AGREED");
    }
    // The coach reads the shared goal in the mission's engagement, never the private one.
    const coachView = JSON.stringify(await loadActionPlan(prisma, coach, engagementId));
    expect(coachView).toContain("SHARED-GOAL-FOR-COACH-ONLY");
    expect(coachView).not.toContain("PRIVATE-GOAL-OF-THE-COACHEE");
  });
});

describe("actions agreed in sessions", () => {
  it("are recorded and ticked by either person, carried to the next sessions while open, with progress and overdue", async () => {
    const { coach, client, engagementId, sessions } = await pair();
    const [s1, s2, s3, s4] = sessions.map((s) => s.id) as [string, string, string, string];
    const read = await addAction(prisma, client, {
      sessionId: s1,
      text: "Read the delegation chapter",
      owner: "client",
    });
    const call = await addAction(prisma, coach, {
      sessionId: s1,
      text: "Send the article",
      owner: "coach",
      dueOn: dayFromNow(0, "Europe/Zurich"),
    });
    const talk = await addAction(prisma, client, { sessionId: s2, text: "Talk to the team", owner: "client" });
    // A due date that has passed is overdue on the viewer's own day.
    await prisma.engagementAction.update({
      where: { id: talk.actionId },
      data: { dueOn: new Date(`${dayFromNow(-3)}T00:00:00Z`) },
    });
    await setActionDone(prisma, coach, { actionId: call.actionId, done: true });

    const plan = await loadActionPlan(prisma, client, engagementId);
    expect(plan.progress).toMatchObject({ done: 1, total: 3, overdue: 1 });
    const texts = (ids: { text: string }[]) => ids.map((a) => a.text);
    expect(texts(plan.sessions[s1]!.agreed)).toEqual(["Read the delegation chapter", "Send the article"]);
    expect(texts(plan.sessions[s1]!.carried)).toEqual([]);
    // Session 2 began before the article was sent: both actions of session 1 were open coming in.
    expect(texts(plan.sessions[s2]!.carried)).toEqual(["Read the delegation chapter", "Send the article"]);
    // The sessions to come carry only what is still open.
    expect(texts(plan.sessions[s3]!.carried)).toEqual(["Read the delegation chapter", "Talk to the team"]);
    expect(texts(plan.sessions[s4]!.carried)).toEqual(["Read the delegation chapter", "Talk to the team"]);
    expect(plan.actions.find((a) => a.text === "Talk to the team")?.overdue).toBe(true);
    // Recorded in a session held or under way, never one still to come.
    expect([plan.sessions[s2]!.canRecord, plan.sessions[s3]!.canRecord, plan.sessions[s4]!.canRecord]).toEqual([
      true,
      false,
      false,
    ]);
    expect(await refusal(addAction(prisma, client, { sessionId: s3, text: "Too early", owner: "client" }))).toBe(
      "actionSessionNotHeld",
    );

    // The coach sees the same plan, and whose actions they may edit.
    const theirs = await loadActionPlan(prisma, coach, engagementId);
    expect(theirs.progress).toMatchObject({ done: 1, total: 3 });
    expect(theirs.actions.filter((a) => a.editable).map((a) => a.text)).toEqual([]);
    expect(plan.actions.filter((a) => a.editable).map((a) => a.text)).toEqual([
      "Read the delegation chapter",
      "Talk to the team",
    ]);
    expect(read.engagementId).toBe(engagementId);

    const audit = await prisma.auditLog.findMany({
      where: { targetType: "EngagementAction", targetId: call.actionId },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["action.add", "action.done"]);
  });

  it("are edited and removed by their writer only while open; due dates in the past are refused beside the field", async () => {
    const { coach, client, sessions } = await pair();
    const s2 = sessions[1]!.id;
    const mine = await addAction(prisma, client, { sessionId: s2, text: "Draft the plan", owner: "client" });
    expect(await refusal(editAction(prisma, coach, { actionId: mine.actionId, text: "x", owner: "coach" }))).toBe(
      "actionNotEditable",
    );
    expect(await refusal(removeAction(prisma, coach, { actionId: mine.actionId }))).toBe("actionNotEditable");
    const past = await editAction(prisma, client, {
      actionId: mine.actionId,
      text: "Draft the plan",
      owner: "client",
      dueOn: dayFromNow(-2),
    }).catch((e: unknown) => e);
    expect(past).toMatchObject({ code: "actionDuePast", field: "dueOn" });
    await editAction(prisma, client, {
      actionId: mine.actionId,
      text: "Draft the plan v2",
      owner: "coach",
      dueOn: dayFromNow(5),
    });
    const row = await prisma.engagementAction.findUniqueOrThrow({ where: { id: mine.actionId } });
    expect([row.text, row.owner, row.dueOn?.toISOString().slice(0, 10)]).toEqual([
      "Draft the plan v2",
      "coach",
      dayFromNow(5),
    ]);

    await setActionDone(prisma, client, { actionId: mine.actionId, done: true });
    expect(await refusal(removeAction(prisma, client, { actionId: mine.actionId }))).toBe("actionNotEditable");
    await setActionDone(prisma, coach, { actionId: mine.actionId, done: false });
    await removeAction(prisma, client, { actionId: mine.actionId });
    expect(await prisma.engagementAction.count({ where: { id: mine.actionId } })).toBe(0);
  });

  it("refuse strangers and a finished engagement, and hold the per-session limit under a race", async () => {
    const { coach, client, sessions } = await pair();
    const s1 = sessions[0]!.id;
    const stranger = await make.coach();
    const action = await addAction(prisma, coach, { sessionId: s1, text: "Share a reading list", owner: "coach" });
    expect(await refusal(addAction(prisma, stranger, { sessionId: s1, text: "x", owner: "client" }))).toBe(
      "sessionNotFound",
    );
    expect(await refusal(setActionDone(prisma, stranger, { actionId: action.actionId, done: true }))).toBe(
      "actionNotFound",
    );
    expect(await refusal(removeAction(prisma, stranger, { actionId: action.actionId }))).toBe("actionNotFound");

    for (let i = 2; i < MAX_ACTIONS_PER_SESSION; i++)
      await addAction(prisma, client, { sessionId: s1, text: `Action ${i}`, owner: "client" });
    const results = await inParallel([
      (db) => addAction(db, client, { sessionId: s1, text: "Last A", owner: "client" }),
      (db) => addAction(db, coach, { sessionId: s1, text: "Last B", owner: "coach" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.engagementAction.count({ where: { sessionId: s1 } })).toBe(MAX_ACTIONS_PER_SESSION);

    const done = await pair({ status: "completed" });
    expect(
      await refusal(addAction(prisma, done.client, { sessionId: done.sessions[0]!.id, text: "x", owner: "client" })),
    ).toBe("engagementNotActive");
  });
});

describe("the person's data", () => {
  it("exports their own goals and the engagement's actions, never the other person's goals", async () => {
    const { coach, client, engagementId, sessions } = await pair();
    await addGoal(prisma, client, { engagementId, text: "EXPORTED-PRIVATE-GOAL" });
    await addGoal(prisma, client, { engagementId, text: "EXPORTED-SHARED-GOAL", shared: true });
    await addAction(prisma, coach, { sessionId: sessions[0]!.id, text: "EXPORTED-ACTION", owner: "client" });
    const own = JSON.stringify(await prisma.$transaction((tx) => collectPersonalData(tx, client.id, new Date())));
    expect(own).toContain("EXPORTED-PRIVATE-GOAL");
    expect(own).toContain("EXPORTED-SHARED-GOAL");
    expect(own).toContain("EXPORTED-ACTION");
    const coachs = JSON.stringify(await prisma.$transaction((tx) => collectPersonalData(tx, coach.id, new Date())));
    expect(coachs).not.toContain("EXPORTED-PRIVATE-GOAL");
    expect(coachs).not.toContain("EXPORTED-SHARED-GOAL");
    expect(coachs).toContain("EXPORTED-ACTION");
  });

  it("erases their goals and the text of the actions they wrote; the other person's actions stay", async () => {
    const { coach, client, engagementId, sessions } = await pair();
    await addGoal(prisma, client, { engagementId, text: "Goal to erase" });
    const theirs = await addAction(prisma, client, { sessionId: sessions[0]!.id, text: "Client's", owner: "client" });
    const coachs = await addAction(prisma, coach, { sessionId: sessions[0]!.id, text: "Coach's", owner: "coach" });
    const admin = await make.person({ roles: ["programme_admin"] });
    await prisma.user.update({ where: { id: client.id }, data: { leftAt: new Date(Date.now() - 400 * DAY) } });
    await anonymisePerson(prisma, admin, { userId: client.id }, { storage: fileStorage(), retentionDays: 365 });
    expect(await prisma.engagementGoal.count({ where: { authorId: client.id } })).toBe(0);
    expect((await prisma.engagementAction.findUniqueOrThrow({ where: { id: theirs.actionId } })).text).toBe("");
    expect((await prisma.engagementAction.findUniqueOrThrow({ where: { id: coachs.actionId } })).text).toBe("Coach's");
  });
});
