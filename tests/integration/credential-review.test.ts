// HR's review of coaches' credentials: the four decisions, their audit rows and e-mails, the
// messages they require, the lifecycle they follow, who may take them, and the history.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import type { ProfileStatus, CredentialKind, Locale } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";

const APP_URL = "https://binome.example.org";
const { prisma, make } = await setUpApp({ appUrl: APP_URL });
const { approveCoach } = await import("@/lib/server/credentials/approve-coach");
const { rejectCoach } = await import("@/lib/server/credentials/reject-coach");
const { requestCoachChanges } = await import("@/lib/server/credentials/request-coach-changes");
const { revokeCoachApproval } = await import("@/lib/server/credentials/revoke-coach-approval");
const { loadCredentialHistory } = await import("@/lib/server/credentials/load-credential-history");
const { loadCredentialSubmission } = await import("@/lib/server/credentials/load-credential-submission");
const { listCredentialQueue } = await import("@/lib/server/credentials/list-credential-queue");

type Actor = { id: string; roles: Role[] };

const person = (
  email: string,
  roles: Role[],
  extra: { name?: string; preferredLanguage?: Locale; disabled?: boolean } = {},
): Promise<Actor> => make.person({ email, roles, name: extra.name ?? email.split("@")[0], ...extra });

const entityId = (
  await make.entity({
    code: "UNON",
    nameEn: "United Nations Office at Nairobi",
    nameFr: "Office des Nations Unies à Nairobi",
  })
).id;
const stationId = (
  await make.dutyStation({ code: "NBO", nameEn: "Nairobi", nameFr: "Nairobi", timeZone: "Africa/Nairobi" })
).id;
const hr = await person("hana.hr@example.org", ["hr_reviewer"], { name: "Hana Kim" });
const admin = await person("ade.admin@example.org", ["programme_admin"], { name: "Ade Okafor" });
await person("amelie.admin@example.org", ["programme_admin"], { name: "Amélie Roux", preferredLanguage: "fr" });
await person("gone.admin@example.org", ["programme_admin"], { disabled: true });
const others: Record<"client" | "coach" | "sponsor" | "programme_admin", Actor> = {
  client: await person("client@example.org", ["client"]),
  coach: await person("other.coach@example.org", ["coach"]),
  sponsor: await person("sponsor@example.org", ["sponsor"]),
  programme_admin: admin,
};

/** A coach of the UNON in Nairobi with a profile in `status`; returns the profile id. */
async function coach(
  status: ProfileStatus,
  options: { preferredLanguage?: Locale; kind?: CredentialKind; name?: string; submittedDaysAgo?: number } = {},
): Promise<string> {
  const kind = options.kind ?? "icf_training";
  const c = await make.coach({
    name: options.name,
    preferredLanguage: options.preferredLanguage ?? "en",
    entityId,
    dutyStationId: stationId,
    status,
    capacity: 1,
    credentialKind: kind,
    trainingHours: kind === "icf_training" ? 60 : null,
    observedPractice: kind === "icf_training" ? true : null,
    submittedAt: status === "draft" ? null : new Date(Date.now() - (options.submittedDaysAgo ?? 2) * 86_400_000),
  });
  return c.profileId;
}

const allTicked = { credentialValid: true, trainingHours: true, observedPractice: true };

/** Everything a decision could change, to check that a refused one changed nothing. */
async function state() {
  return {
    profiles: await prisma.matchingProfile.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, reviewedAt: true, reviewMessage: true },
    }),
    audit: await prisma.auditLog.count(),
    emails: await prisma.outboxEmail.count(),
  };
}

const emailsTo = (to: string) => prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const emailOf = async (profileId: string) =>
  (await prisma.matchingProfile.findUniqueOrThrow({ where: { id: profileId }, include: { user: true } })).user.email;

