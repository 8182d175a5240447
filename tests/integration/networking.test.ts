// Networking conversations: opting in and out, asking a colleague, accepting (the networking plan:
// a first meeting and an optional second), several conversations side by side but never two with the
// same colleague, capacity under concurrent accepts, and the decision about a second meeting.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where races are real).
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { DEFAULT_FILTERS } from "@/lib/domain/directory-filters";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import type { Role } from "@/lib/domain/roles";
import type { Locale } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import type { Person } from "../support/factories";

const { prisma, make, inParallel } = await setUpApp();
const { optInNetworking } = await import("@/lib/server/networking/opt-in-networking");
const { decideSecondMeeting } = await import("@/lib/server/networking/decide-second-meeting");
const { loadSecondMeeting } = await import("@/lib/server/networking/load-second-meeting");
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { acceptMatchRequest } = await import("@/lib/server/requests/accept-match-request");
const { setProfileAvailability } = await import("@/lib/server/requests/set-profile-availability");
const { markSessionsCompleted } = await import("@/lib/server/sessions/mark-sessions-completed");
const { proposeSessionTime } = await import("@/lib/server/sessions/propose-session-time");
const { acceptSessionTime } = await import("@/lib/server/sessions/accept-session-time");
const { searchDirectory, findListedCoach } = await import("@/lib/server/coaches/search-directory");

const programmeId = (
  await make.programme({
    slug: "networking",
    type: "networking",
    sessionPlan: "networking",
    nameEn: "Networking",
    nameFr: "Réseautage",
    profileCapacityLimit: 3,
  })
).id;

/** Anyone signed in: networking needs no role and no cohort. */
const person = (options: { roles?: Role[]; preferredLanguage?: Locale } = {}): Promise<Person> =>
  make.person({ ...options, preferredLanguage: options.preferredLanguage ?? "en", timeZone: "Europe/Zurich" });

const profileInput = (over: Partial<Parameters<typeof optInNetworking>[2]> = {}) => ({
  bioEn: "Running field offices; moving between duty stations.",
  bioFr: "",
  coachingLanguages: ["en", "fr"],
  expertiseAreas: ["leadership" as const],
  capacity: 2,
  availability: "open" as const,
  ...over,
});

/** A colleague who opted in, with their networking profile id. */
async function colleague(
  over: Partial<Parameters<typeof optInNetworking>[2]> = {},
  options: { preferredLanguage?: Locale } = {},
) {
  const p = await person(options);
  const { profileId } = await optInNetworking(prisma, p, profileInput(over));
  return { ...p, profileId };
}

const message = "We both set up offices in new duty stations; I would love to compare notes.";
const ask = (who: Person, profileId: string) =>
  requestMatch(prisma, who, { profileIds: [profileId], message, kind: "networking" });
const pendingChoice = async (requestId: string) =>
  (await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId, status: "pending" } })).id;
