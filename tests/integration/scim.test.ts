// SCIM 2.0 provisioning (app/scim/v2/**), called through its route handlers: the sequence of calls
// Microsoft Entra ID's provisioning makes (look up by userName, create, patch attributes with
// capitalised op names and active "False", look up again, deactivate, delete), what a departure
// ends, every error status in SCIM's JSON format, and the bearer tokens (setting and admin-made).
import { describe, expect, it } from "vitest";
import { DEPARTURE_END_REASON } from "@/lib/domain/people-departure";
import { SCIM_SCHEMAS } from "@/lib/domain/scim-user";
import { setUpApp } from "../support/app";

const APP_URL = "https://binome.example.org";
const BASE = `${APP_URL}/scim/v2`;
const SCIM_TOKEN = "scim-setting-token-0123456789abcdef0123456789";
const db = await setUpApp({ appUrl: APP_URL, env: { SCIM_TOKEN } });
const { prisma, make } = db;
const users = await import("@/app/scim/v2/Users/route");
const user = await import("@/app/scim/v2/Users/[id]/route");
const other = await import("@/app/scim/v2/[...path]/route");
const spc = await import("@/app/scim/v2/ServiceProviderConfig/route");
const schemas = await import("@/app/scim/v2/Schemas/route");
const resourceTypes = await import("@/app/scim/v2/ResourceTypes/route");
const { createScimToken } = await import("@/lib/server/scim/create-scim-token");
const { revokeScimToken } = await import("@/lib/server/scim/revoke-scim-token");
const { listScimTokens } = await import("@/lib/server/scim/list-scim-tokens");
const { createSession } = await import("@/lib/server/auth/sessions");

const { enterprise: ENTERPRISE, staff: STAFF, patchOp: PATCH_OP, error: ERROR } = SCIM_SCHEMAS;
const entity = await make.entity();
const newEntity = await make.entity();
const station = await make.dutyStation({ timeZone: "Africa/Nairobi" });
const programme = await make.programme({ type: "coaching" });