describe("approving a coach", () => {
  it("lists the coach, records the checklist and tells the coach in French when that is their language", async () => {
    const id = await coach("submitted", { preferredLanguage: "fr", name: "Chloé Martin" });
    await approveCoach(prisma, hr, { profileId: id, checklist: allTicked });

    const profile = await prisma.matchingProfile.findUniqueOrThrow({ where: { id } });
    expect(profile).toMatchObject({ status: "approved", reviewMessage: null });
    expect(profile.reviewedAt).toBeInstanceOf(Date);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: id } });
    expect(entry).toMatchObject({
      actorId: hr.id,
      action: "credential.approve",
      targetType: "MatchingProfile",
      data: { from: "submitted", to: "approved", checklist: allTicked },
    });
    const [mail, ...more] = await emailsTo(await emailOf(id));
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: "credential-approved", subject: fr.email.credential.approved.subject });
    expect(mail.subject).toBe("Vous êtes désormais coach sur Binôme");
    expect(mail.text).toContain("Bonjour Chloé Martin,");
    expect(mail.text).toContain(`${APP_URL}/coach/profile`);
  });

  it("records training hours and observed practice as not applicable for an ICF credential holder", async () => {
    const id = await coach("submitted", { kind: "icf_pcc" });
    await approveCoach(prisma, hr, {
      profileId: id,
      checklist: { credentialValid: true, trainingHours: false, observedPractice: false },
    });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: id } });
    expect(entry.data).toMatchObject({
      checklist: { credentialValid: true, trainingHours: null, observedPractice: null },
    });
    const [mail] = await emailsTo(await emailOf(id));
    expect(mail.subject).toBe(en.email.credential.approved.subject);
  });

  it("refuses while a checklist item that applies is not ticked, changing nothing", async () => {
    const id = await coach("submitted");
    const before = await state();
    await expect(
      approveCoach(prisma, hr, { profileId: id, checklist: { ...allTicked, observedPractice: false } }),
    ).rejects.toEqual(new DomainError("checklistIncomplete"));
    expect(await state()).toEqual(before);
  });
});

describe("rejecting a coach", () => {
  it("requires a reason", async () => {
    const id = await coach("submitted");
    const before = await state();
    for (const reason of ["", "   "]) {
      await expect(rejectCoach(prisma, hr, { profileId: id, reason })).rejects.toEqual(
        new DomainError("decisionReasonRequired"),
      );
    }
    expect(await state()).toEqual(before);
  });

  it("keeps the reason on the profile and in the audit row, and sends it to the coach", async () => {
    const id = await coach("submitted");
    const reason = "The certificate is for a 20-hour introduction course, not an ICF-accredited training.";
    await rejectCoach(prisma, hr, { profileId: id, reason: `  ${reason}\n`, checklist: { credentialValid: false } });
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "rejected",
      reviewMessage: reason,
    });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: id } });
    expect(entry).toMatchObject({
      action: "credential.reject",
      actorId: hr.id,
      data: { reason, checklist: { credentialValid: false, trainingHours: false, observedPractice: false } },
    });
    const [mail] = await emailsTo(await emailOf(id));
    expect(mail).toMatchObject({ kind: "credential-rejected", subject: en.email.credential.rejected.subject });
    expect(mail.text).toContain(reason);
  });
});

describe("requesting changes", () => {
  it("requires a message", async () => {
    const id = await coach("submitted");
    const before = await state();
    await expect(requestCoachChanges(prisma, hr, { profileId: id, message: " " })).rejects.toEqual(
      new DomainError("decisionMessageRequired"),
    );
    expect(await state()).toEqual(before);
  });

  it("sends the coach what to change and the link to their profile", async () => {
    const id = await coach("submitted", { preferredLanguage: "fr" });
    const message = "Téléversez l'attestation complète : la page 2 manque.";
    await requestCoachChanges(prisma, hr, {
      profileId: id,
      message,
      checklist: { credentialValid: false, trainingHours: true, observedPractice: true },
    });
    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "changes_requested",
      reviewMessage: message,
    });
    expect(await prisma.auditLog.findFirstOrThrow({ where: { targetId: id } })).toMatchObject({
      action: "credential.request-changes",
      data: { message, checklist: { credentialValid: false, trainingHours: true, observedPractice: true } },
    });
    const [mail] = await emailsTo(await emailOf(id));
    expect(mail).toMatchObject({
      kind: "credential-changes-requested",
      subject: fr.email.credential.changesRequested.subject,
    });
    expect(mail.text).toContain(message);
    expect(mail.text).toContain(`${APP_URL}/coach/profile`);
  });
});