async function conversation() {
  const host = await colleague();
  const asker = await person();
  const { requestId } = await ask(asker, host.profileId);
  const { engagementId } = await acceptMatchRequest(prisma, host, { choiceId: await pendingChoice(requestId) });
  const sessions = await prisma.engagementSession.findMany({ where: { engagementId }, orderBy: { position: "asc" } });
  return { host, asker, engagementId, first: sessions[0], second: sessions[1] };
}
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "fulfilled",
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );
const emailsTo = (to: string, kind?: string) =>
  prisma.outboxEmail.findMany({ where: { to, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
const engagementOf = (id: string) =>
  prisma.engagement.findUniqueOrThrow({ where: { id }, include: { sessions: { orderBy: { position: "asc" } } } });

describe("opting in and out", () => {
  it("anyone opts in without a role or cohort and is listed at once", async () => {
    const keiko = await colleague();
    const profile = await prisma.matchingProfile.findUniqueOrThrow({ where: { id: keiko.profileId } });
    expect(profile).toMatchObject({
      kind: "networking",
      programmeId,
      status: "approved",
      availability: "open",
      capacity: 2,
      coachingLanguages: ["en", "fr"],
      expertiseAreas: ["leadership"],
    });
    const viewer = await person();
    const page = await searchDirectory(prisma, { ...DEFAULT_FILTERS, q: "duty stations" }, viewer.id, "networking");
    expect(page.coaches.map((c) => c.id)).toContain(keiko.profileId);
    expect(await findListedCoach(prisma, keiko.profileId, "networking")).not.toBeNull();
    // Not a coach: the coach directory does not list them.
    expect(await findListedCoach(prisma, keiko.profileId, "coach")).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "networking.optIn", targetId: keiko.profileId } })).toBe(1);
  });

  it("when the programme requires approval, the opt-in is submitted and not listed", async () => {
    await prisma.programme.update({ where: { id: programmeId }, data: { profileApprovalRequired: true } });
    try {
      const julien = await colleague({ bioEn: "", bioFr: "Gérer une équipe à Genève" });
      expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id: julien.profileId } })).toMatchObject({
        status: "submitted",
      });
      expect(await findListedCoach(prisma, julien.profileId, "networking")).toBeNull();
      const viewer = await person();
      expect(
        (await searchDirectory(prisma, { ...DEFAULT_FILTERS, q: "geneve" }, viewer.id, "networking")).coaches,
      ).toEqual([]);
      // Asking them is refused.
      expect(await refusal(ask(viewer, julien.profileId))).toBe("coachNotApproved");
      // Editing keeps it submitted, never approves it.
      await optInNetworking(prisma, julien, profileInput({ bioFr: "Gérer une équipe" }));
      expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id: julien.profileId } })).toMatchObject({
        status: "submitted",
      });
    } finally {
      await prisma.programme.update({ where: { id: programmeId }, data: { profileApprovalRequired: false } });
    }
  });

  it("refuses topics in neither language, no language, a capacity over the programme's, and fewer places than conversations running", async () => {
    const p = await person();
    expect(await refusal(optInNetworking(prisma, p, profileInput({ bioEn: "", bioFr: "" })))).toBe("invalidInput");
    expect(await refusal(optInNetworking(prisma, p, profileInput({ coachingLanguages: [] })))).toBe("invalidInput");
    expect(await prisma.matchingProfile.count({ where: { userId: p.id } })).toBe(0);
    await prisma.programme.update({ where: { id: programmeId }, data: { profileCapacityLimit: 1 } });
    try {
      expect(await refusal(optInNetworking(prisma, p, profileInput({ capacity: 2 })))).toBe("capacityRange");
    } finally {
      await prisma.programme.update({ where: { id: programmeId }, data: { profileCapacityLimit: 3 } });
    }
    const c = await conversation();
    expect(await refusal(optInNetworking(prisma, c.host, profileInput({ capacity: 1 })))).toBe("fulfilled");
    await make.engagement({ programmeId, profileId: c.host.profileId, seekerId: (await person()).id });
    expect(await refusal(optInNetworking(prisma, c.host, profileInput({ capacity: 1 })))).toBe("capacityBelowActive");
  });

  it("opting out (pausing) unlists the colleague and declines pending requests with a note in the asker's language", async () => {
    const keiko = await colleague();
    const asker = await person({ preferredLanguage: "fr" });
    const { requestId } = await ask(asker, keiko.profileId);
    await optInNetworking(prisma, keiko, profileInput({ availability: "paused" }));
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id: keiko.profileId } })).toMatchObject({
      availability: "paused",
      status: "approved",
    });
    const choice = await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId } });
    expect(choice).toMatchObject({ status: "declined", declineReason: fr.requests.notes.paused });
    expect(await prisma.matchRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "exhausted",
    });
    expect(await findListedCoach(prisma, keiko.profileId, "networking")).toBeNull();
    expect(await refusal(ask(await person(), keiko.profileId))).toBe("coachPaused");
    // Opting in again lists them again (the opt-out button's path).
    await setProfileAvailability(prisma, keiko, { availability: "open", kind: "networking" });
    expect(await findListedCoach(prisma, keiko.profileId, "networking")).not.toBeNull();
  });
});

