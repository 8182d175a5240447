// Mentoring on the one matching machinery: mentors register (listed at once, or after a programme
// admin approves), mentees find them on /mentors and ask, mentors accept under the same capacity
// guarantees as coaches, and after the review session both say whether they go on. Runs on PGlite
// and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where the races are real).
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { DEFAULT_FILTERS } from "@/lib/domain/directory-filters";
import type { Role } from "@/lib/domain/roles";
import { DomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { MentorProfileInput } from "@/lib/validation/mentors";
import { setUpApp } from "../support/app";

const app = await setUpApp();
const { prisma, make } = app;
const { saveMentorProfile } = await import("@/lib/server/mentors/save-mentor-profile");
const { approveMentor } = await import("@/lib/server/mentors/approve-mentor");
const { requestMentorChanges } = await import("@/lib/server/mentors/request-mentor-changes");
const { rejectMentor } = await import("@/lib/server/mentors/reject-mentor");
const { listMentorQueue } = await import("@/lib/server/mentors/list-mentor-queue");
const { decideContinuation } = await import("@/lib/server/mentors/decide-continuation");
const { searchDirectory, findListedCoach } = await import("@/lib/server/coaches/search-directory");
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { acceptMatchRequest } = await import("@/lib/server/requests/accept-match-request");
const { loadRequestForm } = await import("@/lib/server/requests/load-request-form");
const { loadEngagementPage } = await import("@/lib/server/sessions/load-engagement-page");
const { proposeSessionTime } = await import("@/lib/server/sessions/propose-session-time");
const { markSessionsCompleted } = await import("@/lib/server/sessions/mark-sessions-completed");
const { endEngagement } = await import("@/lib/server/engagements/end-engagement");

type Actor = { id: string; roles: Role[]; email: string };
const entityId = (
  await make.entity({
    code: "OICT",
    nameEn: "Office of Information and Communications Technology",
    nameFr: "Bureau de l'informatique et des communications",
  })
).id;
await make.languages(["en", "fr"]);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
/** A programme of `type` and its running cohort. */
async function programme(slug: string, type: "mentoring" | "coaching", profileApprovalRequired: boolean) {
  const p = await make.programme({
    slug,
    type,
    nameEn: slug,
    nameFr: slug,
    sessionPlan: type,
    profileApprovalRequired,
    profileCapacityLimit: 3,
  });
  const c = await make.cohort({
    programmeId: p.id,
    slug: `${slug}-now`,
    nameEn: "Now",
    nameFr: "Maintenant",
    startsOn: day("2025-01-01"),
    endsOn: day("2030-06-30"),
    enrolmentOpensOn: day("2024-12-01"),
    enrolmentClosesOn: day("2030-01-01"),
    seats: 500,
    status: "running",
  });
  return { programmeId: p.id, cohortId: c.id };
}
const open = await programme("mentoring", "mentoring", false);
const reviewed = await programme("mentoring-reviewed", "mentoring", true);
const coachingCohortId = (await programme("peer-coaching", "coaching", false)).cohortId;

const profileValues = (over: Partial<MentorProfileInput> = {}): MentorProfileInput => ({
  entityId,
  dutyStationId: "",
  languages: ["en", "fr"],
  networkIds: [],
  expertiseAreas: ["career", "leadership"],
  coachingLanguages: ["en", "fr"],
  careerPath: "Fifteen years across three duty stations, from field logistics to policy.",
  bioEn: "I enjoy helping colleagues think through their next step.",
  bioFr: "",
  profileUrl: "https://www.linkedin.com/in/example",
  capacity: 2,
  availability: "open",
  ...over,
});

const person = (
  roles: Role[],
  enrol?: { cohortId: string; role: Role },
  preferredLanguage: "en" | "fr" = "en",
): Promise<Actor> => make.person({ roles, entityId, preferredLanguage, enrolIn: enrol });
const mentee = (where = open) => person(["mentee"], { cohortId: where.cohortId, role: "mentee" }, "fr");
const mentorOf = (where = open) => person(["mentor"], { cohortId: where.cohortId, role: "mentor" });
/** A mentor registered (and so listed, in a programme without approval). */
async function listedMentor(over: Partial<MentorProfileInput> = {}, where = open) {
  const m = await mentorOf(where);
  await saveMentorProfile(prisma, m, profileValues(over));
  const p = await prisma.matchingProfile.findUniqueOrThrow({
    where: { userId_kind: { userId: m.id, kind: "mentor" } },
  });
  return { ...m, profileId: p.id };
}
const admin = () => person(["programme_admin"]);
const ask = (who: Actor, mentors: { profileId: string }[]) =>
  requestMatch(prisma, who, {
    profileIds: mentors.map((m) => m.profileId),
    message: "I would like advice on moving to a field duty station.",
    kind: "mentor",
  });
const pendingChoice = async (requestId: string) =>
  (await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId, status: "pending" } })).id;
