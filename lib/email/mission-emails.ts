// E-mails about tripartite missions and check-ins, each in the recipient's language (texts under
// "missions.email" in the catalogues). They name the step and link to the mission; they never
// carry what the sponsor may not read (no check-in text, no coachee request, no synthesis).
import { createTranslator } from "next-intl";
import type { MilestoneKind } from "../domain/mission-lifecycle";
import { messagesFor } from "../i18n/messages";
import { composeEmail, type Recipient } from "./compose";
import type { MissionEmailEvent } from "./email-kinds";
import type { EmailMessage } from "./outbox";
import { formatWhen } from "./request-emails";

export type { MissionEmailEvent };

export type MissionEmailValues = {
  coachee: string | null;
  sponsor: string | null;
  coach: string | null;
  /** Who did what the e-mail is about. */
  actor?: string | null;
  milestone?: MilestoneKind;
  /** The milestone's or the follow-up's date, or a check-in's answer-by date. */
  when?: Date | null;
  version?: number;
};

/** One e-mail about a mission: a subject and a sentence for the event, and the link to the mission. */
export function missionEmail(r: Recipient, event: MissionEmailEvent, v: MissionEmailValues, url: string): EmailMessage {
  const t = createTranslator({ locale: r.locale, messages: messagesFor(r.locale), namespace: "missions" });
  const someone = t("email.someone");
  const values = {
    coachee: v.coachee ?? someone,
    sponsor: v.sponsor ?? someone,
    coach: v.coach ?? someone,
    actor: v.actor ?? someone,
    milestone: v.milestone ? t(`milestones.${v.milestone}`) : "",
    when: v.when ? formatWhen(v.when, r.locale, r.timeZone) : "",
    version: String(v.version ?? 1),
  };
  const greeting = r.name ? t("email.greetingNamed", { name: r.name }) : t("email.greeting");
  return composeEmail({
    kind: `mission-${event}`,
    to: r.to,
    subject: t(`email.events.${event}.subject`, values),
    greeting,
    blocks: [
      { text: t(`email.events.${event}.body`, values) },
      { link: url, label: t(event.startsWith("checkIn") ? "email.checkInButton" : "email.button") },
    ],
    closing: t("email.signature"),
  });
}
