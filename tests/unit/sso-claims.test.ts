import { describe, expect, it } from "vitest";
import {
  claimNamesFrom,
  emailDomain,
  emailFromClaims,
  isSignUpDomain,
  mayCreateAtSignIn,
  parseAppointmentType,
  readHrClaims,
} from "@/lib/domain/sso-claims";

const names = claimNamesFrom({
  OIDC_CLAIM_STAFF_INDEX: "employee_id",
  OIDC_CLAIM_ENTITY: "department",
  OIDC_CLAIM_DUTY_STATION: "office_location",
  OIDC_CLAIM_APPOINTMENT_TYPE: "employee_type",
  OIDC_CLAIM_SUPERVISOR: "manager_email",
  OIDC_CLAIM_LANGUAGES: "languages",
});

describe("reading HR attributes from claims", () => {
  it("reads every attribute from the claims the settings name", () => {
    const { attributes, problems } = readHrClaims(
      {
        sub: "abc",
        employee_id: 123456,
        department: " DOS ",
        office_location: "NBO",
        employee_type: "Fixed-Term",
        manager_email: "Boss@UN.org",
        languages: ["fr", "en-GB", "EN"],
      },
      names,
    );
    expect(attributes).toEqual({
      staffIndexNumber: "123456",
      entityCode: "DOS",
      dutyStationCode: "NBO",
      appointmentType: "fixed_term",
      supervisorEmail: "boss@un.org",
      languages: ["en", "fr"],
    });
    expect(problems).toEqual([]);
  });

  it("follows claim names set by the organisation", () => {
    const custom = { ...names, entity: "extension_Entity", appointmentType: "contract" };
    const { attributes } = readHrClaims({ extension_Entity: "OCHA", contract: "permanent", department: "DOS" }, custom);
    expect(attributes).toEqual({ entityCode: "OCHA", appointmentType: "permanent" });
  });

  it("leaves out what the claims do not carry, or carry empty (the person's current values stay)", () => {
    expect(readHrClaims({ department: "", employee_type: null, languages: [] }, names)).toEqual({
      attributes: {},
      problems: [],
    });
  });

  it("ignores values it cannot use and says which, without dropping the others", () => {
    const { attributes, problems } = readHrClaims(
      {
        department: "DOS",
        employee_type: "astronaut",
        manager_email: "not an address",
        languages: "fr, klingon, es",
        office_location: "x".repeat(65),
      },
      names,
    );
    expect(attributes).toEqual({ entityCode: "DOS", languages: ["es", "fr"] });
    expect(problems.map((p) => p.attribute).sort()).toEqual([
      "appointmentType",
      "dutyStationCode",
      "languages",
      "supervisorEmail",
    ]);
  });

  it("understands the usual spellings of appointment types", () => {
    expect(parseAppointmentType("FIXED_TERM")).toBe("fixed_term");
    expect(parseAppointmentType("fixed term appointment")).toBe("fixed_term");
    expect(parseAppointmentType("Permanent")).toBe("permanent");
    expect(parseAppointmentType("UNV")).toBe("un_volunteer");
    expect(parseAppointmentType("Individual contractor")).toBe("individual_contractor");
    expect(parseAppointmentType("boss")).toBeNull();
  });

  it("takes the address from email, else from preferred_username when it is one", () => {
    expect(emailFromClaims({ email: "Ana@UN.org", preferred_username: "other@un.org" })).toBe("ana@un.org");
    expect(emailFromClaims({ preferred_username: "ana@un.org" })).toBe("ana@un.org");
    expect(emailFromClaims({ preferred_username: "ana" })).toBeNull();
    expect(emailDomain("ana@Sub.UN.org")).toBe("sub.un.org");
  });
});

describe("who is created at their first sign-in", () => {
  const policy = {
    allowedIssuers: [],
    defaultIssuer: "https://login.example.com/tenant/v2.0",
    allowedDomains: ["un.org"],
  };

  it("creates anyone from the configured issuer when no issuer list is set", () => {
    const oidc = { via: "oidc" as const, email: "ana@partner.org" };
    expect(mayCreateAtSignIn({ ...oidc, issuer: "https://login.example.com/tenant/v2.0/" }, policy)).toBe(true);
    expect(mayCreateAtSignIn({ ...oidc, issuer: "https://evil.example.com" }, policy)).toBe(false);
    expect(mayCreateAtSignIn({ ...oidc, issuer: undefined }, policy)).toBe(false);
  });

  it("creates only from the listed issuers when a list is set", () => {
    const listed = { ...policy, allowedIssuers: ["https://idp.un.org"] };
    const oidc = { via: "oidc" as const, email: "ana@partner.org" };
    expect(mayCreateAtSignIn({ ...oidc, issuer: "https://idp.un.org" }, listed)).toBe(true);
    expect(mayCreateAtSignIn({ ...oidc, issuer: policy.defaultIssuer }, listed)).toBe(false);
  });

  it("creates anyone of an allowed domain, by single sign-on or by link; a sub-domain is another domain", () => {
    expect(mayCreateAtSignIn({ via: "oidc", issuer: "https://evil.example.com", email: "ana@un.org" }, policy)).toBe(
      true,
    );
    expect(mayCreateAtSignIn({ via: "email", email: "Ana@UN.org" }, policy)).toBe(true);
    expect(mayCreateAtSignIn({ via: "email", email: "ana@partner.org" }, policy)).toBe(false);
    expect(isSignUpDomain("ana@mail.un.org", policy)).toBe(false);
    expect(isSignUpDomain("ana@un.org.evil.com", policy)).toBe(false);
  });

  it("creates nobody when nothing is allowed", () => {
    const none = { allowedIssuers: [], allowedDomains: [] };
    expect(mayCreateAtSignIn({ via: "oidc", issuer: "https://idp.un.org", email: "ana@un.org" }, none)).toBe(false);
    expect(mayCreateAtSignIn({ via: "email", email: "ana@un.org" }, none)).toBe(false);
  });
});
