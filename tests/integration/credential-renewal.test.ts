// Keeping credentials current: reminders 60 and 14 days before expiry (coach and HR, each in their
// language, once per threshold even with two job tickers), the lapse that takes a coach out of the
// directory and out of reach of new requests (current clients keep them), the renewal HR approves
// to bring them back, and continuing development logged only by the coach themself. Runs on PGlite
// and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where the tickers really overlap).
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { DEFAULT_FILTERS } from "@/lib/domain/directory-filters";
import { parseDay } from "@/lib/domain/credential-expiry";
import type { Role } from "@/lib/domain/roles";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { setUpApp } from "../support/app";
import { refusal } from "../support/refusal";

const app = await setUpApp({ appUrl: "https://binome.example.org", requests: true });
const { prisma, make, signIn } = app;
const { sendCredentialReminders, lapseExpiredCredentials } =
  await import("@/lib/server/credentials/keep-credentials-current");
const { submitCredentialRenewal } = await import("@/lib/server/credentials/submit-credential-renewal");
const { reviewCredentialRenewal } = await import("@/lib/server/credentials/review-credential-renewal");
const { logDevelopmentActivity } = await import("@/lib/server/development/log-development-activity");
const { loadCredentialCurrency } = await import("@/lib/server/credentials/load-credential-currency");
const { listRenewalQueue } = await import("@/lib/server/credentials/list-renewal-queue");
const { searchDirectory } = await import("@/lib/server/coaches/search-directory");
const { listDirectoryCoaches } = await import("@/lib/server/coaches/list-directory-coaches");
const { requestMatch } = await import("@/lib/server/requests/request-match");
const { saveCoachCredentials } = await import("@/lib/server/coaches/save-coach-credentials");
const { submitCredentialRenewalAction } = await import("@/lib/actions/submit-credential-renewal");
const { reviewCredentialRenewalAction } = await import("@/lib/actions/review-credential-renewal");
const { logDevelopmentActivityAction } = await import("@/lib/actions/log-development-activity");

const DAY = 86_400_000;
const day = (s: string) => parseDay(s)!;
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a];
const pdf = (name = "renewal.pdf") => {
  const bytes = new Uint8Array(2048);
  bytes.set(PDF);
  return new File([bytes], name, { type: "application/pdf" });
};
const mails = (to: string, kind: string) => prisma.outboxEmail.findMany({ where: { to, kind } });
const programmeId = (await make.programme({ type: "coaching" })).id;
const hrFr = await make.person({ roles: ["hr_reviewer"], preferredLanguage: "fr" });
const hrEn = await make.person({ roles: ["hr_reviewer"], preferredLanguage: "en" });
const hr = { id: hrEn.id, roles: ["hr_reviewer"] as Role[] };

/** An approved coach whose credential expires on `expiresOn`. */
const coachExpiring = (expiresOn: Date, options: { name?: string; preferredLanguage?: "en" | "fr" } = {}) =>
  make.coach({
    name: options.name ?? "Coach Expiring",
    preferredLanguage: options.preferredLanguage ?? "en",
    credentialDate: new Date(expiresOn.getTime() - 3 * 365 * DAY),
    credentialExpiresOn: expiresOn,
  });

describe("the credential's date at registration", () => {
  it("defaults the expiry to three years later, keeps an expiry given, refuses wrong dates; existing rows stay unknown", async () => {
    const coach = await make.coach({ status: "draft" });
    const base = {
      staffStatus: "current",
      credentialKind: "icf_pcc",
      trainingHours: null,
      observedPractice: false,
    } as const;
    const now = new Date("2026-06-01T09:00:00Z");
    const stored = async () => prisma.matchingProfile.findUniqueOrThrow({ where: { id: coach.profileId } });
    await saveCoachCredentials(prisma, coach, base, now);
    expect((await stored()).credentialExpiresOn).toBeNull();
    await saveCoachCredentials(prisma, coach, { ...base, credentialDate: "2025-04-15", credentialExpiresOn: "" }, now);
    expect((await stored()).credentialExpiresOn).toEqual(day("2028-04-15"));
    await saveCoachCredentials(
      prisma,
      coach,
      { ...base, credentialDate: "2025-04-15", credentialExpiresOn: "2027-12-31" },
      now,
    );
    expect((await stored()).credentialExpiresOn).toEqual(day("2027-12-31"));
    for (const [dates, code] of [
      [{ credentialDate: "2026-07-01" }, "credentialDateInFuture"],
      [{ credentialDate: "2025-04-15", credentialExpiresOn: "2025-01-01" }, "credentialExpiryBeforeDate"],
      [{ credentialDate: "2022-01-10" }, "credentialAlreadyExpired"],
    ] as const)
      expect(await refusal(saveCoachCredentials(prisma, coach, { ...base, ...dates }, now))).toBe(code);
    expect((await stored()).credentialExpiresOn).toEqual(day("2027-12-31"));
  });
});

