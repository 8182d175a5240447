// The part of the catalogue that the browser receives. A NextIntlClientProvider puts its messages
// into every page's HTML (about 150 KB for the whole catalogue, more in French); only client
// components ("use client", useTranslations) read them there. Server components translate on the
// server with the whole catalogue.
//
// Each page receives only what its client components translate with: the root layout's provider
// holds the shell's few messages (SHELL_MESSAGES: the language switch, the error page), and each
// top-level folder of app/ has a layout (components/segment-messages.tsx) whose provider holds the
// shell's and its pages' namespaces (SEGMENT_NAMESPACES). Providers are per folder, not per page,
// because a layout is kept while one moves between the pages under it: a folder's provider must
// cover all of them. A nested provider replaces its parent's messages.
//
// A client component that translates with the namespace "x.y" (useTranslations) needs "x.y", or
// "x", in CLIENT_NAMESPACES and in SEGMENT_NAMESPACES of each folder whose pages import it in the
// browser (from a "use client" module); a component without that mark rendered by a server
// component translates on the server and needs nothing here (the directory's search field, say).
// tests/unit/client-messages.test.ts follows every page's imports, reads each useTranslations call
// it reaches in the browser, and fails (naming the entry) when one is not covered, or when a
// folder sends a namespace that none of its pages uses there.

import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** A dotted path to a part of the catalogue (not to one message). */
type CatalogueNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** Namespaces (dotted paths into the catalogue) that client components translate with. */
export const CLIENT_NAMESPACES = [
  "actionPlan",
  "adminMentors.decision",
  "adminPeople",
  "adminProgrammes.cohortForm",
  "adminProgrammes.form",
  "attestation",
  "availability",
  "calendarFeed.card",
  "booking",
  "checkIns",
  "coachProfile",
  "cohortStatus",
  "common",
  "continuation",
  "credentialRenewal",
  "engagements",
  "enrolment.join",
  "enrolment.offered",
  "enrolment.waitlisted",
  "enrolment.withdraw",
  "errors",
  "expertise",
  "feedback",
  "fitCheck",
  "groups",
  "hrCredentials",
  "language",
  "matchPreferences.form",
  "matchWeights",
  "meetingLink",
  "mentorProfile",
  "mentorRequests",
  "missions.closing",
  "missions.consent",
  "missions.contract",
  "missions.ending",
  "missions.followUp",
  "missions.framing",
  "missions.intermediate",
  "missions.indicators",
  "missions.midpoint",
  "missions.milestones",
  "missions.new",
  "missions.proposal",
  "missions.request",
  "missions.sponsorship",
  "missions.synthesis",
  "missions.terms",
  "networking.ask",
  "networking.own",
  "networking.second",
  "people.list",
  "people.person",
  "people.reference",
  "people.status",
  "peopleImport",
  "programmeTypes",
  "pulse",
  "requestQuestions",
  "requests",
  "resources.admin",
  "resources.form",
  "resources.kind",
  "resources.languageName",
  "roles",
  "sessions.actions",
  "sessions.checklist",
  "sessions.complete",
  "sessions.modes",
  "sessions.note",
  "sessions.propose",
  "signIn",
  "supervision",
  "supervisionGroups.attendance",
  "supervisionGroups.coach",
  "supervisionGroups.schedule",
  "supervisionGroups.session",
  "supervisionGroups.supervisors",
  "writtenIn",
  "workshops.admin",
  "workshops.audience",
  "workshops.form",
  "workshops.page",
] as const satisfies readonly CatalogueNamespace[];

/**
 * What any page may need in the browser: the header's language switch, and app/error.tsx, which can
 * take the place of any page (a few messages of `errors` and of `common`, not all of them).
 */
export const SHELL_MESSAGES = [
  "common.backHome",
  "language",
  "errors.pageErrorLead",
  "errors.pageErrorTitle",
  "errors.retry",
  "errors.serviceUnavailableCode",
  "errors.serviceUnavailableLead",
  "errors.serviceUnavailableTitle",
] as const;

