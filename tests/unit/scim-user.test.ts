// SCIM ⇄ person mapping (lib/domain/scim-user.ts): resources written out, what clients send read
// back, PATCH operations as RFC 7644 and Microsoft Entra ID write them, filters and paging.
import { describe, expect, it } from "vitest";
import {
  applyScimPatch,
  inputOf,
  readScimFilter,
  readScimPaging,
  readScimUser,
  SCIM_SCHEMAS,
  ScimError,
  scimErrorBody,
  toScimUser,
  type ScimPerson,
} from "@/lib/domain/scim-user";
import { scimSchemas, serviceProviderConfig, userResourceType } from "@/lib/domain/scim-discovery";

const BASE = "https://binome.example.org/scim/v2";
const { user: CORE, enterprise: ENTERPRISE, staff: STAFF, patchOp: PATCH } = SCIM_SCHEMAS;

const person: ScimPerson = {
  id: "u1",
  email: "amina.diallo@un.org",
  name: "Amina Diallo",
  preferredLanguage: "fr",
  scimExternalId: "aminad",
  staffIndexNumber: "123456",
  entityCode: "DPPA",
  dutyStationCode: "NBO",
  appointmentType: "fixed_term",
  languages: ["fr", "en"],
  supervisor: { id: "boss", name: "Carlos Ruiz" },
  active: true,
  left: false,
  createdAt: new Date("2026-01-02T03:04:05Z"),
  updatedAt: new Date("2026-02-03T04:05:06Z"),
};

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });
const afterPatch = (...operations: unknown[]) =>
  readScimUser(applyScimPatch(toScimUser(person, BASE), patch(...operations)), inputOf(person));

function refusal(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof ScimError) return { status: error.status, scimType: error.scimType, detail: error.detail };
    throw error;
  }
  throw new Error("expected a ScimError");
}

describe("a person as a SCIM User", () => {
  it("writes the core attributes, both extensions and meta", () => {
    const user = toScimUser(person, BASE);
    expect(user).toMatchObject({
      schemas: [CORE, ENTERPRISE, STAFF],
      id: "u1",
      externalId: "aminad",
      userName: "amina.diallo@un.org",
      displayName: "Amina Diallo",
      emails: [{ value: "amina.diallo@un.org", type: "work", primary: true }],
      active: true,
      [ENTERPRISE]: {
        employeeNumber: "123456",
        department: "DPPA",
        manager: { value: "boss", $ref: `${BASE}/Users/boss`, displayName: "Carlos Ruiz" },
      },
      [STAFF]: { dutyStation: "NBO", appointmentType: "fixed_term", languages: ["fr", "en"] },
      meta: {
        resourceType: "User",
        created: "2026-01-02T03:04:05.000Z",
        lastModified: "2026-02-03T04:05:06.000Z",
        location: `${BASE}/Users/u1`,
      },
    });
    expect(user.meta.version).toMatch(/^W\/"\d+"$/);
  });

  it("reads its own output back unchanged", () => {
    expect(readScimUser(toScimUser(person, BASE), null)).toEqual(inputOf(person));
  });
});