type Init = { method?: string; body?: unknown; token?: string | null; raw?: string; headers?: Record<string, string> };
function request(path: string, init: Init = {}) {
  const headers = new Headers({ "Content-Type": "application/scim+json", ...init.headers });
  const token = init.token === undefined ? SCIM_TOKEN : init.token;
  if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
async function read(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/scim+json; charset=utf-8");
  return response.status === 204 ? null : await response.json();
}
const listByUserName = (userName: string, token?: string | null) =>
  users.GET(request(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`, { token }));
const patch = (id: string, Operations: unknown[], token?: string) =>
  user.PATCH(
    request(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations }, token }),
    params(id),
  );

describe("Microsoft Entra ID's provisioning cycle", () => {
  const userName = `Zoe.Martin.${Date.now()}@UN.org`;
  const email = userName.toLowerCase();
  let id = "";

  it("looks the person up by userName: nobody yet", async () => {
    const response = await listByUserName(userName);
    expect(response.status).toBe(200);
    expect(await read(response)).toEqual({
      schemas: [SCIM_SCHEMAS.listResponse],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
  });

  it("creates them (201, Location), lower-casing the e-mail, with an audit row", async () => {
    const response = await users.POST(
      request("/Users", {
        method: "POST",
        body: {
          schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
          externalId: "zmartin",
          userName,
          active: true,
          displayName: "Zoe Martin",
          emails: [{ primary: true, type: "work", value: email }],
          name: { formatted: "Zoe Martin", familyName: "Martin", givenName: "Zoe" },
          [ENTERPRISE]: { employeeNumber: "700001", department: entity.code },
          [STAFF]: { dutyStation: station.code, appointmentType: "fixed_term", languages: ["en", "fr"] },
        },
      }),
    );
    expect(response.status).toBe(201);
    const body = await read(response);
    id = body.id;
    expect(response.headers.get("location")).toBe(`${BASE}/Users/${id}`);
    expect(body).toMatchObject({ userName: email, externalId: "zmartin", active: true, displayName: "Zoe Martin" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      email,
      name: "Zoe Martin",
      scimExternalId: "zmartin",
      staffIndexNumber: "700001",
      entityId: entity.id,
      dutyStationId: station.id,
      timeZone: "Africa/Nairobi",
      appointmentType: "fixed_term",
      languages: ["en", "fr"],
      disabledAt: null,
      leftAt: null,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "scim.user.create", targetId: id } });
    expect(audit).toMatchObject({ actorId: null, data: { via: "scim", token: "SCIM_TOKEN" } });
  });

  it("patches attributes the way Entra ID writes them", async () => {
    const boss = await make.person({ name: "Bob Boss" });
    const response = await patch(id, [
      { op: "Replace", path: "displayName", value: "Zoé Martin" },
      { op: "Replace", path: `${ENTERPRISE}:department`, value: newEntity.code },
      { op: "Add", path: `${ENTERPRISE}:manager`, value: boss.id },
      { op: "Replace", path: 'emails[type eq "work"].value', value: email },
      { op: "Replace", path: "preferredLanguage", value: "fr-FR" },
      { op: "Add", path: "title", value: "Programme officer" }, // not kept by Binôme: accepted, no effect
    ]);
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body).toMatchObject({
      displayName: "Zoé Martin",
      preferredLanguage: "fr",
      [ENTERPRISE]: { department: newEntity.code, employeeNumber: "700001", manager: { value: boss.id } },
    });
    expect(response.headers.get("etag")).toBe(body.meta.version);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ name: "Zoé Martin", entityId: newEntity.id, supervisorId: boss.id });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "scim.user.update", targetId: id } });
    expect((audit.data as { changed: string[] }).changed.sort()).toEqual(
      ["entityId", "name", "preferredLanguage", "supervisorId"].sort(),
    );
  });

  it("finds them again by userName, in any case, and by externalId", async () => {
    const byName = await read(await listByUserName(userName.toUpperCase()));
    expect(byName.totalResults).toBe(1);
    expect(byName.Resources[0]).toMatchObject({ id, userName: email, active: true });
    const byExternalId = await read(
      await users.GET(request(`/Users?filter=${encodeURIComponent('externalId eq "zmartin"')}`)),
    );
    expect(byExternalId.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
    const got = await user.GET(request(`/Users/${id}`), params(id));
    expect(got.status).toBe(200);
    expect((await read(got)).meta).toMatchObject({ resourceType: "User", location: `${BASE}/Users/${id}` });
  });

  it('deactivates them with active "False": their sessions and engagements end (recordDeparture)', async () => {
    const coach = await make.coach({ capacity: 1 });
    await make.enrol({ cohortId: (await make.cohort({ programmeId: programme.id })).id, userId: id, role: "client" });
    const engagement = await make.engagement({ programmeId: programme.id, profileId: coach.profileId, seekerId: id });
    await createSession(prisma, id);
    await createSession(prisma, id);

    const response = await patch(id, [{ op: "Replace", path: "active", value: "False" }]);
    expect(response.status).toBe(200);
    expect(await read(response)).toMatchObject({ id, active: false });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored.leftAt).not.toBeNull();
    expect(stored.disabledAt).not.toBeNull();
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
    const ended = await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect(ended.status).not.toBe("active");
    expect(ended.endReason).toBe(DEPARTURE_END_REASON);
    // Listed as inactive; again "False" changes nothing more.
    expect(
      (await read(await users.GET(request(`/Users?filter=${encodeURIComponent("active eq false")}`)))).Resources,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ id })]));
    expect((await patch(id, [{ op: "Replace", path: "active", value: "False" }])).status).toBe(200);
  });

  it("deletes them: they have left, their history stays, and SCIM answers 404 for them from then on", async () => {
    const response = await user.DELETE(request(`/Users/${id}`, { method: "DELETE" }), params(id));
    expect(response.status).toBe(204);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored.leftAt).not.toBeNull();
    expect(stored.scimDeletedAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { targetId: id } })).toBeGreaterThan(3);
    expect(await prisma.auditLog.count({ where: { action: "scim.user.delete", targetId: id } })).toBe(1);
    // RFC 7644 §3.6: every later operation on the deleted resource is a 404, and lists leave it out.
    expect((await user.GET(request(`/Users/${id}`), params(id))).status).toBe(404);
    expect((await patch(id, [{ op: "replace", value: { active: true } }])).status).toBe(404);
    expect((await user.DELETE(request(`/Users/${id}`, { method: "DELETE" }), params(id))).status).toBe(404);
    expect((await read(await listByUserName(userName))).totalResults).toBe(0);
    expect(
      (await read(await users.GET(request(`/Users?filter=${encodeURIComponent("active eq false")}`)))).Resources,
    ).not.toEqual(expect.arrayContaining([expect.objectContaining({ id })]));
  });

  it("creating the same userName again brings the same person back, active, with their history", async () => {
    const response = await users.POST(
      request("/Users", {
        method: "POST",
        body: {
          schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
          userName,
          active: true,
          displayName: "Zoe Martin-Diallo",
          [ENTERPRISE]: { employeeNumber: "700001", department: newEntity.code },
        },
      }),
    );
    expect(response.status).toBe(201);
    expect(await read(response)).toMatchObject({ id, active: true, displayName: "Zoe Martin-Diallo" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      disabledAt: null,
      leftAt: null,
      scimDeletedAt: null,
      name: "Zoe Martin-Diallo",
      entityId: newEntity.id,
    });
    expect(await prisma.auditLog.count({ where: { action: "person.enable", targetId: id } })).toBe(1);
    expect(
      await prisma.auditLog.findFirstOrThrow({
        where: { action: "scim.user.create", targetId: id },
        orderBy: { at: "desc" },
      }),
    ).toMatchObject({ data: { restored: true } });
    expect((await user.GET(request(`/Users/${id}`), params(id))).status).toBe(200);
  });
});

describe("a person deactivated by DELETE and by PUT", () => {
  it("DELETE ends their sessions", async () => {
    const person = await make.person();
    await createSession(prisma, person.id);
    expect((await user.DELETE(request(`/Users/${person.id}`, { method: "DELETE" }), params(person.id))).status).toBe(
      204,
    );
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).leftAt).not.toBeNull();
  });

  it("PUT replaces the person; active false makes them leave", async () => {
    const person = await make.person({ appointmentType: "permanent" });
    await createSession(prisma, person.id);
    const response = await user.PUT(
      request(`/Users/${person.id}`, {
        method: "PUT",
        body: {
          schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
          userName: person.email,
          displayName: "New Name",
          active: false,
        },
      }),
      params(person.id),
    );
    expect(response.status).toBe(200);
    expect(await read(response)).toMatchObject({
      displayName: "New Name",
      active: false,
      [STAFF]: { appointmentType: "permanent" },
    });
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
  });
});

describe("a person an admin had only disabled", () => {
  it("is recorded as having left when the client says active false", async () => {
    const person = await make.person({ disabled: true });
    const response = await patch(person.id, [{ op: "Replace", path: "active", value: "False" }]);
    expect(await read(response)).toMatchObject({ active: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).leftAt).not.toBeNull();
  });
});

describe("paging", () => {
  it("pages with startIndex and count, with the total", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await make.person()).id);
    const all = await read(await users.GET(request("/Users?count=0")));
    expect(all.itemsPerPage).toBe(0);
    const total = all.totalResults;
    expect(total).toBeGreaterThanOrEqual(3);
    const page = await read(await users.GET(request(`/Users?startIndex=${total - 1}&count=5`)));
    expect(page).toMatchObject({ totalResults: total, startIndex: total - 1, itemsPerPage: 2 });
    expect(page.Resources.map((r: { id: string }) => r.id)).toEqual(ids.slice(1));
  });
});

describe("errors, always in SCIM's format", () => {
  async function expectError(response: Response, status: number, scimType?: string) {
    expect(response.status).toBe(status);
    const body = await read(response);
    expect(body).toMatchObject({ schemas: [ERROR], status: String(status), detail: expect.any(String) });
    if (scimType) expect(body.scimType).toBe(scimType);
    return body;
  }
  const create = (body: unknown) => users.POST(request("/Users", { method: "POST", body }));

  it("401 without a token, with a wrong one, with WWW-Authenticate", async () => {
    const none = await listByUserName("a@b.org", null);
    await expectError(none, 401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectError(await listByUserName("a@b.org", "wrong-token"), 401);
    await expectError(
      await users.GET(request("/Users", { headers: { Authorization: `Basic ${SCIM_TOKEN}` }, token: null })),
      401,
    );
  });

  it("404 for an unknown User, and for Groups (not supported)", async () => {
    await expectError(await user.GET(request("/Users/nobody"), params("nobody")), 404);
    await expectError(await patch("nobody", [{ op: "replace", path: "active", value: false }]), 404);
    await expectError(await user.DELETE(request("/Users/nobody", { method: "DELETE" }), params("nobody")), 404);
    await expectError(await other.GET(request("/Groups")), 404);
  });

  it("400 for unknown codes, naming the attribute, and nothing is written", async () => {
    const before = await prisma.user.count();
    const body = await expectError(
      await create({ userName: "x1@un.org", [ENTERPRISE]: { department: "NO-SUCH-ENTITY" } }),
      400,
      "invalidValue",
    );
    expect(body.detail).toContain(`${ENTERPRISE}:department`);
    const station = await expectError(
      await create({ userName: "x2@un.org", [STAFF]: { dutyStation: "NO-SUCH-STATION" } }),
      400,
      "invalidValue",
    );
    expect(station.detail).toContain(`${STAFF}:dutyStation`);
    expect(await prisma.user.count()).toBe(before);
    const person = await make.person({ entityId: entity.id });
    const manager = await expectError(
      await patch(person.id, [
        { op: "Replace", path: "displayName", value: "Changed" },
        { op: "Replace", path: `${ENTERPRISE}:manager`, value: "no-such-user" },
      ]),
      400,
      "invalidValue",
    );
    expect(manager.detail).toContain("manager");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: person.name });
  });

  it("400 for bad filters, bad JSON, bad operations", async () => {
    await expectError(
      await users.GET(request(`/Users?filter=${encodeURIComponent('title co "x"')}`)),
      400,
      "invalidFilter",
    );
    await expectError(await users.POST(request("/Users", { method: "POST", raw: "{not json" })), 400, "invalidSyntax");
    await expectError(await create({ displayName: "No user name" }), 400, "invalidValue");
    const person = await make.person();
    await expectError(await patch(person.id, [{ op: "Remove" }]), 400, "noTarget");
    await expectError(await patch(person.id, [{ op: "Copy", path: "active", value: true }]), 400, "invalidSyntax");
  });

  it("409 when the userName or employeeNumber is taken", async () => {
    const person = await make.person();
    await expectError(await create({ userName: person.email.toUpperCase() }), 409, "uniqueness");
    await prisma.user.update({ where: { id: person.id }, data: { staffIndexNumber: "999111" } });
    await expectError(
      await create({ userName: `n${Date.now()}@un.org`, [ENTERPRISE]: { employeeNumber: "999111" } }),
      409,
      "uniqueness",
    );
    const someoneElse = await make.person();
    await expectError(
      await patch(someoneElse.id, [{ op: "replace", path: "userName", value: person.email }]),
      409,
      "uniqueness",
    );
  });

  it("413 for a body larger than 1 MB", async () => {
    const huge = JSON.stringify({ userName: "big@un.org", displayName: "x".repeat(1024 * 1024) });
    await expectError(await users.POST(request("/Users", { method: "POST", raw: huge })), 413);
  });
});

describe("discovery", () => {
  it("answers ServiceProviderConfig, ResourceTypes and Schemas", async () => {
    const config = await read(await spc.GET(request("/ServiceProviderConfig", { token: null })));
    expect(config).toMatchObject({ patch: { supported: true }, bulk: { supported: false } });
    const types = await read(await resourceTypes.GET(request("/ResourceTypes", { token: null })));
    expect(types.Resources.map((r: { id: string }) => r.id)).toEqual(["User"]);
    const found = await read(await schemas.GET(request("/Schemas", { token: null })));
    expect(found.Resources.map((s: { id: string }) => s.id)).toEqual([
      "urn:ietf:params:scim:schemas:core:2.0:User",
      ENTERPRISE,
      STAFF,
    ]);
  });
});

describe("tokens made by an admin", () => {
  it("work once created, record their last use at most once a minute, and get 401 once revoked", async () => {
    const admin = await make.person({ roles: ["programme_admin"] });
    const { id, token } = await createScimToken(prisma, admin, { name: "Entra ID" });
    expect(token).toMatch(/^binome_scim_/);
    const row = await prisma.scimToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(token);

    expect((await listByUserName("a@b.org", token)).status).toBe(200);
    const firstUse = (await prisma.scimToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(firstUse).not.toBeNull();
    expect((await listByUserName("a@b.org", token)).status).toBe(200);
    expect((await prisma.scimToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(firstUse);

    const created = await read(
      await users.POST(request("/Users", { method: "POST", body: { userName: `t${Date.now()}@un.org` }, token })),
    );
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "scim.user.create", targetId: created.id },
    });
    expect(audit.data).toMatchObject({ token: "Entra ID", tokenId: id });

    await revokeScimToken(prisma, admin, { tokenId: id });
    await expectError401(await listByUserName("a@b.org", token));
    expect((await listScimTokens(prisma, admin)).find((t) => t.id === id)?.revokedAt).not.toBeNull();
    expect(
      await prisma.auditLog.count({
        where: { action: { in: ["scim.token.create", "scim.token.revoke"] }, targetId: id },
      }),
    ).toBe(2);
  });

  it("are only for people who manage roles", async () => {
    const client = await make.person({ roles: ["client"] });
    await expect(createScimToken(prisma, client, { name: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listScimTokens(prisma, client)).rejects.toMatchObject({ code: "forbidden" });
  });
});

async function expectError401(response: Response) {
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({ schemas: [ERROR], status: "401" });
}
