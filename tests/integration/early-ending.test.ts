// Finishing what one starts: a coach (mentor) stopping early gives real reasons, may propose an
// eligible colleague, and the client (mentee) is told at once, keeps their seat in the cohort and
// can ask the colleague proposed in one step; nobody else can end, propose or follow for them.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { dashboardFilterSchema } from "@/lib/validation/programmes";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import type { Person, ProfileHolder } from "../support/factories";
import { refusal } from "../support/refusal";

const app = await setUpApp({ appUrl: "https://binome.example.org", requests: true });
const { prisma, make, signIn } = app;
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { acceptMatchRequest } = await import("@/lib/server/requests/accept-match-request");
const { endEngagement } = await import("@/lib/server/engagements/end-engagement");
const { requestProposed } = await import("@/lib/server/engagements/request-proposed");
const { loadEndingOptions, loadEarlyEndingNotices } = await import("@/lib/server/engagements/load-early-endings");
const { listEarlyEndings } = await import("@/lib/server/dashboard/list-early-endings");
const { endEngagementEarlyAction, endEngagementAction, requestProposedAction } =
  await import("@/lib/actions/end-engagement");

const reasons = "I am posted to a field mission from next month, with no connection for sessions.";
const programmeId = (await make.programme({ type: "coaching" })).id;

