// Who may do what. One pure module: pages, actions and route handlers ask `can()`.
export const ROLES = ["client", "coach", "mentor", "mentee", "hr_reviewer", "programme_admin", "sponsor"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "view:home",
  "view:programme-catalogue",
  "enrol:cohort:self",
  "request:coach",
  "request:mentor",
  /** Ask a colleague who opted in for a networking conversation (every staff member). */
  "request:networking",
  "manage:coach-profile:own",
  "manage:mentor-profile:own",
  /** Opt in to networking conversations and answer requests for them (every staff member). */
  "manage:networking-profile:own",
  /** Approve or refuse mentor profiles where a programme requires it (programme admins). */
  "review:mentor-profile:any",
  "view:engagement:own",
  "review:credential:any",
  "read:credential:any",
  "view:credential-queue",
  "manage:programme:any",
  "manage:roles:any",
  "view:cohort-dashboard:any",
  /** The credential queue's figures on a cohort dashboard (HR reviewers see only these). */
  "view:credential-queue-figures",
  "sponsor:mission:own",
  /** Ask for a tripartite coaching mission for a member of one's team (sponsors). */
  "request:mission",
  /** The missions one takes part in (as coachee, coach, sponsor or HR participant). */
  "view:mission:own",
  /** Ask a sponsor (one's manager or HR) to sponsor tripartite coaching for oneself (staff who may be coached). */
  "ask:mission-sponsor",
  /** A coach records their monthly supervision sessions. */
  "record:supervision:own",
  /** Every coach's supervision attendance (programme admins). */
  "view:supervision:any",
  /** Name supervisors, schedule group supervision sessions and record any session's attendance (programme admins). */
  "manage:supervision:any",
  /** Register for the workshops (development activities) published for one's role. */
  "attend:workshop",
  /** Group coaching: a coach's own groups, a client's groups of their cohort (lib/domain/group-coaching.ts). */
  "view:coaching-group:own",
  /** The resource library of the programmes one takes part in (lib/domain/resources.ts). */
  "view:resources",
  /** Publish, change and unpublish resources of any programme (programme admins). */
  "manage:resources:any",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: Permission[] = [
  "view:home",
  "view:programme-catalogue",
  "request:networking",
  "manage:networking-profile:own",
  "view:engagement:own",
];

const grants: Record<Role, Permission[]> = {
  client: [
    "enrol:cohort:self",
    "request:coach",
    "view:engagement:own",
    "view:mission:own",
    "ask:mission-sponsor",
    "attend:workshop",
    "view:coaching-group:own",
    "view:resources",
  ],
  coach: [
    "manage:coach-profile:own",
    "view:engagement:own",
    "view:mission:own",
    "record:supervision:own",
    "attend:workshop",
    "view:coaching-group:own",
    "view:resources",
  ],
  mentor: ["manage:mentor-profile:own", "view:engagement:own", "attend:workshop", "view:resources"],
  mentee: ["enrol:cohort:self", "request:mentor", "view:engagement:own", "attend:workshop", "view:resources"],
  hr_reviewer: [
    "review:credential:any",
    "read:credential:any",
    "view:credential-queue",
    "view:credential-queue-figures",
    "view:mission:own",
  ],
  programme_admin: [
    "manage:programme:any",
    "manage:roles:any",
    "review:mentor-profile:any",
    "view:cohort-dashboard:any",
    "view:supervision:any",
    "manage:supervision:any",
    "view:credential-queue",
    "view:credential-queue-figures",
    "read:credential:any",
    "manage:resources:any",
  ],
  sponsor: ["sponsor:mission:own", "request:mission", "view:mission:own"],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set<Permission>([...everyone, ...roles.flatMap((r) => grants[r])]);
}

/** Whether a signed-in person holding `roles` may do `permission`. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A coach's credential documents and review history: the coach, HR reviewers and programme admins only. */
export function canReadCredentials(viewer: { id: string; roles: readonly Role[] }, coachUserId: string): boolean {
  return viewer.id === coachUserId || can(viewer.roles, "read:credential:any");
}

/** Who acts: the signed-in person's id and roles, as every verb receives them (and checks them again). */
export type Actor = { id: string; roles: readonly Role[] };