describe("reading what a client sends", () => {
  const entraUser = {
    schemas: [CORE, ENTERPRISE],
    externalId: "jdoe",
    userName: "John.Doe@UN.org",
    active: true,
    displayName: "John Doe",
    name: { formatted: "John Doe", givenName: "John", familyName: "Doe" },
    emails: [{ primary: true, type: "work", value: "john.doe@un.org" }],
    preferredLanguage: "fr-FR",
    [ENTERPRISE]: { employeeNumber: 98765, department: "OICT", manager: { value: "boss" } },
  };

  it("lower-cases the user name and maps the enterprise extension", () => {
    expect(readScimUser(entraUser, null)).toEqual({
      email: "john.doe@un.org",
      name: "John Doe",
      externalId: "jdoe",
      preferredLanguage: "fr",
      active: true,
      staffIndexNumber: "98765",
      entityCode: "OICT",
      supervisorId: "boss",
      dutyStationCode: null,
      appointmentType: null,
      languages: [],
    });
  });

  it("builds the name from given and family names when there is no display name", () => {
    const { displayName: _, ...rest } = entraUser;
    expect(readScimUser({ ...rest, name: { givenName: "Jo", familyName: "Doe" } }, null).name).toBe("Jo Doe");
  });

  it("keeps an extension the client did not send (PUT), and takes one it sent whole", () => {
    const current = inputOf(person);
    const kept = readScimUser({ schemas: [CORE], userName: person.email }, current);
    expect(kept).toMatchObject({ dutyStationCode: "NBO", appointmentType: "fixed_term", staffIndexNumber: "123456" });
    expect(kept.name).toBeNull(); // a core attribute absent from a PUT is cleared
    const replaced = readScimUser({ userName: person.email, [STAFF]: { languages: "EN; ar" } }, current);
    expect(replaced).toMatchObject({ dutyStationCode: null, appointmentType: null, languages: ["en", "ar"] });
  });

  it("takes active as a boolean or as Entra ID's strings", () => {
    expect(readScimUser({ userName: "a@b.org", active: "False" }, null).active).toBe(false);
    expect(readScimUser({ userName: "a@b.org", active: "true" }, null).active).toBe(true);
    expect(refusal(() => readScimUser({ userName: "a@b.org", active: "maybe" }, null))).toMatchObject({
      status: 400,
      scimType: "invalidValue",
    });
  });

  it("refuses bad values with a 400 naming the attribute", () => {
    expect(refusal(() => readScimUser({ displayName: "No name" }, null))).toMatchObject({
      status: 400,
      scimType: "invalidValue",
      detail: expect.stringContaining("userName"),
    });
    expect(refusal(() => readScimUser({ userName: "not an address" }, null)).detail).toContain("userName");
    expect(
      refusal(() => readScimUser({ userName: "a@b.org", [STAFF]: { appointmentType: "forever" } }, null)).detail,
    ).toContain(`${STAFF}:appointmentType`);
    expect(
      refusal(() => readScimUser({ userName: "a@b.org", [STAFF]: { languages: ["français"] } }, null)).detail,
    ).toContain(`${STAFF}:languages`);
    expect(
      refusal(() => readScimUser({ userName: "a@b.org", [ENTERPRISE]: { department: { x: 1 } } }, null)).detail,
    ).toContain(`${ENTERPRISE}:department`);
    expect(refusal(() => readScimUser({ schemas: ["urn:other"], userName: "a@b.org" }, null))).toMatchObject({
      status: 400,
      scimType: "invalidSyntax",
    });
    expect(refusal(() => readScimUser([], null)).scimType).toBe("invalidSyntax");
  });

  it("accepts appointment types written as words", () => {
    expect(
      readScimUser({ userName: "a@b.org", [STAFF]: { appointmentType: "Fixed-term" } }, null).appointmentType,
    ).toBe("fixed_term");
  });
});

