// A coach or mentor informs their supervisor from their profile page: one courtesy e-mail in the
// outbox, to the address given, in the supervisor's language when they are a known person (else the
// sender's); the profile records when it was sent; refusals for someone without a profile, a bad
// address, and through the action, for anyone calling about a profile that is not theirs.
import { describe, expect, it } from "vitest";
import { setUpApp } from "../support/app";

const { prisma, make, signIn, signOut } = await setUpApp({ requests: true });
const { informSupervisor, SupervisorNoticeRefusal, SUPERVISOR_NOTICES_PER_HOUR } =
  await import("@/lib/server/profiles/inform-supervisor");
const { loadSupervisorNotice } = await import("@/lib/server/profiles/load-supervisor-notice");
const { informSupervisorAction } = await import("@/lib/actions/inform-supervisor");
const { DomainError, FieldDomainError } = await import("@/lib/server/errors");

const mentoring = await make.programme({
  slug: "together-mentoring",
  type: "mentoring",
  nameEn: "Together Mentoring Programme",
  nameFr: "Programme de mentorat Ensemble",
  descriptionEn: "…",
  descriptionFr: "…",
});

/** The code of a refusal: a domain error's (with its field) or the notice's own. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FieldDomainError) return `${error.field}:${error.code}`;
    if (error instanceof DomainError || error instanceof SupervisorNoticeRefusal) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

const mailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to } });
const informedAt = async (profileId: string) =>
  (await prisma.matchingProfile.findUniqueOrThrow({ where: { id: profileId } })).supervisorInformedAt;

describe("informing one's supervisor", () => {
  it("sends a coach's note to the supervisor HR names, in the supervisor's language, and records the date", async () => {
    const boss = await make.person({ name: "Awa Ndiaye", email: "awa.ndiaye@un.example", preferredLanguage: "fr" });
    const coach = await make.coach({ name: "Carlos Mendes", preferredLanguage: "en", capacity: 2, status: "draft" });
    await prisma.user.update({ where: { id: coach.id }, data: { supervisorId: boss.id } });

    expect(await loadSupervisorNotice(prisma, coach, "coach")).toEqual({
      role: "coach",
      hrSupervisorEmail: "awa.ndiaye@un.example",
      informedAt: null,
    });
    const now = new Date("2026-12-03T10:00:00Z");
    // Typed in capitals: still the known supervisor, whose language is French.
    const sent = await informSupervisor(
      prisma,
      coach,
      { role: "coach", supervisorEmail: " Awa.Ndiaye@UN.example " },
      now,
    );
    expect(sent).toEqual({ sentAt: now, to: "Awa.Ndiaye@UN.example", locale: "fr" });

    const mails = await prisma.outboxEmail.findMany({
      where: { to: { equals: "awa.ndiaye@un.example", mode: "insensitive" } },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      kind: "supervisor-informed",
      subject: "Pour information : Carlos Mendes est coach bénévole",
    });
    expect(mails[0].text).toContain("Bonjour Awa Ndiaye,");
    expect(mails[0].text).toContain(`Carlos Mendes (${coach.email})`);
    expect(mails[0].text).toContain("s'est proposé·e pour 2 clients");
    expect(mails[0].text).toContain("Votre approbation n'est pas requise.");
    expect(await informedAt(coach.profileId)).toEqual(now);
    expect(
      await prisma.auditLog.count({
        where: { action: "profile.inform-supervisor", targetId: coach.profileId, actorId: coach.id },
      }),
    ).toBe(1);
    expect((await loadSupervisorNotice(prisma, coach, "coach"))?.informedAt).toEqual(now);

    // Sending again: a second e-mail, the new date.
    const later = new Date("2026-12-10T09:00:00Z");
    await informSupervisor(prisma, coach, { role: "coach", supervisorEmail: "awa.ndiaye@un.example" }, later);
    expect(
      await prisma.outboxEmail.count({ where: { to: { equals: "awa.ndiaye@un.example", mode: "insensitive" } } }),
    ).toBe(2);
    expect(await informedAt(coach.profileId)).toEqual(later);
  });

  it("writes to an address nobody in Binôme has in the mentor's own language, about the nine sessions", async () => {
    const mentor = await make.mentor({
      name: "Hana Kim",
      preferredLanguage: "fr",
      programmeId: mentoring.id,
      capacity: 1,
    });
    expect((await loadSupervisorNotice(prisma, mentor, "mentor"))?.hrSupervisorEmail).toBeNull();
    await informSupervisor(prisma, mentor, { role: "mentor", supervisorEmail: "outside.boss@example.net" });
    const [mail] = await mailsTo("outside.boss@example.net");
    expect(mail.subject).toBe("Pour information : Hana Kim est mentor bénévole");
    expect(mail.text).toMatch(/^Bonjour,\n/);
    expect(mail.text).toContain("dans le Programme de mentorat Ensemble");
    expect(mail.text).toContain("9 séances thématiques de 60 minutes");
    expect(await informedAt(mentor.profileId)).toBeInstanceOf(Date);
    // The coach profile is another one: the mentor has none.
    expect(await prisma.matchingProfile.count({ where: { userId: mentor.id, kind: "coach" } })).toBe(0);
  });

  it("refuses someone without a coach or mentor profile, and a profile refused or withdrawn", async () => {
    const client = await make.person({ roles: ["client"] });
    expect(await refusal(informSupervisor(prisma, client, { role: "coach", supervisorEmail: "boss@un.example" }))).toBe(
      "forbidden",
    );
    expect(
      await refusal(informSupervisor(prisma, client, { role: "mentor", supervisorEmail: "boss@un.example" })),
    ).toBe("forbidden");
    expect(await loadSupervisorNotice(prisma, client, "coach")).toBeNull();

    const newCoach = await make.person({ roles: ["coach"] });
    expect(
      await refusal(informSupervisor(prisma, newCoach, { role: "coach", supervisorEmail: "boss@un.example" })),
    ).toBe("noProfileCoach");
    const newMentor = await make.person({ roles: ["mentor"] });
    expect(
      await refusal(informSupervisor(prisma, newMentor, { role: "mentor", supervisorEmail: "boss@un.example" })),
    ).toBe("noProfileMentor");
    expect(await loadSupervisorNotice(prisma, newMentor, "mentor")).toBeNull();

    const revoked = await make.coach({ status: "revoked" });
    expect(
      await refusal(informSupervisor(prisma, revoked, { role: "coach", supervisorEmail: "boss@un.example" })),
    ).toBe("profileClosed");
    expect(await loadSupervisorNotice(prisma, revoked, "coach")).toBeNull();
    expect(await mailsTo("boss@un.example")).toHaveLength(0);
  });

  it("refuses a bad address, or the person's own, beside the field", async () => {
    const coach = await make.coach();
    for (const supervisorEmail of ["", "   ", "not an address", "a@b", `${"x".repeat(250)}@un.org`])
      expect(await refusal(informSupervisor(prisma, coach, { role: "coach", supervisorEmail })), supervisorEmail).toBe(
        "supervisorEmail:emailInvalid",
      );
    expect(
      await refusal(informSupervisor(prisma, coach, { role: "coach", supervisorEmail: coach.email.toUpperCase() })),
    ).toBe("supervisorEmail:supervisorSelf");
    expect(await informedAt(coach.profileId)).toBeNull();
    expect(await prisma.outboxEmail.count({ where: { to: coach.email } })).toBe(0);
  });

  it("stops after a few e-mails an hour", async () => {
    const coach = await make.coach();
    for (let i = 0; i < SUPERVISOR_NOTICES_PER_HOUR; i++)
      await informSupervisor(prisma, coach, { role: "coach", supervisorEmail: "patient.boss@un.example" });
    expect(
      await refusal(informSupervisor(prisma, coach, { role: "coach", supervisorEmail: "patient.boss@un.example" })),
    ).toBe("tooMany");
    expect(await mailsTo("patient.boss@un.example")).toHaveLength(SUPERVISOR_NOTICES_PER_HOUR);
  });
});

describe("the action", () => {
  it("sends for the signed-in person only and answers in their language", async () => {
    const coach = await make.coach({ preferredLanguage: "en" });
    await signIn(coach);
    expect(await informSupervisorAction({ role: "coach", supervisorEmail: "action.boss@un.example" })).toEqual({
      ok: true,
      message: "The e-mail is on its way to action.boss@un.example.",
    });
    expect(await mailsTo("action.boss@un.example")).toHaveLength(1);

    // The same coach asking about a mentor profile they do not have, then a bad address.
    const both = await make.coach({ roles: ["coach", "mentor"], preferredLanguage: "fr" });
    await signIn(both);
    expect(await informSupervisorAction({ role: "mentor", supervisorEmail: "boss2@un.example" })).toEqual({
      ok: false,
      error:
        "Vous n'avez pas encore de profil de mentor : enregistrez d'abord votre profil de mentor, puis informez votre supérieur·e.",
    });
    expect(await informSupervisorAction({ role: "coach", supervisorEmail: "nope" })).toMatchObject({
      ok: false,
      field: "supervisorEmail",
    });
    expect(await mailsTo("boss2@un.example")).toHaveLength(0);

    signOut();
    expect(await informSupervisorAction({ role: "coach", supervisorEmail: "action.boss@un.example" })).toMatchObject({
      ok: false,
    });
    expect(await mailsTo("action.boss@un.example")).toHaveLength(1);
  });
});
