// The programme settings that make coaching, mentoring and networking differ, in one place.
import { describe, expect, it } from "vitest";
import {
  effectiveCapacity,
  matchingRules,
  profileKindFor,
  programmeTypeFor,
  providerRole,
  PROFILE_KINDS,
  statusOnSubmit,
} from "@/lib/domain/matching-rules";
import { mentorCapacityMax, mentorStatusOnSave } from "@/lib/domain/mentor-profile";
import { can } from "@/lib/domain/roles";

describe("matching rules by kind", () => {
  it("reviews coaches' ICF credentials (HR), never mentors' or networking colleagues'", () => {
    expect(matchingRules("coach").credentialRequired).toBe(true);
    expect(matchingRules("mentor").credentialRequired).toBe(false);
    expect(matchingRules("networking").credentialRequired).toBe(false);
  });

  it("asks for a programme admin's approval only where the programme says so (never for coaches, who HR reviews)", () => {
    expect(matchingRules("mentor").approvalRequired).toBe(false);
    expect(matchingRules("mentor", { profileApprovalRequired: true }).approvalRequired).toBe(true);
    expect(matchingRules("networking", { profileApprovalRequired: true }).approvalRequired).toBe(true);
    expect(matchingRules("coach", { profileApprovalRequired: true }).approvalRequired).toBe(false);
  });

  it("submits to review, or lists at once", () => {
    expect(statusOnSubmit(matchingRules("coach"))).toBe("submitted");
    expect(statusOnSubmit(matchingRules("mentor"))).toBe("approved");
    expect(statusOnSubmit(matchingRules("mentor", { profileApprovalRequired: true }))).toBe("submitted");
    expect(statusOnSubmit(matchingRules("networking"))).toBe("approved");
  });

  it("lets a client or mentee rank up to three people, a networking request name one colleague", () => {
    expect(matchingRules("coach").maxChoices).toBe(3);
    expect(matchingRules("mentor").maxChoices).toBe(3);
    expect(matchingRules("networking").maxChoices).toBe(1);
    expect(matchingRules("mentor").onePairingAtATime).toBe(true);
    expect(matchingRules("networking").onePairingAtATime).toBe(false);
  });

  it("names each kind's directory, seeker role and permissions", () => {
    expect(matchingRules("coach")).toMatchObject({
      directoryPath: "/coaches",
      seekerRole: "client",
      requestPermission: "request:coach",
      providerPermission: "manage:coach-profile:own",
    });
    expect(matchingRules("mentor")).toMatchObject({
      directoryPath: "/mentors",
      seekerRole: "mentee",
      requestPermission: "request:mentor",
      providerPermission: "manage:mentor-profile:own",
    });
    expect(matchingRules("networking")).toMatchObject({ directoryPath: "/networking", seekerRole: null });
    // The permission each kind names is held by its role, and only by it.
    expect(can(["mentee"], matchingRules("mentor").requestPermission)).toBe(true);
    expect(can(["client"], matchingRules("mentor").requestPermission)).toBe(false);
    expect(can(["mentor"], matchingRules("mentor").providerPermission)).toBe(true);
    expect(can(["coach"], matchingRules("mentor").providerPermission)).toBe(false);
  });

  it("maps kinds to programme types and back, and to the role a provider needs", () => {
    for (const kind of PROFILE_KINDS) expect(profileKindFor(programmeTypeFor(kind))).toBe(kind);
    expect(providerRole("coach")).toBe("coach");
    expect(providerRole("mentor")).toBe("mentor");
    expect(providerRole("networking")).toBeNull();
  });

  it("caps a profile's capacity at the programme's maximum", () => {
    expect(effectiveCapacity(3, 1)).toBe(1);
    expect(effectiveCapacity(2, 3)).toBe(2);
    expect(effectiveCapacity(3, null)).toBe(3);
    expect(mentorCapacityMax(2)).toBe(2);
    expect(mentorCapacityMax(10)).toBe(3);
    expect(mentorCapacityMax(0)).toBe(1);
  });
});

describe("saving a mentor profile", () => {
  const direct = matchingRules("mentor");
  const reviewed = matchingRules("mentor", { profileApprovalRequired: true });
  it("submits a new or sent-back profile: listed at once, or waiting for approval", () => {
    expect(mentorStatusOnSave(null, direct)).toEqual({ ok: true, status: "approved", submitted: true });
    expect(mentorStatusOnSave(null, reviewed)).toEqual({ ok: true, status: "submitted", submitted: true });
    expect(mentorStatusOnSave("changes_requested", reviewed)).toEqual({
      ok: true,
      status: "submitted",
      submitted: true,
    });
  });
  it("keeps a listed or waiting profile where it is, and refuses a refused one", () => {
    expect(mentorStatusOnSave("approved", reviewed)).toEqual({ ok: true, status: "approved", submitted: false });
    expect(mentorStatusOnSave("submitted", direct)).toEqual({ ok: true, status: "submitted", submitted: false });
    expect(mentorStatusOnSave("rejected", direct)).toEqual({ ok: false, error: "mentorProfileRefused" });
    expect(mentorStatusOnSave("revoked", direct)).toEqual({ ok: false, error: "mentorProfileRefused" });
  });
});