describe("reminders before a credential expires", () => {
  it("reach the coach and HR in their languages at 60 and then 14 days, once each, with two tickers", async () => {
    const expiresOn = day("2031-06-30");
    const coach = await coachExpiring(expiresOn, { preferredLanguage: "fr" });
    const at60 = new Date("2031-05-01T06:00:00Z"); // 60 days before
    const clients = Array.from({ length: app.kind === "postgresql" ? 2 : 1 }, () =>
      createPrismaClient(app.url, { max: 1 }),
    );
    const [a, b] = [clients[0], clients.at(-1)!];
    try {
      await Promise.all(clients.map((c) => c.$queryRaw`select 1`));
      const [ra, rb] = await Promise.all([sendCredentialReminders(a, at60), sendCredentialReminders(b, at60)]);
      expect(ra.reminded + rb.reminded).toBe(1);
      // Later that day and the next days: nothing more until 14 days before.
      expect((await sendCredentialReminders(prisma, new Date(at60.getTime() + 5 * DAY))).reminded).toBe(0);
      const at14 = new Date("2031-06-16T06:00:00Z");
      const [sa, sb] = await Promise.all([sendCredentialReminders(a, at14), sendCredentialReminders(b, at14)]);
      expect(sa.reminded + sb.reminded).toBe(1);
      expect((await sendCredentialReminders(prisma, new Date(at14.getTime() + DAY))).reminded).toBe(0);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
    const toCoach = await mails(coach.email, "credential-expiring");
    expect(toCoach).toHaveLength(2);
    expect(toCoach.map((m) => m.subject).sort()).toEqual(
      Array(2).fill(fr.email.credentialRenewal.expiring.subject.replace("{date}", "30 juin 2031")),
    );
    expect(toCoach.some((m) => m.text.includes("dans 60 jours"))).toBe(true);
    expect(toCoach.some((m) => m.text.includes("dans 14 jours"))).toBe(true);
    expect(await mails(hrFr.email, "credential-expiring-hr")).toHaveLength(2);
    const toHrEn = await mails(hrEn.email, "credential-expiring-hr");
    expect(toHrEn).toHaveLength(2);
    expect(toHrEn[0].subject).toBe(
      en.email.credentialRenewal.expiringHr.subject.replace("{coach}", coach.name).replace("{date}", "June 30, 2031"),
    );
    expect(await prisma.credentialReminder.count({ where: { coachProfileId: coach.profileId } })).toBe(2);
  });

  it("send nothing without an expiry date, and only the 14-day one when the date is given late", async () => {
    const unknown = await make.coach({ name: "Coach Unknown" });
    const late = await coachExpiring(day("2032-01-20"), { name: "Coach Late" });
    await sendCredentialReminders(prisma, new Date("2032-01-10T06:00:00Z"));
    expect(await mails(unknown.email, "credential-expiring")).toHaveLength(0);
    const reminders = await prisma.credentialReminder.findMany({ where: { coachProfileId: late.profileId } });
    expect(reminders.map((r) => r.daysBefore)).toEqual([14]);
  });
});

describe("a lapsed credential", () => {
  it("takes the coach out of the directory and of new requests; current clients keep them; HR's approved renewal brings them back", async () => {
    const now = new Date();
    const yesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - DAY);
    const coach = await coachExpiring(yesterday, { name: "Lapsing Renewer" });
    const cohort = await make.cohort({ programmeId, seats: 50 });
    const client = await make.person({ roles: ["client"], enrolIn: { cohortId: cohort.id, role: "client" } });
    const current = await make.person({ roles: ["client"] });
    const engagement = await make.engagement({ programmeId, profileId: coach.profileId, seekerId: current.id });
    const listed = async () => {
      const page = await searchDirectory(prisma, { ...DEFAULT_FILTERS, q: "Lapsing Renewer" }, client.id);
      const all = await listDirectoryCoaches(prisma);
      return {
        search: page.coaches.some((c) => c.id === coach.profileId),
        list: all.some((c) => c.id === coach.profileId),
      };
    };
    expect(await listed()).toEqual({ search: true, list: true });

    // Two tickers: one lapse, one e-mail.
    const [x, y] = await Promise.all([lapseExpiredCredentials(prisma, now), lapseExpiredCredentials(prisma, now)]);
    expect(x.lapsed + y.lapsed).toBe(1);
    expect(await mails(coach.email, "credential-lapsed")).toHaveLength(1);
    expect(await listed()).toEqual({ search: false, list: false });
    expect(
      await refusal(
        requestMatch(prisma, client, { profileIds: [coach.profileId], message: "Could we work together?" }),
      ),
    ).toBe("coachNotApproved");
    expect((await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } })).status).toBe("active");

    // The coach uploads the renewal; HR sees it in the queue and approves it.
    const { id } = await submitCredentialRenewal(prisma, coach, {
      file: pdf(),
      credentialDate: day(now.toISOString().slice(0, 10)),
      expiresOn: null,
    });
    expect(
      await refusal(
        submitCredentialRenewal(prisma, coach, { file: pdf(), credentialDate: yesterday, expiresOn: null }),
      ),
    ).toBe("renewalPending");
    expect((await mails(hrEn.email, "credential-renewal-submitted")).length).toBeGreaterThan(0);
    const queue = await listRenewalQueue(prisma, hr, now);
    expect(queue.renewals.map((r) => r.id)).toContain(id);
    expect(queue.expiring.find((e) => e.profileId === coach.profileId)).toMatchObject({
      lapsed: true,
      renewalSent: true,
    });
    expect(await listed()).toEqual({ search: false, list: false });

    await reviewCredentialRenewal(prisma, hr, { renewalId: id, decision: "approve", message: "" });
    const profile = await prisma.matchingProfile.findUniqueOrThrow({ where: { id: coach.profileId } });
    expect(profile.credentialLapsedAt).toBeNull();
    expect(profile.credentialExpiresOn!.getUTCFullYear()).toBe(now.getUTCFullYear() + 3);
    expect(await listed()).toEqual({ search: true, list: true });
    expect(await mails(coach.email, "credential-renewal-approved")).toHaveLength(1);
    // Decided once only.
    expect(
      await refusal(reviewCredentialRenewal(prisma, hr, { renewalId: id, decision: "refuse", message: "No" })),
    ).toBe("renewalAlreadyDecided");
    await requestMatch(prisma, client, { profileIds: [coach.profileId], message: "Could we work together?" });
  });

  it("a refused renewal says why and leaves the coach lapsed", async () => {
    const coach = await coachExpiring(day("2020-01-01"), { name: "Refused Renewer" });
    await lapseExpiredCredentials(prisma, new Date());
    const { id } = await submitCredentialRenewal(prisma, coach, {
      file: pdf(),
      credentialDate: day("2020-01-01"),
      expiresOn: day("2023-01-01"),
    });
    expect(
      await refusal(reviewCredentialRenewal(prisma, hr, { renewalId: id, decision: "refuse", message: " " })),
    ).toBe("renewalReasonRequired");
    await reviewCredentialRenewal(prisma, hr, {
      renewalId: id,
      decision: "refuse",
      message: "This is the old certificate.",
    });
    const view = await loadCredentialCurrency(prisma, hr, coach.profileId);
    expect(view?.refusedRenewal?.reviewMessage).toBe("This is the old certificate.");
    expect(view?.lapsedAt).not.toBeNull();
  });
});

