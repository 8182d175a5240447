import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/domain/navigation";
import { can, PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/domain/roles";

describe("role policy", () => {
  it("lets every signed-in person see their home and the programme catalogue, whatever their roles", () => {
    expect(can([], "view:home")).toBe(true);
    expect(can([], "view:programme-catalogue")).toBe(true);
  });

  it("lets every staff member take part in networking conversations, whatever their roles", () => {
    for (const p of ["request:networking", "manage:networking-profile:own", "view:engagement:own"] as const)
      expect(can([], p), p).toBe(true);
  });

  it("gives a person with no role nothing else", () => {
    const everyone = [
      "view:home",
      "view:programme-catalogue",
      "request:networking",
      "manage:networking-profile:own",
      "view:engagement:own",
    ];
    const others = PERMISSIONS.filter((p) => !everyone.includes(p));
    for (const p of others) expect(can([], p), p).toBe(false);
  });

  const expectations: [Role, Permission, boolean][] = [
    ["client", "request:coach", true],
    ["client", "manage:programme:any", false],
    ["client", "review:credential:any", false],
    ["coach", "manage:coach-profile:own", true],
    ["coach", "review:credential:any", false],
    ["coach", "request:coach", false],
    ["mentee", "request:mentor", true],
    ["mentor", "manage:mentor-profile:own", true],
    ["hr_reviewer", "review:credential:any", true],
    ["hr_reviewer", "manage:programme:any", false],
    ["hr_reviewer", "manage:roles:any", false],
    ["programme_admin", "manage:programme:any", true],
    ["programme_admin", "manage:roles:any", true],
    ["programme_admin", "review:credential:any", false],
    ["sponsor", "sponsor:mission:own", true],
    ["programme_admin", "view:cohort-dashboard:any", true],
    ["programme_admin", "view:credential-queue-figures", true],
    ["hr_reviewer", "view:credential-queue-figures", true],
    ["hr_reviewer", "view:cohort-dashboard:any", false],
    ["client", "view:credential-queue-figures", false],
    ["coach", "view:cohort-dashboard:any", false],
    ["sponsor", "review:mentor-profile:any", false],
    ["programme_admin", "review:mentor-profile:any", true],
    ["mentor", "review:mentor-profile:any", false],
    ["mentee", "manage:mentor-profile:own", false],
    ["mentor", "request:mentor", false],
    ["sponsor", "request:mission", true],
    ["sponsor", "view:mission:own", true],
    ["client", "request:mission", false],
    ["coach", "request:mission", false],
    ["hr_reviewer", "request:mission", false],
    ["client", "view:mission:own", true],
    ["coach", "view:mission:own", true],
    ["hr_reviewer", "view:mission:own", true],
    ["coach", "record:supervision:own", true],
    ["client", "record:supervision:own", false],
    ["programme_admin", "view:supervision:any", true],
    ["coach", "view:supervision:any", false],
    ["hr_reviewer", "view:supervision:any", false],
  ];
  it.each(expectations)("%s → %s is %s", (role, permission, allowed) => {
    expect(can([role], permission)).toBe(allowed);
  });

  it("adds up the permissions of several roles", () => {
    expect(can(["client", "hr_reviewer"], "request:coach")).toBe(true);
    expect(can(["client", "hr_reviewer"], "review:credential:any")).toBe(true);
    expect(can(["client", "hr_reviewer"], "manage:programme:any")).toBe(false);
  });
});

describe("navigation", () => {
  it("shows administration only to programme admins", () => {
    for (const role of ROLES) {
      const hrefs = navigationFor([role]).map((i) => i.href);
      expect(hrefs.includes("/admin/programmes"), role).toBe(role === "programme_admin");
      expect(hrefs.includes("/admin/people"), role).toBe(role === "programme_admin");
      expect(hrefs.includes("/coach/profile"), role).toBe(role === "coach");
      expect(hrefs.includes("/coaches"), role).toBe(role === "client");
      // Anyone may hold a networking conversation, so everyone has engagements to open.
      expect(hrefs.includes("/engagements"), role).toBe(true);
      expect(hrefs.includes("/networking"), role).toBe(true);
      expect(hrefs.includes("/hr/credentials"), role).toBe(role === "hr_reviewer" || role === "programme_admin");
      expect(hrefs.includes("/admin/cohorts"), role).toBe(role === "hr_reviewer" || role === "programme_admin");
      expect(hrefs.includes("/missions"), role).toBe(["client", "coach", "sponsor", "hr_reviewer"].includes(role));
      expect(hrefs.includes("/coach/supervision"), role).toBe(role === "coach");
      expect(hrefs.includes("/admin/supervision"), role).toBe(role === "programme_admin");
      expect(hrefs.includes("/mentors"), role).toBe(role === "mentee");
      expect(hrefs.includes("/mentor/profile"), role).toBe(role === "mentor");
      expect(hrefs.includes("/coach/availability"), role).toBe(role === "coach");
      expect(hrefs.includes("/mentor/availability"), role).toBe(role === "mentor");
      expect(hrefs.includes("/admin/mentors"), role).toBe(role === "programme_admin");
      expect(hrefs).toContain("/");
    }
  });
});