describe("revoking an approval", () => {
  it("requires a reason", async () => {
    const id = await coach("approved");
    const before = await state();
    await expect(revokeCoachApproval(prisma, hr, { profileId: id, reason: "" })).rejects.toEqual(
      new DomainError("decisionReasonRequired"),
    );
    expect(await state()).toEqual(before);
  });

  it("withdraws the coach and tells the coach and every active programme admin, each in their language", async () => {
    const id = await coach("approved", { name: "Dmitri Volkov" });
    const reason = "The ICF credential lapsed in June and was not renewed.";
    await revokeCoachApproval(prisma, hr, { profileId: id, reason });

    expect(await prisma.matchingProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "revoked",
      reviewMessage: reason,
    });
    expect(await prisma.auditLog.findFirstOrThrow({ where: { targetId: id } })).toMatchObject({
      action: "credential.revoke",
      actorId: hr.id,
      data: { from: "approved", to: "revoked", reason },
    });
    const [toCoach] = await emailsTo(await emailOf(id));
    expect(toCoach).toMatchObject({ kind: "credential-revoked", subject: en.email.credential.revoked.subject });
    expect(toCoach.text).toContain(reason);
    expect(toCoach.text).toContain(en.email.credential.revoked.clients);

    const [toAde] = await emailsTo("ade.admin@example.org");
    expect(toAde).toMatchObject({
      kind: "coach-withdrawn",
      subject: "Coach withdrawn from the directory: Dmitri Volkov",
    });
    expect(toAde.text).toContain(reason);
    expect(toAde.text).toContain(en.email.credential.withdrawn.clients);
    expect(toAde.text).toContain(`${APP_URL}/hr/credentials/${id}`);
    const [toAmelie] = await emailsTo("amelie.admin@example.org");
    expect(toAmelie.subject).toBe("Coach retiré·e de l'annuaire : Dmitri Volkov");
    expect(toAmelie.text).toContain("Bonjour Amélie Roux,");
    expect(await emailsTo("gone.admin@example.org")).toEqual([]);
  });
});