/** A cohort of `seats` places, and a coaching engagement of `clientLang` client with a coach. */
async function pairing(seats = 500, clientLang: "en" | "fr" = "fr") {
  const cohort = await make.cohort({ programmeId, seats });
  const client = await make.person({
    roles: ["client"],
    preferredLanguage: clientLang,
    enrolIn: { cohortId: cohort.id, role: "client" },
  });
  const coach = await make.coach({ name: "Carlos Mendes" });
  const { requestId } = await requestMatch(prisma, client, {
    profileIds: [coach.profileId],
    message: "Hello, let us work together.",
  });
  const choice = await prisma.matchRequestChoice.findFirstOrThrow({ where: { requestId, status: "pending" } });
  const { engagementId } = await acceptMatchRequest(prisma, coach, { choiceId: choice.id });
  return { cohort, client, coach, engagementId };
}
const statusOf = async (id: string) => (await prisma.engagement.findUniqueOrThrow({ where: { id } })).status;
const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("a coach stopping early", () => {
  it("gives real reasons, proposes a colleague; the client is told, keeps the seat and asks the colleague in one step", async () => {
    // A full cohort of two seats, one person waiting.
    const { cohort, client, coach, engagementId } = await pairing(2);
    await make.person({ roles: ["client"], enrolIn: { cohortId: cohort.id, role: "client" } });
    const waiting = await make.person({
      roles: ["client"],
      enrolIn: { cohortId: cohort.id, role: "client", status: "waitlisted" },
    });
    const nadia = await make.coach({ name: "Nadia Haddad" });
    const full = await make.coach({ name: "Full Coach", capacity: 1 });
    await make.engagement({ programmeId, profileId: full.profileId, seekerId: (await make.person()).id });
    const paused = await make.coach({ name: "Paused Coach", availability: "paused" });

    // The form offers only listed colleagues with a free place: not the coach, not the full or paused one.
    const offered = (await loadEndingOptions(prisma, coach)).get(engagementId)!;
    expect(offered.kind).toBe("coach");
    const names = offered.replacements.map((r) => r.name);
    expect(names).toContain("Nadia Haddad");
    expect(names).not.toContain("Full Coach");
    expect(names).not.toContain("Paused Coach");
    expect(names).not.toContain("Carlos Mendes");

    // Thin reasons are refused beside the field, in the coach's language, by the action and the verb.
    await signIn(coach);
    expect(
      await endEngagementEarlyAction({ engagementId, reason: "Busy.", proposedProfileId: nadia.profileId }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: en.errors.endReasonTooShort },
    });
    // The client's plain form cannot be used to skip the rule.
    expect(await endEngagementAction({ engagementId, reason: "Busy." })).toMatchObject({
      ok: false,
      error: en.errors.endReasonTooShort,
    });
    expect(await refusal(endEngagement(prisma, coach, { engagementId, reason: "Too busy now" }))).toBe(
      "endReasonTooShort",
    );
    // Ineligible proposals: full, paused, oneself, the client, someone unknown.
    for (const [proposedProfileId, code] of [
      [full.profileId, "replacementFull"],
      [paused.profileId, "replacementNotEligible"],
      [coach.profileId, "replacementNotEligible"],
      ["no-such-profile", "replacementNotEligible"],
    ] as const) {
      expect(await refusal(endEngagement(prisma, coach, { engagementId, reason: reasons, proposedProfileId }))).toBe(
        code,
      );
    }
    expect(await statusOf(engagementId)).toBe("active");

    const alternative = "The group coaching circle in March could help meanwhile.";
    expect(
      await endEngagementEarlyAction({
        engagementId,
        reason: reasons,
        proposedProfileId: nadia.profileId,
        alternative,
      }),
    ).toEqual({ ok: true });
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).toMatchObject({
      status: "ended",
      endReason: reasons,
      endedById: coach.id,
      proposedProfileId: nadia.profileId,
      endAlternative: alternative,
    });
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: "engagement.end", targetId: engagementId } });
    expect(row).toMatchObject({ actorId: coach.id });
    expect(row.data).toMatchObject({
      reason: reasons,
      endedBy: "provider",
      early: true,
      proposedProfileId: nadia.profileId,
      alternative,
    });

    // Told at once, in French: reasons, the colleague proposed, the suggestion, the seat kept.
    const mail = (await emailsTo(client.email)).at(-1)!;
    expect(mail.kind).toBe("engagement-ended");
    expect(mail.subject).toBe(fr.email.requests.ended.early.coach.subject.replace("{name}", "Carlos Mendes"));
    expect(mail.text).toContain(reasons);
    expect(mail.text).toContain("Nadia Haddad");
    expect(mail.text).toContain(alternative);
    expect(mail.text).toContain("Votre place dans la cohorte est conservée");

    // The seat is kept: still enrolled, nobody from the waiting list offered it.
    const enrolments = await prisma.cohortEnrolment.findMany({ where: { cohortId: cohort.id } });
    expect(enrolments.find((e) => e.userId === client.id)?.status).toBe("enrolled");
    expect(enrolments.find((e) => e.userId === waiting.id)?.status).toBe("waitlisted");
    expect(enrolments.filter((e) => e.status === "offered")).toHaveLength(0);

    // The notice on the client's page, and one step to ask Nadia.
    const [notice] = await loadEarlyEndingNotices(prisma, client);
    expect(notice).toMatchObject({
      engagementId,
      kind: "coach",
      providerName: "Carlos Mendes",
      reason: reasons,
      alternative,
      proposed: { profileId: nadia.profileId, name: "Nadia Haddad", available: true },
    });
    // Nobody else follows the proposal for the client.
    const stranger = await make.person({ roles: ["client"], enrolIn: { cohortId: cohort.id, role: "client" } });
    expect(await refusal(requestProposed(prisma, stranger, { engagementId, message: "Me instead." }))).toBe("notFound");
    expect(await refusal(requestProposed(prisma, coach, { engagementId, message: "Me instead." }))).toBe("notFound");

    await signIn(client);
    expect(
      await requestProposedAction({ engagementId, message: "Bonjour Nadia, je souhaite poursuivre avec vous." }),
    ).toEqual({
      ok: true,
    });
    const request = await prisma.matchRequest.findFirstOrThrow({
      where: { seekerId: client.id, status: "open" },
      include: { choices: true },
    });
    expect(request.cohortId).toBe(cohort.id);
    expect(request.choices).toMatchObject([{ profileId: nadia.profileId, status: "pending" }]);
    expect((await emailsTo(nadia.email)).at(-1)!.kind).toBe("coach-request-asked");
    // Once acted on, the notice is gone; the same proposal cannot be followed twice.
    expect(await loadEarlyEndingNotices(prisma, client)).toEqual([]);
    expect(await refusal(requestProposed(prisma, client, { engagementId, message: "Again." }))).toBe(
      "requestAlreadyOpen",
    );

    // The cohort's figures count one early ending, by the coach, with the reasons.
    const endings = await listEarlyEndings(prisma, { cohortId: cohort.id, ...dashboardFilterSchema.parse({}) }, 10);
    expect(endings).toMatchObject([{ endedBy: "coach", sessionsHeld: 0, reason: reasons }]);
  });

  it("a mentor may propose only a listed mentor of the same mentoring programme", async () => {
    const mentoring = (await make.programme({ type: "mentoring" })).id;
    const other = (await make.programme({ type: "mentoring" })).id;
    const cohort = await make.cohort({ programmeId: mentoring });
    const mehdi = await make.person({ roles: ["mentee"], enrolIn: { cohortId: cohort.id, role: "mentee" } });
    const maria = await make.mentor({ programmeId: mentoring, name: "Maria" });
    const elsewhere = await make.mentor({ programmeId: other, name: "Elsewhere" });
    const colleague = await make.mentor({ programmeId: mentoring, name: "Colleague" });
    const coach = await make.coach();
    const { id: engagementId } = await make.engagement({
      programmeId: mentoring,
      cohortId: cohort.id,
      profileId: maria.profileId,
      seekerId: mehdi.id,
    });

    expect((await loadEndingOptions(prisma, maria)).get(engagementId)!.replacements.map((r) => r.name)).toEqual([
      "Colleague",
    ]);
    for (const p of [elsewhere, coach])
      expect(
        await refusal(endEngagement(prisma, maria, { engagementId, reason: reasons, proposedProfileId: p.profileId })),
      ).toBe("replacementNotEligible");
    await endEngagement(prisma, maria, { engagementId, reason: reasons, proposedProfileId: colleague.profileId });
    const [notice] = await loadEarlyEndingNotices(prisma, mehdi);
    expect(notice).toMatchObject({ kind: "mentor", proposed: { name: "Colleague", available: true } });
    await requestProposed(prisma, mehdi, { engagementId, message: "I would like to go on with you." });
    const req = await prisma.matchRequest.findFirstOrThrow({
      where: { seekerId: mehdi.id },
      include: { choices: true },
    });
    expect(req).toMatchObject({ programmeId: mentoring, status: "open" });
    expect(req.choices[0].profileId).toBe(colleague.profileId);
  });
});