describe("hostile requests", () => {
  it("refuses renewals from coaches not approved, decisions from coaches, and bad dates", async () => {
    const draft = await make.coach({ status: "draft" });
    expect(
      await refusal(
        submitCredentialRenewal(prisma, draft, { file: pdf(), credentialDate: day("2025-01-01"), expiresOn: null }),
      ),
    ).toBe("renewalNotApproved");
    const coach = await coachExpiring(day("2040-01-01"), { name: "Sly Coach" });
    const future = new Date(Date.now() + 10 * DAY);
    expect(
      await refusal(submitCredentialRenewal(prisma, coach, { file: pdf(), credentialDate: future, expiresOn: null })),
    ).toBe("credentialDateInFuture");
    expect(
      await refusal(
        submitCredentialRenewal(prisma, coach, {
          file: pdf(),
          credentialDate: day("2025-01-01"),
          expiresOn: day("2024-01-01"),
        }),
      ),
    ).toBe("credentialExpiryBeforeDate");
    const { id } = await submitCredentialRenewal(prisma, coach, {
      file: pdf(),
      credentialDate: day("2025-01-01"),
      expiresOn: null,
    });
    // A coach cannot approve their own renewal, through the verb or the action.
    expect(
      await refusal(reviewCredentialRenewal(prisma, coach, { renewalId: id, decision: "approve", message: "" })),
    ).toBe("forbidden");
    await signIn(coach);
    const form = new FormData();
    form.set("renewalId", id);
    form.set("decision", "approve");
    const answer = await reviewCredentialRenewalAction(null, form);
    expect(answer.ok).toBe(false);
    expect((await prisma.credentialRenewal.findUniqueOrThrow({ where: { id } })).status).toBe("submitted");
    // A client cannot send a renewal.
    const client = await make.person({ roles: ["client"] });
    expect(
      await refusal(
        submitCredentialRenewal(prisma, client, { file: pdf(), credentialDate: day("2025-01-01"), expiresOn: null }),
      ),
    ).toBe("forbidden");
  });

  it("the renewal form's action keeps field refusals beside their fields", async () => {
    const coach = await coachExpiring(day("2041-01-01"), { name: "Form Coach" });
    await signIn(coach);
    const form = new FormData();
    form.set("file", pdf());
    form.set("credentialDate", "2025-02-30");
    const answer = await submitCredentialRenewalAction(null, form);
    expect(answer).toMatchObject({ ok: false, field: "credentialDate" });
  });
});

