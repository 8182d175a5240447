// The part of the catalogue that the browser receives. The root layout's NextIntlClientProvider
// puts its messages into every page's HTML (about 150 KB for the whole catalogue, more in French);
// only client components ("use client", useTranslations) read them there, and they read only
// these namespaces. Server components translate on the server with the whole catalogue.
//
// A client component that translates with the namespace "x.y" (useTranslations) needs "x.y", or
// "x", here: tests/unit/client-messages.test.ts reads every useTranslations call of the app and
// fails when one is not covered.

import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** A dotted path to a part of the catalogue (not to one message). */
type CatalogueNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** Namespaces (dotted paths into the catalogue) that client components translate with. */
export const CLIENT_NAMESPACES = [
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
  "groups",
  "hrCredentials",
  "language",
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
  "requests",
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

/** The messages the browser needs: CLIENT_NAMESPACES of the catalogue. */
export function clientMessages(messages: Tree): Tree {
  return pickMessages(messages, CLIENT_NAMESPACES);
}
