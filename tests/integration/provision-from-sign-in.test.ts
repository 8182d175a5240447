import { describe, expect, it } from "vitest";
import { setUpApp } from "../support/app";
import { unique } from "../support/factories";

const { prisma, make } = await setUpApp({ env: { SIGNUP_ALLOWED_DOMAINS: "staff.example.org" } });
const { provisionFromSignIn } = await import("@/lib/server/auth/provision-from-sign-in");
const { authOptions } = await import("@/lib/server/auth/options");
const { sendSignInLink } = await import("@/lib/server/auth/send-sign-in-link");
const { kickOutbox } = await import("@/lib/server/outbox-worker");

const ISSUER = "https://idp.example.org/tenant";
const settings = {
  OIDC_ISSUER: ISSUER,
  OIDC_ALLOWED_ISSUERS: [] as string[],
  SIGNUP_ALLOWED_DOMAINS: ["staff.example.org"],
  OIDC_CLAIM_STAFF_INDEX: "employee_id",
  OIDC_CLAIM_ENTITY: "department",
  OIDC_CLAIM_DUTY_STATION: "office_location",
  OIDC_CLAIM_APPOINTMENT_TYPE: "employee_type",
  OIDC_CLAIM_SUPERVISOR: "manager_email",
  OIDC_CLAIM_LANGUAGES: "languages",
};

/** A single sign-on by `email` with these claims, from the configured issuer unless told. */
function sso(email: string, claims: Record<string, unknown> = {}, options: { issuer?: string; subject?: string } = {}) {
  return provisionFromSignIn(
    {
      via: "oidc",
      issuer: options.issuer ?? ISSUER,
      subject: options.subject ?? unique("sub"),
      email,
      name: (claims.name as string | undefined) ?? null,
      claims: { email, ...claims },
    },
    settings,
  );
}

const provisionRows = (userId: string) =>
  prisma.auditLog.findMany({ where: { targetId: userId, action: "person.provision" }, orderBy: { at: "asc" } });

