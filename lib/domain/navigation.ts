// The navigation a person sees: only the pages their roles allow.
import type { Messages } from "../i18n/messages";
import { can, type Permission, type Role } from "./roles";

/** An item's label: a key of the "nav" catalogue namespace. */
export type NavLabelKey = keyof Messages["nav"];
export type NavItem = { href: string; labelKey: NavLabelKey; permission: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home", permission: "view:home" },
  { href: "/about", labelKey: "about", permission: "view:programme-catalogue" },
  { href: "/coaches", labelKey: "coaches", permission: "request:coach" },
  { href: "/mentors", labelKey: "mentors", permission: "request:mentor" },
  { href: "/networking", labelKey: "networking", permission: "request:networking" },
  { href: "/engagements", labelKey: "engagements", permission: "view:engagement:own" },
  { href: "/missions", labelKey: "missions", permission: "view:mission:own" },
  { href: "/coach/profile", labelKey: "coachProfile", permission: "manage:coach-profile:own" },
  { href: "/mentor/profile", labelKey: "mentorProfile", permission: "manage:mentor-profile:own" },
  { href: "/coach/availability", labelKey: "availability", permission: "manage:coach-profile:own" },
  { href: "/mentor/availability", labelKey: "availability", permission: "manage:mentor-profile:own" },
  { href: "/coach/supervision", labelKey: "supervision", permission: "record:supervision:own" },
  { href: "/workshops", labelKey: "workshops", permission: "attend:workshop" },
  { href: "/resources", labelKey: "resources", permission: "view:resources" },
  { href: "/groups", labelKey: "groups", permission: "view:coaching-group:own" },
  { href: "/hr/credentials", labelKey: "credentials", permission: "view:credential-queue" },
  { href: "/admin/programmes", labelKey: "programmes", permission: "manage:programme:any" },
  { href: "/admin/mentors", labelKey: "mentorReviews", permission: "review:mentor-profile:any" },
  // Programme admins read whole cohort dashboards; HR reviewers their credential-queue figures.
  { href: "/admin/cohorts", labelKey: "cohortDashboards", permission: "view:credential-queue-figures" },
  { href: "/admin/supervision", labelKey: "supervisionAttendance", permission: "view:supervision:any" },
  { href: "/admin/workshops", labelKey: "workshopsAdmin", permission: "manage:programme:any" },
  { href: "/admin/resources", labelKey: "resourcesAdmin", permission: "manage:resources:any" },
  { href: "/admin/people", labelKey: "people", permission: "manage:roles:any" },
  { href: "/admin/provisioning", labelKey: "provisioning", permission: "manage:roles:any" },
  { href: "/admin/reference", labelKey: "referenceData", permission: "manage:programme:any" },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => can(roles, item.permission));
}