const listed = async (viewer: Actor, kind: "mentor" | "coach") =>
  (await searchDirectory(prisma, { ...DEFAULT_FILTERS }, viewer.id, kind)).coaches.map((c) => c.id);
const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

const inParallel = <T>(count: number, work: (client: Db, i: number) => Promise<T>) =>
  app.inParallel(Array.from({ length: count }, (_, i) => (client: Db) => work(client, i)));

describe("mentor registration", () => {
  it("without approval: the profile belongs to the mentor's programme and is listed on /mentors at once", async () => {
    const maria = await mentorOf();
    await saveMentorProfile(prisma, maria, profileValues());
    const p = await prisma.matchingProfile.findUniqueOrThrow({
      where: { userId_kind: { userId: maria.id, kind: "mentor" } },
    });
    expect(p).toMatchObject({
      kind: "mentor",
      programmeId: open.programmeId,
      status: "approved",
      capacity: 2,
      careerPath: profileValues().careerPath,
      profileUrl: "https://www.linkedin.com/in/example",
      credentialKind: null,
    });
    const someone = await mentee();
    expect(await listed(someone, "mentor")).toContain(p.id);
    expect(await findListedCoach(prisma, p.id, "mentor")).toMatchObject({
      id: p.id,
      expertiseAreas: ["career", "leadership"],
    });
  });

  it("with approval: waits for a programme admin, who is told; approving lists it and tells the mentor", async () => {
    const boss = await admin();
    const maria = await mentorOf(reviewed);
    await saveMentorProfile(prisma, maria, profileValues());
    const p = await prisma.matchingProfile.findUniqueOrThrow({
      where: { userId_kind: { userId: maria.id, kind: "mentor" } },
    });
    expect(p).toMatchObject({ status: "submitted", programmeId: reviewed.programmeId });
    const someone = await mentee(reviewed);
    expect(await listed(someone, "mentor")).not.toContain(p.id);
    const [told] = await emailsTo(boss.email);
    const mariaName = (await prisma.user.findUniqueOrThrow({ where: { id: maria.id } })).name!;
    expect(told.subject).toBe(en.email.mentor.submitted.subject.replace("{mentor}", mariaName));
    expect((await listMentorQueue(prisma, boss)).queue.map((q) => q.id)).toContain(p.id);

    await approveMentor(prisma, boss, { profileId: p.id });
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "approved",
    });
    expect(await listed(someone, "mentor")).toContain(p.id);
    expect((await emailsTo(maria.email)).map((e) => e.subject)).toEqual([en.email.mentor.approved.subject]);
    const { history } = await listMentorQueue(prisma, boss);
    expect(history[0]).toMatchObject({ action: "mentor.approve", mentorName: mariaName });
    await expect(approveMentor(prisma, boss, { profileId: p.id })).rejects.toEqual(
      new DomainError("transitionNotAllowed"),
    );
  });

  it("changes requested: the mentor edits and resubmits; a refusal needs a reason and is final", async () => {
    const boss = await admin();
    const amadou = await mentorOf(reviewed);
    await saveMentorProfile(prisma, amadou, profileValues());
    const id = (
      await prisma.matchingProfile.findUniqueOrThrow({ where: { userId_kind: { userId: amadou.id, kind: "mentor" } } })
    ).id;
    await expect(requestMentorChanges(prisma, boss, { profileId: id, message: "  " })).rejects.toEqual(
      new DomainError("mentorDecisionMessageRequired"),
    );
    await requestMentorChanges(prisma, boss, { profileId: id, message: "Please add a bio in French." });
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "changes_requested",
      reviewMessage: "Please add a bio in French.",
    });
    await saveMentorProfile(prisma, amadou, profileValues({ bioFr: "J'aime accompagner mes collègues." }));
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "submitted",
      reviewMessage: null,
    });
    await rejectMentor(prisma, boss, { profileId: id, message: "The programme is for staff at P-4 and above." });
    await expect(saveMentorProfile(prisma, amadou, profileValues())).rejects.toEqual(
      new DomainError("mentorProfileRefused"),
    );
    const mails = await emailsTo(amadou.email);
    expect(mails.map((m) => m.subject)).toEqual([
      en.email.mentor.changesRequested.subject,
      en.email.mentor.rejected.subject,
    ]);
    expect(mails[1].text).toContain("P-4 and above");
  });

  it("refuses a capacity above the programme's maximum, a bad link, and lowering capacity below current mentees", async () => {
    const small = await prisma.programme.update({ where: { id: open.programmeId }, data: { profileCapacityLimit: 1 } });
    try {
      const m = await mentorOf();
      await expect(saveMentorProfile(prisma, m, profileValues({ capacity: 2 }))).rejects.toEqual(
        new DomainError("mentorCapacityRange"),
      );
      await expect(
        saveMentorProfile(prisma, m, profileValues({ capacity: 1, profileUrl: "http://example.org/me" })),
      ).rejects.toEqual(new DomainError("profileUrlInvalid"));
      expect(await prisma.matchingProfile.count({ where: { userId: m.id } })).toBe(0);
    } finally {
      await prisma.programme.update({ where: { id: small.id }, data: { profileCapacityLimit: 3 } });
    }
    const busy = await listedMentor({ capacity: 2 });
    const a = await mentee();
    await acceptMatchRequest(prisma, busy, { choiceId: await pendingChoice((await ask(a, [busy])).requestId) });
    const b = await mentee();
    await acceptMatchRequest(prisma, busy, { choiceId: await pendingChoice((await ask(b, [busy])).requestId) });
    await expect(saveMentorProfile(prisma, busy, profileValues({ capacity: 1 }))).rejects.toEqual(
      new DomainError("capacityBelowActive"),
    );
  });
});