describe("the lifecycle", () => {
  it("refuses to approve an approved coach or to revoke a submitted one, changing nothing", async () => {
    const approved = await coach("approved");
    const submitted = await coach("submitted");
    const before = await state();
    await expect(approveCoach(prisma, hr, { profileId: approved, checklist: allTicked })).rejects.toEqual(
      new DomainError("transitionNotAllowed"),
    );
    await expect(
      revokeCoachApproval(prisma, hr, { profileId: submitted, reason: "No longer meets the requirements." }),
    ).rejects.toEqual(new DomainError("transitionNotAllowed"));
    await expect(rejectCoach(prisma, hr, { profileId: approved, reason: "Too late." })).rejects.toEqual(
      new DomainError("transitionNotAllowed"),
    );
    expect(await state()).toEqual(before);
  });

  it("refuses a decision on a registration that does not exist", async () => {
    await expect(approveCoach(prisma, hr, { profileId: "nope", checklist: allTicked })).rejects.toEqual(
      new DomainError("notFound"),
    );
  });

  it("lets only one of two simultaneous decisions on the same submission through", async () => {
    const id = await coach("submitted");
    const outcomes = await Promise.allSettled([
      approveCoach(prisma, hr, { profileId: id, checklist: allTicked }),
      rejectCoach(prisma, hr, { profileId: id, reason: "Duplicate registration." }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({
      reason: new DomainError("transitionNotAllowed"),
    });
    expect(await prisma.auditLog.count({ where: { targetId: id } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: await emailOf(id) } })).toBe(1);
  });
});

describe("who may decide", () => {
  it("refuses every decision to a client, a coach, a sponsor and a programme admin, changing nothing", async () => {
    const submitted = await coach("submitted");
    const approved = await coach("approved");
    const before = await state();
    for (const [role, actor] of Object.entries(others)) {
      const attempts = [
        approveCoach(prisma, actor, { profileId: submitted, checklist: allTicked }),
        rejectCoach(prisma, actor, { profileId: submitted, reason: "No." }),
        requestCoachChanges(prisma, actor, { profileId: submitted, message: "Change this." }),
        revokeCoachApproval(prisma, actor, { profileId: approved, reason: "No." }),
      ];
      for (const attempt of attempts) await expect(attempt, role).rejects.toEqual(new DomainError("forbidden"));
    }
    expect(await state()).toEqual(before);
  });

  it("lets programme admins read the queue, a registration and its history, but not clients", async () => {
    const id = await coach("submitted");
    expect((await loadCredentialSubmission(prisma, admin, id))?.id).toBe(id);
    expect(await loadCredentialSubmission(prisma, admin, "nope")).toBeNull();
    await expect(loadCredentialSubmission(prisma, others.client, id)).rejects.toEqual(new DomainError("forbidden"));
    await expect(loadCredentialHistory(prisma, others.coach, id)).rejects.toEqual(new DomainError("forbidden"));
    await expect(listCredentialQueue(prisma, others.sponsor, { status: "submitted" })).rejects.toEqual(
      new DomainError("forbidden"),
    );
  });
});

describe("the history of a registration", () => {
  it("lists the submissions and decisions in order: who, what, why, with the checklist", async () => {
    const id = await coach("draft", { name: "Robin Achterberg" });
    const coachUser = await prisma.matchingProfile.findUniqueOrThrow({ where: { id }, select: { userId: true } });
    // What the coach's submit verb does, as far as this history is concerned.
    const submit = async () => {
      await prisma.matchingProfile.update({ where: { id }, data: { status: "submitted", submittedAt: new Date() } });
      await prisma.auditLog.create({
        data: {
          actorId: coachUser.userId,
          action: "coach.submit",
          targetType: "MatchingProfile",
          targetId: id,
          data: { from: "draft", to: "submitted" },
        },
      });
    };
    await submit();
    await requestCoachChanges(prisma, hr, {
      profileId: id,
      message: "Add the page with the hours.",
      checklist: { credentialValid: true },
    });
    await submit();
    await approveCoach(prisma, hr, { profileId: id, checklist: allTicked });
    await revokeCoachApproval(prisma, hr, { profileId: id, reason: "Left the programme." });
    await prisma.auditLog.create({
      data: { actorId: hr.id, action: "something.else", targetType: "MatchingProfile", targetId: id },
    });

    const history = await loadCredentialHistory(prisma, admin, id);
    expect(history.map((h) => [h.action, h.actorName, h.message])).toEqual([
      ["coach.submit", "Robin Achterberg", null],
      ["credential.request-changes", "Hana Kim", "Add the page with the hours."],
      ["coach.submit", "Robin Achterberg", null],
      ["credential.approve", "Hana Kim", null],
      ["credential.revoke", "Hana Kim", "Left the programme."],
    ]);
    expect(history[1].checklist).toEqual({ credentialValid: true, trainingHours: false, observedPractice: false });
    expect(history[3].checklist).toEqual(allTicked);
    expect(history[4].checklist).toBeNull();
    for (let i = 1; i < history.length; i++)
      expect(history[i].at.getTime()).toBeGreaterThanOrEqual(history[i - 1].at.getTime());
  });
});

describe("the queue", () => {
  it("lists submissions oldest first, filters by status, entity and credential, and counts per status", async () => {
    const oldest = await coach("submitted", { submittedDaysAgo: 20, kind: "icf_acc" });
    const newest = await coach("submitted", { submittedDaysAgo: 0.5 });
    const queue = await listCredentialQueue(prisma, hr, { status: "submitted" });
    const ids = queue.rows.map((r) => r.id);
    expect(ids[0]).toBe(oldest);
    expect(ids.at(-1)).toBe(newest);
    expect(queue.rows.every((r) => r.status === "submitted")).toBe(true);
    expect(queue.rows[0]).toMatchObject({
      entity: { code: "UNON" },
      dutyStation: { code: "NBO" },
      credentialKind: "icf_acc",
    });

    const counts = Object.fromEntries(
      (await prisma.matchingProfile.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [
        g.status,
        g._count._all,
      ]),
    );
    expect(queue.counts.submitted).toBe(counts.submitted);
    expect(queue.counts.approved).toBe(counts.approved ?? 0);
    expect(queue.counts.all).toBe(
      Object.entries(counts)
        .filter(([s]) => s !== "draft")
        .reduce((sum, [, n]) => sum + n, 0),
    );
    expect(queue.entities.map((e) => e.code)).toEqual(["UNON"]);

    const acc = await listCredentialQueue(prisma, hr, { status: "all", kind: "icf_acc" });
    expect(acc.rows.map((r) => r.id)).toEqual([oldest]);
    expect(acc.counts.all).toBe(1);
    expect((await listCredentialQueue(prisma, admin, { status: "submitted", entity: "OCHA" })).rows).toEqual([]);
  });
});