describe("continuing development", () => {
  it("is logged by the coach on their own profile, with the total shown to them and to HR", async () => {
    const coach = await make.coach({ name: "Learning Coach" });
    await logDevelopmentActivity(prisma, coach, {
      date: day("2026-01-10"),
      hours: 1.5,
      title: "Supervision group",
      file: null,
    });
    await logDevelopmentActivity(prisma, coach, {
      date: day("2026-02-10"),
      hours: 6,
      title: "ICF webinar",
      file: pdf("certificate.pdf"),
    });
    const view = await loadCredentialCurrency(prisma, hr, coach.profileId);
    expect(view?.development.totalMinutes).toBe(450);
    expect(view?.development.activities.map((a) => a.title)).toEqual(["ICF webinar", "Supervision group"]);
    expect(view?.development.activities[0].document?.fileName).toBe("certificate.pdf");
    expect(await prisma.auditLog.count({ where: { action: "development.log", actorId: coach.id } })).toBe(2);
  });

  it("only by the coach themself: others' hours go nowhere, HR and clients cannot log, bad values are refused", async () => {
    const coach = await make.coach({ name: "Other Coach" });
    const other = await make.coach({ name: "Sneaky Coach" });
    // Whatever the browser sends, the entry goes to the caller's own profile: no profile id is taken.
    await signIn(other);
    const form = new FormData();
    form.set("date", "2026-01-05");
    form.set("hours", "2");
    form.set("title", "Written for someone else");
    form.set("coachProfileId", coach.profileId);
    expect((await logDevelopmentActivityAction(null, form)).ok).toBe(true);
    expect(await prisma.developmentActivity.count({ where: { coachProfileId: coach.profileId } })).toBe(0);
    expect(await prisma.developmentActivity.count({ where: { coachProfileId: other.profileId } })).toBe(1);

    const hrActor = { id: hrEn.id, roles: ["hr_reviewer"] as Role[] };
    expect(
      await refusal(
        logDevelopmentActivity(prisma, hrActor, { date: day("2026-01-05"), hours: 1, title: "x", file: null }),
      ),
    ).toBe("forbidden");
    expect(
      await refusal(
        logDevelopmentActivity(prisma, coach, {
          date: new Date(Date.now() + 3 * DAY),
          hours: 1,
          title: "x",
          file: null,
        }),
      ),
    ).toBe("developmentDateInFuture");
    const bad = new FormData();
    bad.set("date", "2026-01-05");
    bad.set("hours", "-3");
    bad.set("title", "");
    await signIn(coach);
    expect(await logDevelopmentActivityAction(null, bad)).toMatchObject({ ok: false, field: "hours" });
    // A client cannot read a coach's development either.
    const client = await make.person({ roles: ["client"] });
    expect(await refusal(loadCredentialCurrency(prisma, { id: client.id, roles: ["client"] }, coach.profileId))).toBe(
      "forbidden",
    );
  });
});