describe("the mentor directory", () => {
  it("lists approved, open mentors only; never a coach among mentors, nor a mentor among coaches", async () => {
    const viewer = await mentee();
    const shown = await listedMentor();
    const paused = await listedMentor({ availability: "paused" });
    const waiting = await mentorOf(reviewed);
    await saveMentorProfile(prisma, waiting, profileValues());
    const waitingId = (
      await prisma.matchingProfile.findUniqueOrThrow({ where: { userId_kind: { userId: waiting.id, kind: "mentor" } } })
    ).id;
    const coach = await person(["coach"]);
    const profile = await make.profile(coach.id, {
      kind: "coach",
      status: "approved",
      availability: "open",
      capacity: 3,
      expertiseAreas: ["career"],
      coachingLanguages: ["en"],
    });

    const mentors = await listed(viewer, "mentor");
    expect(mentors).toContain(shown.profileId);
    expect(mentors).not.toContain(paused.profileId);
    expect(mentors).not.toContain(waitingId);
    expect(mentors).not.toContain(profile.id);
    const coaches = await listed(viewer, "coach");
    expect(coaches).toContain(profile.id);
    expect(coaches).not.toContain(shown.profileId);
    expect(await findListedCoach(prisma, shown.profileId, "coach")).toBeNull();
    expect(await findListedCoach(prisma, profile.id, "mentor")).toBeNull();

    // The request form offers the programme's listed mentors with a free place, never coaches.
    const form = await loadRequestForm(prisma, viewer, "en", "mentor");
    expect(form.state).toBe("ready");
    expect(form.coaches.map((c) => c.id)).toContain(shown.profileId);
    expect(form.coaches.map((c) => c.id)).not.toContain(profile.id);
    expect(form.coaches.map((c) => c.id)).not.toContain(paused.profileId);
    // A mentee cannot choose a coach on a mentor request.
    await expect(
      requestMatch(prisma, viewer, { profileIds: [profile.id], message: "Hello", kind: "mentor" }),
    ).rejects.toMatchObject({ code: "coachNotApproved" });
  });
});

