import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { DomainError } from "@/lib/server/errors";
import { grantRole } from "@/lib/server/people/grant-role";
import { revokeRole } from "@/lib/server/people/revoke-role";
import { setPersonDisabled } from "@/lib/server/people/set-person-disabled";
import { createSession } from "@/lib/server/auth/sessions";
import { setUpTestDatabase } from "../support/app";

const db = await setUpTestDatabase();
const admin = await db.make.person({ roles: ["programme_admin"] });
// Also a mentee: the role taken away below.
const client = { ...(await db.make.person({ roles: ["client", "mentee"] })), roles: ["client"] as Role[] };

const sessionsOf = (userId: string) => db.prisma.session.count({ where: { userId } });
const rolesOf = async (userId: string) =>
  (await db.prisma.roleGrant.findMany({ where: { userId } })).map((r) => r.role).sort();

describe("people and roles", () => {
  it("grants a role once, with an audit entry", async () => {
    await grantRole(db.prisma, admin, { userId: client.id, role: "coach" });
    await grantRole(db.prisma, admin, { userId: client.id, role: "coach" });
    expect(await rolesOf(client.id)).toEqual(["client", "coach", "mentee"]);
    expect(await db.prisma.auditLog.count({ where: { action: "role.grant", targetId: client.id } })).toBe(1);
  });

  it("ends every session of a person whose role is removed", async () => {
    await createSession(db.prisma, client.id);
    await createSession(db.prisma, client.id);
    expect(await sessionsOf(client.id)).toBe(2);
    await revokeRole(db.prisma, admin, { userId: client.id, role: "mentee" });
    expect(await rolesOf(client.id)).toEqual(["client", "coach"]);
    expect(await sessionsOf(client.id)).toBe(0);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "role.revoke" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetId: client.id, data: { role: "mentee", sessionsEnded: 2 } });
  });

  it("ends every session of a disabled person, and lets them back once enabled", async () => {
    await createSession(db.prisma, client.id);
    await setPersonDisabled(db.prisma, admin, { userId: client.id, disabled: true });
    expect(await sessionsOf(client.id)).toBe(0);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: client.id } })).disabledAt).not.toBeNull();
    await setPersonDisabled(db.prisma, admin, { userId: client.id, disabled: false });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: client.id } })).disabledAt).toBeNull();
  });

  it("refuses all of it to someone who is not a programme admin, changing nothing", async () => {
    await createSession(db.prisma, admin.id);
    const attempts = [
      grantRole(db.prisma, client, { userId: client.id, role: "programme_admin" }),
      revokeRole(db.prisma, client, { userId: admin.id, role: "programme_admin" }),
      setPersonDisabled(db.prisma, client, { userId: admin.id, disabled: true }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toEqual(new DomainError("forbidden"));
    expect(await rolesOf(client.id)).toEqual(["client", "coach"]);
    expect(await rolesOf(admin.id)).toEqual(["programme_admin"]);
    expect(await sessionsOf(admin.id)).toBe(1);
  });

  it("does not let an admin lock themselves out", async () => {
    await expect(revokeRole(db.prisma, admin, { userId: admin.id, role: "programme_admin" })).rejects.toEqual(
      new DomainError("selfLockout"),
    );
    await expect(setPersonDisabled(db.prisma, admin, { userId: admin.id, disabled: true })).rejects.toEqual(
      new DomainError("selfLockout"),
    );
  });
});