describe("a first single sign-on", () => {
  it("creates a person of an allowed issuer with the HR attributes of the claims, and audits it", async () => {
    const [entity, station] = await Promise.all([make.entity(), make.dutyStation()]);
    const supervisor = await make.person();
    const email = `${unique("ana")}@partner.example.org`;
    const index = unique("idx");
    const outcome = await sso(email, {
      name: "Ana Lima",
      employee_id: index,
      department: entity.code.toLowerCase(),
      office_location: station.code,
      employee_type: "Fixed-Term",
      manager_email: supervisor.email.toUpperCase(),
      languages: "pt, en",
    });
    expect(outcome).toMatchObject({ ok: true, created: true });
    const person = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(person).toMatchObject({
      name: "Ana Lima",
      staffIndexNumber: index,
      entityId: entity.id,
      dutyStationId: station.id,
      appointmentType: "fixed_term",
      supervisorId: supervisor.id,
      languages: ["en", "pt"],
      disabledAt: null,
    });
    const [row] = await provisionRows(person.id);
    expect(row).toMatchObject({ actorId: person.id, targetType: "User" });
    expect(row.data).toMatchObject({ via: "oidc", created: true, ignored: [] });
  });

  it("creates a person of an allowed e-mail domain whatever the issuer", async () => {
    const email = `${unique("ben")}@staff.example.org`;
    expect(await sso(email, {}, { issuer: "https://other-idp.example.net" })).toMatchObject({
      ok: true,
      created: true,
    });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("refuses an unknown person whose issuer and domain are both not allowed, and creates nothing", async () => {
    const email = `${unique("eve")}@partner.example.org`;
    expect(await sso(email, {}, { issuer: "https://other-idp.example.net" })).toEqual({
      ok: false,
      reason: "not-allowed",
    });
    // A list of issuers replaces the default (the configured issuer) altogether.
    expect(
      await provisionFromSignIn(
        { via: "oidc", issuer: ISSUER, subject: unique("sub"), email, claims: { email } },
        { ...settings, OIDC_ALLOWED_ISSUERS: ["https://idp.example.org/other"] },
      ),
    ).toEqual({ ok: false, reason: "not-allowed" });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("ignores unknown codes and unusable values, logs them, and still signs the person in", async () => {
    const email = `${unique("carl")}@staff.example.org`;
    const outcome = await sso(email, {
      department: "NO-SUCH-ENTITY",
      office_location: "NOWHERE",
      employee_type: "astronaut",
      manager_email: "nobody-known@example.org",
    });
    expect(outcome).toMatchObject({ ok: true, created: true });
    const person = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(person).toMatchObject({ entityId: null, dutyStationId: null, appointmentType: null, supervisorId: null });
    const [row] = await provisionRows(person.id);
    expect((row.data as { ignored: string[] }).ignored.sort()).toEqual([
      "appointmentType",
      "dutyStationCode",
      "entityCode",
      "supervisorEmail",
    ]);
  });
});

describe("a later single sign-on", () => {
  it("refreshes the attributes the claims carry, keeps the others, and audits only a change", async () => {
    const [entity, otherEntity] = await Promise.all([make.entity(), make.entity()]);
    const station = await make.dutyStation();
    const person = await make.person({ appointmentType: "temporary", entityId: entity.id, dutyStationId: station.id });
    const subject = unique("sub");
    expect(await sso(person.email, { department: otherEntity.code, employee_type: "permanent" }, { subject })).toEqual({
      ok: true,
      userId: person.id,
      created: false,
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      entityId: otherEntity.id,
      appointmentType: "permanent",
      dutyStationId: station.id,
    });
    expect((await provisionRows(person.id)).map((r) => r.data)).toEqual([
      expect.objectContaining({ created: false, fields: ["appointmentType", "entityId"] }),
    ]);

    // The same claims again: nothing changes, nothing more is audited.
    await sso(person.email, { department: otherEntity.code, employee_type: "permanent" }, { subject });
    expect(await provisionRows(person.id)).toHaveLength(1);
  });

  it("keeps the account of a person found by staff index number whose e-mail changed", async () => {
    const index = unique("idx");
    const person = await make.person();
    await prisma.user.update({ where: { id: person.id }, data: { staffIndexNumber: index } });
    const newEmail = `${unique("renamed")}@partner.example.org`;
    expect(await sso(newEmail, { employee_id: index }, { issuer: "https://other-idp.example.net" })).toEqual({
      ok: true,
      userId: person.id,
      created: false,
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ email: newEmail });
    expect(await prisma.user.count({ where: { staffIndexNumber: index } })).toBe(1);
  });

  it("refuses rather than merge when the new address already belongs to someone else", async () => {
    const index = unique("idx");
    const person = await make.person();
    await prisma.user.update({ where: { id: person.id }, data: { staffIndexNumber: index } });
    const other = await make.person();
    expect(await sso(other.email, { employee_id: index })).toEqual({ ok: false, reason: "email-taken" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ email: person.email });
  });

  it("finds a person by their linked provider account even when the claims' address changed", async () => {
    const person = await make.person();
    const subject = unique("sub");
    await prisma.account.create({
      data: { userId: person.id, type: "oauth", provider: "oidc", providerAccountId: subject },
    });
    const newEmail = `${unique("moved")}@partner.example.org`;
    expect(await sso(newEmail, {}, { subject, issuer: "https://other-idp.example.net" })).toMatchObject({
      ok: true,
      userId: person.id,
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ email: newEmail });
  });

  it("keeps out a person who left or was disabled, however allowed their issuer and domain", async () => {
    const left = await make.person();
    await prisma.user.update({ where: { id: left.id }, data: { leftAt: new Date() } });
    const disabled = await make.person({ disabled: true });
    expect(await sso(left.email)).toEqual({ ok: false, reason: "left" });
    expect(await sso(disabled.email)).toEqual({ ok: false, reason: "disabled" });
    expect(await provisionFromSignIn({ via: "email", email: left.email }, settings)).toEqual({
      ok: false,
      reason: "left",
    });
  });
});

describe("a sign-in link", () => {
  it("creates a newcomer of an allowed domain with no appointment type, and nobody else", async () => {
    const email = `${unique("newcomer")}@staff.example.org`;
    expect(await provisionFromSignIn({ via: "email", email }, settings)).toMatchObject({ ok: true, created: true });
    const person = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(person.appointmentType).toBeNull();
    expect((await provisionRows(person.id)).map((r) => r.data)).toEqual([
      expect.objectContaining({ via: "email", created: true }),
    ]);
    const stranger = `${unique("stranger")}@partner.example.org`;
    expect(await provisionFromSignIn({ via: "email", email: stranger }, settings)).toEqual({
      ok: false,
      reason: "not-allowed",
    });
  });

  it("lets a known, active person in without changing them", async () => {
    const person = await make.person({ appointmentType: "permanent" });
    expect(await provisionFromSignIn({ via: "email", email: person.email }, settings)).toEqual({
      ok: true,
      userId: person.id,
      created: false,
    });
    expect(await provisionRows(person.id)).toHaveLength(0);
  });
});

describe("asking for a sign-in link", () => {
  it("mails one to an unknown address of an allowed domain, and none to other unknown addresses", async () => {
    const newcomer = `${unique("newcomer")}@staff.example.org`;
    const stranger = `${unique("stranger")}@partner.example.org`;
    const url = "http://localhost:3000/api/auth/callback/email?token=abc";
    await sendSignInLink({ identifier: newcomer, url });
    await sendSignInLink({ identifier: stranger, url });
    await kickOutbox();
    expect(await prisma.outboxEmail.count({ where: { to: newcomer } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: stranger } })).toBe(0);
    expect(await prisma.user.count({ where: { email: newcomer } })).toBe(0); // created when the link is used
  });
});

describe("next-auth's sign-in callback", () => {
  it("sends a single sign-on it refuses to a page that says why", async () => {
    const result = await authOptions().callbacks!.signIn!({
      user: { id: "sub-1", email: "x@partner.example.org" },
      account: { provider: "oidc", providerAccountId: unique("sub"), type: "oauth" },
      profile: { iss: "https://other-idp.example.net", sub: "sub-1", email: `${unique("x")}@partner.example.org` },
    } as never);
    expect(result).toMatch(/\/signin\/refused\?reason=not-allowed$/);
  });
});