describe("asking for a mentor", () => {
  it("a mentee asks up to three mentors; the first accepts: an engagement with the nine-session mentoring plan", async () => {
    const mehdi = await mentee();
    const [maria, second] = [await listedMentor(), await listedMentor()];
    const { requestId } = await ask(mehdi, [maria, second]);
    const { engagementId } = await acceptMatchRequest(prisma, maria, { choiceId: await pendingChoice(requestId) });
    const engagement = await prisma.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      include: { sessions: { orderBy: { position: "asc" } } },
    });
    expect(engagement).toMatchObject({
      programmeId: open.programmeId,
      cohortId: open.cohortId,
      seekerId: mehdi.id,
      profileId: maria.profileId,
      status: "active",
    });
    expect(engagement.sessions.map((s) => s.stepKey)).toEqual([
      "mentoring.getting-to-know",
      "mentoring.setting-goals",
      "mentoring.problem-solving",
      "mentoring.leadership",
      "mentoring.networking",
      "mentoring.review",
      "mentoring.peer-feedback",
      "mentoring.reversing-roles",
      "mentoring.job-shadowing",
    ]);
    // One pairing at a time.
    await expect(ask(mehdi, [second])).rejects.toEqual(new DomainError("alreadyEngaged"));
  });

  it("authorization: a mentee cannot accept, a coach cannot manage a mentor profile, only programme admins approve", async () => {
    const mehdi = await mentee();
    const maria = await listedMentor();
    const choiceId = await pendingChoice((await ask(mehdi, [maria])).requestId);
    await expect(acceptMatchRequest(prisma, mehdi, { choiceId })).rejects.toEqual(new DomainError("forbidden"));
    const other = await listedMentor();
    await expect(acceptMatchRequest(prisma, other, { choiceId })).rejects.toEqual(new DomainError("forbidden"));
    const coach = await person(["coach"]);
    await expect(saveMentorProfile(prisma, coach, profileValues())).rejects.toEqual(new DomainError("forbidden"));
    expect(await prisma.matchingProfile.count({ where: { userId: coach.id } })).toBe(0);
    const waiting = await mentorOf(reviewed);
    await saveMentorProfile(prisma, waiting, profileValues());
    const id = (
      await prisma.matchingProfile.findUniqueOrThrow({ where: { userId_kind: { userId: waiting.id, kind: "mentor" } } })
    ).id;
    for (const who of [waiting, await person(["hr_reviewer"]), await person(["client"]), await person([])]) {
      await expect(approveMentor(prisma, who, { profileId: id })).rejects.toEqual(new DomainError("forbidden"));
      await expect(listMentorQueue(prisma, who)).rejects.toEqual(new DomainError("forbidden"));
    }
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "submitted" });
    // A mentee cannot ask for a coach, nor a client for a mentor.
    const client = await person(["client"], { cohortId: coachingCohortId, role: "client" });
    await expect(ask(client, [maria])).rejects.toEqual(new DomainError("forbidden"));
  });
});