/** The top-level folders of app/ with pages ("" for the home page), and the namespaces their pages' client components translate with. */
export const SEGMENT_NAMESPACES = {
  "": [],
  about: [],
  accessibility: [],
  account: ["calendarFeed.card", "errors"],
  admin: [
    "adminMentors.decision",
    "adminPeople",
    "adminProgrammes.cohortForm",
    "adminProgrammes.form",
    "coachProfile.about.genders",
    "cohortStatus",
    "errors",
    "matchWeights",
    "people.list",
    "people.person",
    "people.reference",
    "people.status",
    "peopleImport",
    "programmeTypes",
    "resources.admin",
    "resources.form",
    "resources.kind",
    "resources.languageName",
    "roles",
    "supervisionGroups.schedule",
    "supervisionGroups.supervisors",
    "workshops.admin",
    "workshops.audience",
    "workshops.form",
  ],
  coach: [
    "availability",
    "coachProfile",
    "credentialRenewal",
    "errors",
    "expertise",
    "supervision",
    "supervisionGroups.coach",
  ],
  coaches: [],
  dev: [],
  engagements: [
    "actionPlan",
    "booking",
    "continuation",
    "engagements",
    "errors",
    "feedback",
    "fitCheck",
    "meetingLink",
    "networking.second",
    "pulse",
    "requestQuestions",
    "sessions.actions",
    "sessions.checklist",
    "sessions.complete",
    "sessions.modes",
    "sessions.note",
    "sessions.propose",
  ],
  groups: ["errors", "feedback", "groups"],
  hr: ["credentialRenewal", "errors", "hrCredentials"],
  mentor: ["availability", "errors", "expertise", "mentorProfile"],
  mentors: [],
  missions: [
    "checkIns",
    "errors",
    "missions.closing",
    "missions.consent",
    "missions.contract",
    "missions.ending",
    "missions.followUp",
    "missions.framing",
    "missions.indicators",
    "missions.intermediate",
    "missions.midpoint",
    "missions.milestones",
    "missions.new",
    "missions.proposal",
    "missions.request",
    "missions.sponsorship",
    "missions.synthesis",
    "missions.terms",
    "writtenIn",
  ],
  networking: ["errors", "networking.ask", "networking.own"],
  programmes: [
    "enrolment.join",
    "enrolment.offered",
    "enrolment.waitlisted",
    "enrolment.withdraw",
    "errors",
    "matchPreferences.form",
  ],
  requests: ["errors", "mentorRequests", "requests"],
  signin: ["common", "errors", "signIn"],
  supervision: ["errors", "supervisionGroups.attendance", "supervisionGroups.session"],
  resources: [],
  workshops: ["errors", "workshops.page"],
} as const satisfies Record<string, readonly CatalogueNamespace[]>;

export type Segment = keyof typeof SEGMENT_NAMESPACES;

type Tree = { [key: string]: unknown };

/** The messages under each of `paths` (dotted), in a tree of the same shape; missing paths are left out. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const p of paths) {
    const keys = p.split(".");
    let from: unknown = messages;
    for (const k of keys) from = from && typeof from === "object" ? (from as Tree)[k] : undefined;
    if (from === undefined) continue;
    let to = picked;
    for (const k of keys.slice(0, -1)) {
      if (typeof to[k] !== "object" || to[k] === null) to[k] = {};
      to = to[k] as Tree;
    }
    to[keys.at(-1)!] = from;
  }
  return picked;
}

/** Every namespace a client component of the app translates with. */
export function clientMessages(messages: Tree): Tree {
  return pickMessages(messages, CLIENT_NAMESPACES);
}

/** Picked once per catalogue and folder, then the same for every request. */
const picked = new WeakMap<Tree, Map<Segment, Tree>>();

/** The messages the pages of one folder of app/ need in the browser: the shell's and the folder's. */
export function segmentMessages(messages: Tree, segment: Segment): Tree {
  let bySegment = picked.get(messages);
  if (!bySegment) picked.set(messages, (bySegment = new Map()));
  let found = bySegment.get(segment);
  if (!found) {
    found = pickMessages(messages, [...SHELL_MESSAGES, ...SEGMENT_NAMESPACES[segment]]);
    bySegment.set(segment, found);
  }
  return found;
}
