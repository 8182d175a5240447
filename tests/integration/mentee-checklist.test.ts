// In mentoring each person ticks their own checklist: the mentor the mentor's items, the mentee the
// mentee's own ("mentee.<phase>.<item>"). Neither can tick the other's, not even with a forged
// request; ticks made before mentees had their own list keep their meaning after the backfill.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checklistItemKeys, stepOf } from "@/lib/domain/session-plans";
import en from "@/messages/en.json";
import { setUpApp } from "../support/app";
import { refusal } from "../support/refusal";

const db = await setUpApp({ requests: true });
const { prisma, make, signIn } = db;
const { createSessionPlan } = await import("@/lib/server/sessions/create-session-plan");
const { setChecklistTick } = await import("@/lib/server/sessions/set-checklist-tick");
const { loadEngagementPage } = await import("@/lib/server/sessions/load-engagement-page");
const { setChecklistTickAction } = await import("@/lib/actions/set-checklist-tick");

const programmeOf = async (plan: "mentoring" | "coaching") =>
  (await make.programme({ type: plan, sessionPlan: plan, nameEn: plan, nameFr: plan })).id;
const programmes = { mentoring: await programmeOf("mentoring"), coaching: await programmeOf("coaching") };

/** An active engagement with its plan made, as when a mentor (or coach) accepts. */
async function pairIn(plan: "mentoring" | "coaching") {
  const mentor = await make.coach({ roles: [plan === "mentoring" ? "mentor" : "coach"], status: "approved" });
  const mentee = await make.person({ roles: [plan === "mentoring" ? "mentee" : "client"] });
  const engagement = await make.engagement({
    programmeId: programmes[plan],
    profileId: mentor.profileId,
    seekerId: mentee.id,
    startedAt: new Date(),
  });
  await prisma.$transaction((tx) => createSessionPlan(tx, engagement.id, mentor.id));
  const sessions = await prisma.engagementSession.findMany({
    where: { engagementId: engagement.id },
    orderBy: { position: "asc" },
    select: { id: true, stepKey: true },
  });
  return { mentor, mentee, engagementId: engagement.id, sessions };
}

type View = Awaited<ReturnType<typeof loadEngagementPage>>;
const keysOf = (v: View, i = 0) => v.sessions[i].checklist.flatMap((g) => g.items.map((x) => x.key));
const tickedOf = (v: View, i = 0) =>
  v.sessions[i].checklist.flatMap((g) => g.items.filter((x) => x.ticked).map((x) => x.key));
const ticksOf = (sessionId: string) =>
  prisma.sessionChecklistTick.findMany({ where: { sessionId }, select: { userId: true, itemKey: true } });

