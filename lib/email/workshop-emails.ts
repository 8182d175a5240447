// E-mails about a person's place at a workshop, in the recipient's language (texts under
// "workshops.email" in the catalogues): a seat (with the calendar event), a place on the waiting
// list, and a freed seat given to the first person waiting (with the calendar event).
import { createTranslator } from "next-intl";
import { WORKSHOP_ICS_CONTENT_TYPE, workshopInvitationIcs } from "../calendar/workshop-invitation";
import { INTL_LOCALES, type Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type Recipient } from "./compose";
import type { EmailMessage } from "./outbox";

export type WorkshopFacts = {
  id: string;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  meetingUrl: string;
};

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "workshops.email" });
}

/** The start in `timeZone`, with the zone's short name ("Thursday 10 December 2026, 14:00 CET"). */
export function formatWorkshopTime(date: Date, locale: Locale, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  };
  try {
    return new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...options, timeZone: "UTC" }).format(date);
  }
}

function withInvitation(
  message: EmailMessage,
  person: Recipient,
  workshop: WorkshopFacts,
  registrationId: string,
  now: Date,
): EmailMessage {
  const ics = workshopInvitationIcs({
    workshopId: workshop.id,
    registrationId,
    startsAt: workshop.startsAt,
    durationMinutes: workshop.durationMinutes,
    timeZone: workshop.timeZone,
    summary: localized(workshop, "title", person.locale),
    description: localized(workshop, "description", person.locale),
    meetingUrl: workshop.meetingUrl,
    stamp: now,
  });
  return {
    ...message,
    attachments: [{ filename: "workshop.ics", contentType: WORKSHOP_ICS_CONTENT_TYPE, content: ics }],
  };
}

function times(person: Recipient, workshop: WorkshopFacts) {
  const own = person.timeZone ?? "UTC";
  return {
    title: localized(workshop, "title", person.locale),
    date: formatWorkshopTime(workshop.startsAt, person.locale, own),
    workshopDate: formatWorkshopTime(workshop.startsAt, person.locale, workshop.timeZone),
    minutes: workshop.durationMinutes,
  };
}

type SeatFacts = { workshop: WorkshopFacts; registrationId: string; url: string; now: Date };

/**
 * A seat, with the time in the person's zone and the workshop's, the link and the calendar event:
 * taken on registering, or given to the first person waiting when one freed up.
 */
function seatEmail(
  kind: "registered" | "promoted",
  person: Recipient,
  { workshop, registrationId, url, now }: SeatFacts,
): EmailMessage {
  const t = translator(person.locale);
  const v = times(person, workshop);
  const message = composeEmail({
    kind: `workshop-${kind}`,
    to: person.to,
    subject: t(`${kind}.subject`, { title: v.title }),
    greeting: person.name ? t("greetingNamed", { name: person.name }) : t("greeting"),
    blocks: [
      { text: t(`${kind}.intro`, { title: v.title }) },
      { text: t("when", v) },
      { link: workshop.meetingUrl, label: t("join") },
      { text: kind === "registered" ? t("registered.calendar") : t("promoted.cannotCome") },
      { link: url, label: t("open") },
    ],
    closing: t("signature"),
  });
  return withInvitation(message, person, workshop, registrationId, now);
}

/** To a person who took a seat. */
export function workshopRegisteredEmail(person: Recipient, facts: SeatFacts): EmailMessage {
  return seatEmail("registered", person, facts);
}

/** To a person placed on the waiting list: their place, and that a freed seat will be theirs in turn. */
export function workshopWaitlistedEmail(
  person: Recipient,
  { workshop, position, url }: { workshop: WorkshopFacts; position: number; url: string },
): EmailMessage {
  const t = translator(person.locale);
  const v = times(person, workshop);
  return composeEmail({
    kind: "workshop-waitlisted",
    to: person.to,
    subject: t("waitlisted.subject", { title: v.title }),
    greeting: person.name ? t("greetingNamed", { name: person.name }) : t("greeting"),
    blocks: [
      { text: t("waitlisted.intro", { title: v.title, position }) },
      { text: t("when", v) },
      { text: t("waitlisted.next") },
      { link: url, label: t("open") },
    ],
    closing: t("signature"),
  });
}

/** To the first person waiting: a seat freed up and is theirs now. */
export function workshopPromotedEmail(person: Recipient, facts: SeatFacts): EmailMessage {
  return seatEmail("promoted", person, facts);
}