describe("capacity under concurrency (the same guarantees as coaching)", () => {
  it(`several mentees' requests accepted at once by a mentor with one place: exactly one engagement (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    const maria = await listedMentor({ capacity: 1 });
    const mentees = await Promise.all(Array.from({ length: 8 }, () => mentee()));
    const choiceIds: string[] = [];
    for (const m of mentees) choiceIds.push(await pendingChoice((await ask(m, [maria])).requestId));
    const results = await inParallel(8, (c, i) => acceptMatchRequest(c, maria, { choiceId: choiceIds[i] }));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toEqual(new DomainError("coachFullAccept"));
    expect(await prisma.engagement.count({ where: { profileId: maria.profileId, status: "active" } })).toBe(1);
  });

  it("two mentors accepting the same mentee at once: one engagement", async () => {
    const mehdi = await mentee();
    const [a, b] = [await listedMentor(), await listedMentor()];
    const first = await ask(mehdi, [a]);
    // A second open request in the same programme (as legacy data or another path might leave).
    const second = await make.request({
      programmeId: open.programmeId,
      cohortId: open.cohortId,
      seekerId: mehdi.id,
      message: "Hello",
      choices: [
        {
          profileId: b.profileId,
          status: "pending",
          askedAt: new Date(),
          dueAt: new Date(Date.now() + 86_400_000),
        },
      ],
    });
    const answers = [
      { mentor: a, choiceId: await pendingChoice(first.requestId) },
      { mentor: b, choiceId: second.choices[0].id },
    ];
    const results = await inParallel(2, (c, i) =>
      acceptMatchRequest(c, answers[i].mentor, { choiceId: answers[i].choiceId }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toEqual(
      new DomainError("clientAlreadyEngaged"),
    );
    expect(await prisma.engagement.count({ where: { seekerId: mehdi.id, status: "active" } })).toBe(1);
  });
});

describe("going on after the review session", () => {
  async function pairing() {
    const mehdi = await mentee();
    const maria = await listedMentor();
    const { engagementId } = await acceptMatchRequest(prisma, maria, {
      choiceId: await pendingChoice((await ask(mehdi, [maria])).requestId),
    });
    const session = (position: number) =>
      prisma.engagementSession.findFirstOrThrow({ where: { engagementId, position } });
    const completeUpTo = (position: number) =>
      prisma.engagementSession.updateMany({
        where: { engagementId, position: { lte: position } },
        data: { status: "completed", completedAt: new Date() },
      });
    return { mehdi, maria, engagementId, session, completeUpTo };
  }
  const tomorrowAt10 = () => {
    const d = new Date(Date.now() + 3 * 86_400_000);
    return `${d.toISOString().slice(0, 10)}T10:00`;
  };
  const propose = (who: Actor, sessionId: string) =>
    proposeSessionTime(prisma, who, {
      sessionId,
      startsAtLocal: tomorrowAt10(),
      timeZone: "Europe/Paris",
      mode: "phone",
      location: "",
    });

  it("both yes: sessions 7 to 9 open once both have answered; each sees only whether the other answered", async () => {
    const { mehdi, maria, engagementId, session, completeUpTo } = await pairing();
    await completeUpTo(5);
    await expect(decideContinuation(prisma, mehdi, { engagementId, wantsToContinue: true })).rejects.toEqual(
      new DomainError("continuationNotOpen"),
    );
    await completeUpTo(6);
    const seventh = await session(7);
    await expect(propose(maria, seventh.id)).rejects.toEqual(new DomainError("continuationPending"));
    // Nor can it be marked as held elsewhere (a hand-made request: the page offers no button).
    await expect(markSessionsCompleted(prisma, maria, { engagementId, sessionIds: [seventh.id] })).rejects.toEqual(
      new DomainError("continuationPending"),
    );
    expect(await session(7)).toMatchObject({ status: "planned" });

    expect(await decideContinuation(prisma, mehdi, { engagementId, wantsToContinue: true })).toEqual({
      outcome: "pending",
    });
    const mariaView = await loadEngagementPage(prisma, maria, engagementId);
    expect(mariaView.continuation).toMatchObject({
      reviewPosition: 6,
      open: true,
      outcome: "pending",
      mine: null,
      otherAnswered: true,
      other: null,
    });
    expect(mariaView.sessions.find((s) => s.position === 7)).toMatchObject({ blocked: true, canComplete: false });
    // Told that Mehdi answered, never what.
    const told = (await emailsTo(maria.email)).at(-1)!;
    const mehdiName = (await prisma.user.findUniqueOrThrow({ where: { id: mehdi.id } })).name!;
    expect(told.subject).toBe(en.email.mentor.continuation.answered.subject.replace("{name}", mehdiName));
    expect(told.text).not.toMatch(/\byes\b|\bno\b/i);
    await expect(propose(mehdi, seventh.id)).rejects.toEqual(new DomainError("continuationPending"));

    expect(await decideContinuation(prisma, maria, { engagementId, wantsToContinue: true })).toEqual({
      outcome: "continue",
    });
    expect((await loadEngagementPage(prisma, mehdi, engagementId)).continuation).toMatchObject({
      outcome: "continue",
      mine: true,
      other: true,
    });
    await propose(maria, seventh.id);
    expect(await session(7)).toMatchObject({ status: "proposed" });
    // Once both answered, nobody changes their answer.
    await expect(decideContinuation(prisma, mehdi, { engagementId, wantsToContinue: false })).rejects.toEqual(
      new DomainError("continuationDecided"),
    );
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).toMatchObject({
      status: "active",
    });
  });

  it("one no: the pairing closes at once — sessions 7 to 9 cancelled, engagement completed, both told, both can evaluate", async () => {
    const { mehdi, maria, engagementId, completeUpTo } = await pairing();
    await completeUpTo(6);
    await decideContinuation(prisma, mehdi, { engagementId, wantsToContinue: true });
    // An answer may change while the other has not answered: here to no, which closes the pairing.
    expect(await decideContinuation(prisma, mehdi, { engagementId, wantsToContinue: false })).toEqual({
      outcome: "stop",
    });
    const engagement = await prisma.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      include: { sessions: { orderBy: { position: "asc" } } },
    });
    expect(engagement.status).toBe("completed");
    expect(engagement.completedAt).toBeInstanceOf(Date);
    expect(engagement.sessions.map((s) => s.status)).toEqual([
      ...Array(6).fill("completed"),
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    expect((await emailsTo(mehdi.email)).at(-1)!.subject).toBe(fr.email.mentor.continuation.stopped.subject);
    expect((await emailsTo(maria.email)).at(-1)!.subject).toBe(en.email.mentor.continuation.stopped.subject);
    expect(await prisma.continuationDecision.count({ where: { engagementId } })).toBe(1);
    await expect(decideContinuation(prisma, maria, { engagementId, wantsToContinue: true })).rejects.toEqual(
      new DomainError("engagementNotActive"),
    );
    // The mentor's place is free again.
    expect(await prisma.engagement.count({ where: { profileId: maria.profileId, status: "active" } })).toBe(0);
  });

  it("refuses outsiders, and coaching engagements have no continuation", async () => {
    const { engagementId, completeUpTo } = await pairing();
    await completeUpTo(6);
    const outsider = await listedMentor();
    await expect(decideContinuation(prisma, outsider, { engagementId, wantsToContinue: false })).rejects.toEqual(
      new DomainError("sessionNotFound"),
    );
    await expect(decideContinuation(prisma, await admin(), { engagementId, wantsToContinue: false })).rejects.toEqual(
      new DomainError("sessionNotFound"),
    );
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).toMatchObject({
      status: "active",
    });
    expect(await prisma.continuationDecision.count({ where: { engagementId } })).toBe(0);
  });

  it("either side can still end the pairing early, with a reason", async () => {
    const { mehdi, maria, engagementId } = await pairing();
    await endEngagement(prisma, mehdi, { engagementId, reason: "Je change de poste." });
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).toMatchObject({
      status: "ended",
      endedById: mehdi.id,
    });
    expect((await emailsTo(maria.email)).at(-1)!.text).toContain("Je change de poste.");
  });
});
