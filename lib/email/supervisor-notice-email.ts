// The courtesy e-mail a coach or mentor sends their supervisor from their profile page (seed 000:
// approval is not needed, informing is recommended, for both roles). Texts under
// "informSupervisor.email" in the catalogues; the figures come from the session plans, so the
// e-mail never promises another rhythm than the one the engagements follow.
import { createTranslator } from "next-intl";
import { CAPACITY_MAX, CAPACITY_MIN } from "../domain/coach-profile";
import { planFigures, SESSION_PLANS, type PlanFigures, type SessionPlanTemplate } from "../domain/session-plans";
import type { Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { messagesFor } from "../i18n/messages";
import { composeEmail } from "./compose";
import type { EmailMessage } from "./outbox";

export type SupervisorNoticeRole = "coach" | "mentor";

/** What one engagement asks of the coach or mentor: the plan's figures, the hours and the months. */
export type RoleTimeFigures = PlanFigures & {
  /** Every session of the plan, added up (optional ones left out), in hours. */
  hours: number;
  /** From the start to the last session, in whole months (about). */
  months: number;
};

const DAYS_PER: Record<PlanFigures["unit"], number> = { month: 30, week: 7, day: 1 };

export function roleTimeFigures(plan: SessionPlanTemplate): RoleTimeFigures {
  const figures = planFigures(plan);
  const minutes = plan.steps.filter((s) => !s.optional).reduce((sum, s) => sum + s.durationMinutes, 0);
  const days = plan.firstWithinDays + figures.sessions * figures.every * DAYS_PER[figures.unit];
  return { ...figures, hours: minutes / 60, months: Math.max(1, Math.round(days / 30)) };
}

type Named = { nameEn: string; nameFr: string };

/**
 * To the supervisor a coach or mentor names: who they are, what the role is, the time it takes,
 * and that no approval is needed. In the supervisor's language (the caller chooses it: theirs when
 * they are a known person, else the sender's); greets them by name when known.
 */
export function supervisorNoticeEmail(
  supervisor: { to: string; name: string | null; locale: Locale },
  {
    person,
    role,
    capacity,
    programme,
  }: {
    person: { name: string | null; email: string };
    role: SupervisorNoticeRole;
    /** How many clients or mentees at a time the person offered. */
    capacity: number;
    /** The mentoring programme of a mentor's profile; coaches serve every coaching programme. */
    programme: Named | null;
  },
): EmailMessage {
  const locale = supervisor.locale;
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "informSupervisor.email" });
  const values = {
    name: person.name || person.email,
    person: person.name ? `${person.name} (${person.email})` : person.email,
    programme: programme ? localized(programme, "name", locale) : "",
    capacity,
  };
  const blocks =
    role === "coach"
      ? [
          t("coach.intro", values),
          t("coach.role", { ...values, min: CAPACITY_MIN, max: CAPACITY_MAX }),
          t("coach.time", roleTimeFigures(SESSION_PLANS.coaching)),
          t("coach.supervision"),
        ]
      : [
          t(programme ? "mentor.introProgramme" : "mentor.intro", values),
          t("mentor.role", values),
          t("mentor.time", roleTimeFigures(SESSION_PLANS.mentoring)),
        ];
  return composeEmail({
    kind: "supervisor-informed",
    to: supervisor.to,
    subject: t(role === "coach" ? "coach.subject" : "mentor.subject", values),
    greeting: supervisor.name ? t("greetingNamed", { name: supervisor.name }) : t("greeting"),
    blocks: [...blocks, t("noApproval"), t("contact")].map((text) => ({ text })),
    closing: t("signature"),
  });
}