describe("the mentee's own checklist", () => {
  it("shows each person their own list, and each ticks only their own", async () => {
    const p = await pairIn("mentoring");
    const s = p.sessions[0];
    const mentorView = await loadEngagementPage(prisma, p.mentor, p.engagementId);
    const menteeView = await loadEngagementPage(prisma, p.mentee, p.engagementId);
    const step = stepOf(s.stepKey)!;
    expect(keysOf(mentorView)).toEqual(checklistItemKeys(step, "coach"));
    expect(keysOf(menteeView)).toEqual(checklistItemKeys(step, "client"));
    expect(keysOf(menteeView)).toContain("mentee.before.read-profile");
    expect(keysOf(menteeView).filter((k) => keysOf(mentorView).includes(k))).toEqual([]);

    await setChecklistTick(prisma, p.mentee, { sessionId: s.id, itemKey: "mentee.before.read-profile", ticked: true });
    await setChecklistTick(prisma, p.mentee, { sessionId: s.id, itemKey: "mentee.during.rhythm", ticked: true });
    await setChecklistTick(prisma, p.mentor, { sessionId: s.id, itemKey: "before.read-profile", ticked: true });
    await setChecklistTick(prisma, p.mentee, { sessionId: s.id, itemKey: "mentee.during.rhythm", ticked: false });
    expect(tickedOf(await loadEngagementPage(prisma, p.mentee, p.engagementId))).toEqual([
      "mentee.before.read-profile",
    ]);
    expect(tickedOf(await loadEngagementPage(prisma, p.mentor, p.engagementId))).toEqual(["before.read-profile"]);
    const audit = await prisma.auditLog.findMany({
      where: { targetId: s.id, actorId: p.mentee.id },
      orderBy: { at: "asc" },
      select: { action: true, data: true },
    });
    expect(audit.map((a) => [a.action, (a.data as { itemKey: string }).itemKey])).toEqual([
      ["session.checklist.tick", "mentee.before.read-profile"],
      ["session.checklist.tick", "mentee.during.rhythm"],
      ["session.checklist.untick", "mentee.during.rhythm"],
    ]);
  });

  it("refuses a mentee ticking the mentor's item and a mentor ticking the mentee's, even through a forged request", async () => {
    const p = await pairIn("mentoring");
    const s = p.sessions[1]; // setting goals: "previous-evaluation" is on both lists, under different keys
    const before = await ticksOf(s.id);
    for (const [who, itemKey] of [
      [p.mentee, "before.previous-evaluation"],
      [p.mentee, "during.mentee-leads"],
      [p.mentee, "mentee.before.hack"],
      [p.mentor, "mentee.before.previous-evaluation"],
      [p.mentor, "mentee.during.own-pace"],
    ] as const)
      expect(await refusal(setChecklistTick(prisma, who, { sessionId: s.id, itemKey, ticked: true })), itemKey).toBe(
        "checklistItemUnknown",
      );
    // The same through the server action the checkbox calls: a translated refusal, nothing written.
    await signIn(p.mentee);
    expect(await setChecklistTickAction({ sessionId: s.id, itemKey: "during.goals", ticked: true })).toEqual({
      ok: false,
      error: en.errors.checklistItemUnknown,
    });
    await signIn(p.mentor);
    expect(await setChecklistTickAction({ sessionId: s.id, itemKey: "mentee.during.goals", ticked: true })).toEqual({
      ok: false,
      error: en.errors.checklistItemUnknown,
    });
    // Their own item goes through the action.
    expect(await setChecklistTickAction({ sessionId: s.id, itemKey: "during.goals", ticked: true })).toEqual({
      ok: true,
    });
    expect(await ticksOf(s.id)).toEqual([...before, { userId: p.mentor.id, itemKey: "during.goals" }]);
  });

  it("keeps one list for both people in coaching, whose items speak to both", async () => {
    const p = await pairIn("coaching");
    const s = p.sessions[0];
    const coachKeys = keysOf(await loadEngagementPage(prisma, p.mentor, p.engagementId));
    expect(keysOf(await loadEngagementPage(prisma, p.mentee, p.engagementId))).toEqual(coachKeys);
    await setChecklistTick(prisma, p.mentee, { sessionId: s.id, itemKey: "before.think-topic", ticked: true });
    expect(
      await refusal(
        setChecklistTick(prisma, p.mentee, { sessionId: s.id, itemKey: "mentee.before.think-topic", ticked: true }),
      ),
    ).toBe("checklistItemUnknown");
  });

  it("backfills earlier ticks: the mentor's stay, the mentee's carry over to their own item or are dropped", async () => {
    const p = await pairIn("mentoring");
    const coaching = await pairIn("coaching");
    const [first, leadership] = [p.sessions[0], p.sessions[3]];
    // As rows were before mentees had their own list: everyone ticked the mentor's items.
    await prisma.sessionChecklistTick.createMany({
      data: [
        { sessionId: first.id, userId: p.mentor.id, itemKey: "before.read-profile" },
        { sessionId: first.id, userId: p.mentor.id, itemKey: "during.listen" },
        { sessionId: first.id, userId: p.mentee.id, itemKey: "before.read-profile" },
        { sessionId: first.id, userId: p.mentee.id, itemKey: "after.evaluation" },
        { sessionId: first.id, userId: p.mentee.id, itemKey: "before.guidance" },
        { sessionId: leadership.id, userId: p.mentee.id, itemKey: "before.read-article" },
        { sessionId: leadership.id, userId: p.mentee.id, itemKey: "during.behaviours" },
        { sessionId: coaching.sessions[0].id, userId: coaching.mentee.id, itemKey: "before.read-profile" },
      ],
    });
    const dir = path.resolve("prisma/migrations");
    const folder = readdirSync(dir).find((d) => d.endsWith("_mentee_checklist"))!;
    const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
    for (const statement of sql.split(/;\s*$/m).filter((x) => x.replace(/--.*$/gm, "").trim()))
      await prisma.$executeRawUnsafe(statement);

    const keys = async (sessionId: string, userId: string) =>
      (await prisma.sessionChecklistTick.findMany({ where: { sessionId, userId }, orderBy: { itemKey: "asc" } })).map(
        (t) => t.itemKey,
      );
    expect(await keys(first.id, p.mentor.id)).toEqual(["before.read-profile", "during.listen"]);
    expect(await keys(first.id, p.mentee.id)).toEqual(["mentee.after.evaluation", "mentee.before.read-profile"]);
    expect(await keys(leadership.id, p.mentee.id)).toEqual(["mentee.before.read-article"]);
    expect(await keys(coaching.sessions[0].id, coaching.mentee.id)).toEqual(["before.read-profile"]);
    // And the mentee's page shows them ticked on their own list.
    expect(tickedOf(await loadEngagementPage(prisma, p.mentee, p.engagementId))).toEqual([
      "mentee.before.read-profile",
      "mentee.after.evaluation",
    ]);
  });
});