describe("nobody can hijack the client", () => {
  it("a coach cannot end someone else's engagement; a client cannot propose; a proposal is only the coach's", async () => {
    const { client, engagementId } = await pairing();
    const otherCoach: ProfileHolder = await make.coach();
    const admin: Person & { roles: Role[] } = { ...(await make.person()), roles: ["programme_admin"] };
    for (const who of [otherCoach, admin])
      expect(
        await refusal(
          endEngagement(prisma, who, { engagementId, reason: reasons, proposedProfileId: otherCoach.profileId }),
        ),
      ).toBe("notFound");
    // The client ending cannot point themself (or anyone) elsewhere in the coach's name.
    expect(
      await refusal(
        endEngagement(prisma, client, { engagementId, reason: reasons, proposedProfileId: otherCoach.profileId }),
      ),
    ).toBe("replacementNotEligible");
    expect(await statusOf(engagementId)).toBe("active");
    expect(await prisma.auditLog.count({ where: { action: "engagement.end", targetId: engagementId } })).toBe(0);
  });

  it("a client ending keeps working as before: a short reason, the coach told, no notice, no proposal to follow", async () => {
    const { client, coach, engagementId } = await pairing(500, "en");
    await endEngagement(prisma, client, { engagementId, reason: "New post." });
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagementId } })).toMatchObject({
      status: "ended",
      endedById: client.id,
      proposedProfileId: null,
    });
    const mail = (await emailsTo(coach.email)).at(-1)!;
    expect(mail.subject).toBe(en.email.requests.ended.subject.replace("{name}", client.name));
    expect(await loadEarlyEndingNotices(prisma, client)).toEqual([]);
    expect(await refusal(requestProposed(prisma, client, { engagementId, message: "Hello." }))).toBe(
      "proposalUnavailable",
    );
  });

  it("a coach ending without a proposal: the client is told the seat is kept and goes to the directory", async () => {
    const { cohort, client, coach, engagementId } = await pairing(500, "en");
    await endEngagement(prisma, coach, { engagementId, reason: reasons });
    const [notice] = await loadEarlyEndingNotices(prisma, client);
    expect(notice).toMatchObject({ proposed: null, alternative: null });
    // Once the cohort is closed there is no seat to choose again with: no notice.
    await prisma.cohort.update({ where: { id: cohort.id }, data: { status: "closed" } });
    expect(await loadEarlyEndingNotices(prisma, client)).toEqual([]);
    expect((await emailsTo(client.email)).at(-1)!.text).toContain("Your place in the cohort is kept");
    expect(await refusal(requestProposed(prisma, client, { engagementId, message: "Hello." }))).toBe(
      "proposalUnavailable",
    );
  });
});