describe("PATCH operations", () => {
  it("replaces with a path, capitalised op names as Entra ID sends them", () => {
    const input = afterPatch(
      { op: "Replace", path: "displayName", value: "Amina D." },
      { op: "Replace", path: "active", value: "False" },
      { op: "Add", path: `${ENTERPRISE}:department`, value: "OICT" },
      { op: "Replace", path: `${ENTERPRISE}:manager`, value: "boss2" },
      { op: "Replace", path: `${ENTERPRISE}:employeeNumber`, value: "654321" },
      { op: "Replace", path: `${STAFF}:appointmentType`, value: "permanent" },
      { op: "Add", path: 'emails[type eq "work"].value', value: "other@un.org" },
    );
    expect(input).toMatchObject({
      name: "Amina D.",
      active: false,
      entityCode: "OICT",
      supervisorId: "boss2",
      staffIndexNumber: "654321",
      appointmentType: "permanent",
      email: person.email, // the e-mail is userName; emails[…] changes nothing
      dutyStationCode: "NBO",
    });
  });

  it("replaces without a path: attributes, dotted paths and whole extensions", () => {
    const input = afterPatch({
      op: "replace",
      value: {
        active: false,
        userName: "NEW@un.org",
        "name.givenName": "Ami",
        [`${ENTERPRISE}:department`]: "DOS",
        [STAFF]: { dutyStation: "GVA" },
      },
    });
    expect(input).toMatchObject({
      active: false,
      email: "new@un.org",
      name: "Ami", // a new given name replaces the name, as no display name came with it
      entityCode: "DOS",
      dutyStationCode: "GVA",
      appointmentType: "fixed_term", // merged into the extension, not replacing it
    });
  });

  it("builds the name from new given and family names", () => {
    const input = afterPatch(
      { op: "Replace", path: "name.givenName", value: "Aminata" },
      { op: "Replace", path: "name.familyName", value: "Diallo" },
    );
    expect(input.name).toBe("Aminata Diallo");
  });

  it("removes with a path", () => {
    const input = afterPatch(
      { op: "Remove", path: `${ENTERPRISE}:manager` },
      { op: "remove", path: "externalId" },
      { op: "remove", path: `${STAFF}:languages` },
    );
    expect(input).toMatchObject({ supervisorId: null, externalId: null, languages: [], staffIndexNumber: "123456" });
  });

  it("takes the manager as { value } too", () => {
    expect(afterPatch({ op: "replace", path: `${ENTERPRISE}:manager`, value: { value: "boss3" } }).supervisorId).toBe(
      "boss3",
    );
  });

  it("refuses malformed operations", () => {
    expect(refusal(() => afterPatch({ op: "move", path: "active", value: true }))).toMatchObject({
      status: 400,
      scimType: "invalidSyntax",
    });
    expect(refusal(() => afterPatch({ op: "remove" }))).toMatchObject({ status: 400, scimType: "noTarget" });
    expect(refusal(() => afterPatch({ op: "replace", path: "urn:unknown:schema:attr", value: 1 }))).toMatchObject({
      status: 400,
      scimType: "invalidPath",
    });
    expect(refusal(() => afterPatch({ op: "replace", path: "bad path!", value: 1 })).scimType).toBe("invalidPath");
    expect(refusal(() => afterPatch({ op: "replace", value: "x" })).scimType).toBe("invalidValue");
    expect(
      refusal(() =>
        applyScimPatch(toScimUser(person, BASE), { Operations: [{ op: "add", path: "active", value: true }] }),
      ),
    ).toMatchObject({ status: 400, scimType: "invalidSyntax" });
    expect(refusal(() => applyScimPatch(toScimUser(person, BASE), patch()))).toMatchObject({ status: 400 });
  });

  it("never changes the resource it is given", () => {
    const user = toScimUser(person, BASE);
    const before = JSON.stringify(user);
    applyScimPatch(user, patch({ op: "replace", path: `${STAFF}:dutyStation`, value: "GVA" }));
    expect(JSON.stringify(user)).toBe(before);
  });
});

describe("filters and paging", () => {
  it("reads the lookups provisioning clients make", () => {
    expect(readScimFilter('userName eq "Amina.Diallo@UN.org"')).toEqual({ userName: "amina.diallo@un.org" });
    expect(readScimFilter('externalId eq "aminad"')).toEqual({ externalId: "aminad" });
    expect(readScimFilter('emails[type eq "work"].value eq "a@un.org"')).toEqual({ userName: "a@un.org" });
    expect(readScimFilter("active eq false")).toEqual({ active: false });
    expect(readScimFilter('userName eq "a@un.org" and active eq true')).toEqual({ userName: "a@un.org", active: true });
    expect(readScimFilter(`${ENTERPRISE}:employeeNumber eq "123"`)).toEqual({ employeeNumber: "123" });
    expect(readScimFilter(null)).toEqual({});
  });

  it("refuses other filters with a 400 invalidFilter", () => {
    for (const filter of [
      'userName co "a"',
      'displayName eq "A"',
      'userName eq "a" or userName eq "b"',
      "userName eq",
      "((",
    ])
      expect(refusal(() => readScimFilter(filter))).toMatchObject({ status: 400, scimType: "invalidFilter" });
  });

  it("pages from 1, at most 200 at a time", () => {
    expect(readScimPaging(null, null)).toEqual({ startIndex: 1, count: 100 });
    expect(readScimPaging("0", "-5")).toEqual({ startIndex: 1, count: 0 });
    expect(readScimPaging("11", "5000")).toEqual({ startIndex: 11, count: 200 });
    expect(readScimPaging("x", "y")).toEqual({ startIndex: 1, count: 100 });
  });
});

describe("errors and discovery", () => {
  it("writes RFC 7644's error body, the status as a string", () => {
    expect(scimErrorBody(new ScimError(409, "taken", "uniqueness"))).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "409",
      scimType: "uniqueness",
      detail: "taken",
    });
    expect(scimErrorBody(new ScimError(404, "gone"))).not.toHaveProperty("scimType");
  });

  it("describes PATCH and filters as supported, bulk and groups as not", () => {
    const config = serviceProviderConfig(BASE);
    expect(config).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      bulk: { supported: false },
    });
    expect(userResourceType(BASE)).toMatchObject({ id: "User", endpoint: "/Users", schema: CORE });
    expect(scimSchemas(BASE).map((s) => s.id)).toEqual([CORE, ENTERPRISE, STAFF]);
  });
});