describe("asking for a conversation", () => {
  it("request → accept → an engagement with the networking plan: a first meeting and an optional second", async () => {
    const { host, asker, engagementId, first, second } = await conversation();
    const engagement = await engagementOf(engagementId);
    expect(engagement).toMatchObject({
      programmeId,
      cohortId: null,
      seekerId: asker.id,
      profileId: host.profileId,
      status: "active",
    });
    expect(engagement.sessions.map((s) => [s.stepKey, s.status])).toEqual([
      ["networking.first-meeting", "planned"],
      ["networking.second-meeting", "planned"],
    ]);
    expect([first.durationMinutes, second.durationMinutes]).toEqual([30, 30]);
    // The colleague was asked by e-mail with the message.
    const [asked] = await emailsTo(host.email);
    expect(asked.text).toContain(message);
  });

  it("one open request or one conversation at a time with the same colleague; two colleagues side by side are fine", async () => {
    const a = await colleague();
    const b = await colleague();
    const amina = await person();
    const first = await ask(amina, a.profileId);
    expect(await refusal(ask(amina, a.profileId))).toBe("requestAlreadyOpenWith");
    await ask(amina, b.profileId); // side by side
    await acceptMatchRequest(prisma, a, { choiceId: await pendingChoice(first.requestId) });
    expect(await refusal(ask(amina, a.profileId))).toBe("alreadyEngagedWith");
    expect(await prisma.matchRequest.count({ where: { seekerId: amina.id, status: "open" } })).toBe(1);
    expect(await prisma.engagement.count({ where: { seekerId: amina.id, status: "active" } })).toBe(1);
  });

  it("nobody can ask themselves, and the message is required", async () => {
    const keiko = await colleague();
    expect(await refusal(ask(keiko, keiko.profileId))).toBe("cannotChooseSelf");
    expect(
      await refusal(
        requestMatch(prisma, await person(), { profileIds: [keiko.profileId], message: "  ", kind: "networking" }),
      ),
    ).toBe("requestMessageRequired");
  });

  it(`a colleague with room for one conversation accepting two requests at once starts one (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, async () => {
    const host = await colleague({ capacity: 1 });
    const askers = [await person(), await person()];
    const choiceIds: string[] = [];
    for (const a of askers) choiceIds.push(await pendingChoice((await ask(a, host.profileId)).requestId));
    const results = await inParallel(choiceIds.map((choiceId) => (c: Db) => acceptMatchRequest(c, host, { choiceId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toEqual(new DomainError("coachFullAccept"));
    expect(await prisma.engagement.count({ where: { profileId: host.profileId, status: "active" } })).toBe(1);
  });
});

describe("is a second conversation useful?", () => {
  it("not before the first meeting is held; not for outsiders; not for a coaching engagement", async () => {
    const { host, asker, engagementId, first } = await conversation();
    expect(await refusal(decideSecondMeeting(prisma, asker, { engagementId, useful: false }))).toBe(
      "firstMeetingNotHeld",
    );
    await markSessionsCompleted(prisma, host, { engagementId, sessionIds: [first.id] });
    const outsider = await person({ roles: ["programme_admin"] });
    expect(await refusal(decideSecondMeeting(prisma, outsider, { engagementId, useful: false }))).toBe(
      "sessionNotFound",
    );
    expect(
      await loadSecondMeeting(prisma, asker.id, {
        id: engagementId,
        status: "active",
        programme: { type: "coaching" },
        sessions: [],
      }),
    ).toBeNull();
    const coaching = await make.programme({ type: "coaching", nameEn: "C", nameFr: "C" });
    const other = await make.engagement({
      programmeId: coaching.id,
      profileId: host.profileId,
      seekerId: (await person()).id,
    });
    expect(await refusal(decideSecondMeeting(prisma, host, { engagementId: other.id, useful: false }))).toBe(
      "notNetworkingConversation",
    );
    expect((await engagementOf(engagementId)).status).toBe("active");
  });

  it("the first meeting held keeps the conversation open; no → the second is cancelled and the conversation completes", async () => {
    const { host, asker, engagementId, first, second } = await conversation();
    const done = await markSessionsCompleted(prisma, asker, { engagementId, sessionIds: [first.id] });
    expect(done.engagementCompleted).toBe(false);
    expect((await engagementOf(engagementId)).status).toBe("active");
    expect(
      await loadSecondMeeting(prisma, asker.id, {
        ...(await engagementOf(engagementId)),
        programme: { type: "networking" },
      }),
    ).toEqual({ open: true, mine: null, theirs: null });

    const result = await decideSecondMeeting(prisma, host, { engagementId, useful: false });
    expect(result.engagementCompleted).toBe(true);
    const after = await engagementOf(engagementId);
    expect(after.status).toBe("completed");
    expect(after.completedAt).not.toBeNull();
    expect(after.sessions.map((s) => s.status)).toEqual(["completed", "cancelled"]);
    expect(
      await prisma.continuationDecision.findMany({
        where: { engagementId },
        select: { userId: true, wantsToContinue: true },
      }),
    ).toEqual([{ userId: host.id, wantsToContinue: false }]);
    expect(await prisma.auditLog.count({ where: { action: "networking.secondMeeting", targetId: engagementId } })).toBe(
      1,
    );
    expect(await prisma.auditLog.count({ where: { action: "session.cancel", targetId: second.id } })).toBe(1);
    // The other person is told, in their language; the conversation no longer changes.
    const [told] = await emailsTo(asker.email, "networking-second-not-needed");
    expect(told.subject).toBe(en.networking.email.secondNotNeeded.subject.replace("{name}", host.name));
    expect(await refusal(decideSecondMeeting(prisma, asker, { engagementId, useful: true }))).toBe(
      "engagementNotActive",
    );
  });

  it("yes → stays active until the second meeting is held, then completes (with a networking thank-you, no closing evaluation)", async () => {
    const { host, asker, engagementId, first, second } = await conversation();
    await markSessionsCompleted(prisma, host, { engagementId, sessionIds: [first.id] });
    expect(await decideSecondMeeting(prisma, asker, { engagementId, useful: true })).toEqual({
      engagementCompleted: false,
    });
    const [wanted] = await emailsTo(host.email, "networking-second-wanted");
    expect(wanted.text).toContain(asker.name);
    // Saying yes again tells nobody again.
    await decideSecondMeeting(prisma, asker, { engagementId, useful: true });
    expect(await emailsTo(host.email, "networking-second-wanted")).toHaveLength(1);
    expect((await engagementOf(engagementId)).status).toBe("active");
    expect(
      await loadSecondMeeting(prisma, host.id, {
        ...(await engagementOf(engagementId)),
        programme: { type: "networking" },
      }),
    ).toEqual({ open: true, mine: null, theirs: true });

    const done = await markSessionsCompleted(prisma, host, { engagementId, sessionIds: [second.id] });
    expect(done.engagementCompleted).toBe(true);
    expect((await engagementOf(engagementId)).sessions.map((s) => s.status)).toEqual(["completed", "completed"]);
    expect(await emailsTo(asker.email, "networking-completed")).toHaveLength(1);
    expect(await emailsTo(asker.email, "engagement-completed")).toHaveLength(0);
  });

  it("yes, a time agreed, then no after all: the agreed time leaves both calendars and the conversation completes", async () => {
    const { host, asker, engagementId, first, second } = await conversation();
    await markSessionsCompleted(prisma, host, { engagementId, sessionIds: [first.id] });
    await decideSecondMeeting(prisma, host, { engagementId, useful: true });
    const at = new Date(Date.now() + 5 * 86_400_000);
    await proposeSessionTime(prisma, host, {
      sessionId: second.id,
      startsAtLocal: instantToLocalTime(at, host.timeZone),
      timeZone: host.timeZone,
      mode: "video",
      location: "https://meet.example.org/room-7",
    });
    await acceptSessionTime(prisma, asker, { sessionId: second.id });
    await decideSecondMeeting(prisma, host, { engagementId, useful: false });
    const after = await engagementOf(engagementId);
    expect(after.status).toBe("completed");
    expect(after.sessions[1]).toMatchObject({ status: "cancelled", icsSequence: 1 });
    for (const to of [host.email, asker.email]) {
      const [cancel] = await emailsTo(to, "session-cancelled");
      expect(cancel, to).toBeTruthy();
    }
  });
});
