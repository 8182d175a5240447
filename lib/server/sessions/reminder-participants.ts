import "server-only";
// What the reminder and the nudge jobs share: the two participants of a session's engagement as
// e-mail recipients, with whether each still owes the evaluation of the previous session.
import { previousEvaluationMissing } from "../../domain/feedback";
import type { Recipient } from "../../email/compose";
import type { Prisma } from "../../generated/prisma/client";
import { recipient } from "../recipients";

const person = {
  id: true,
  email: true,
  name: true,
  preferredLanguage: true,
  timeZone: true,
  disabledAt: true,
} as const;

export const sessionForReminder = {
  id: true,
  position: true,
  stepKey: true,
  status: true,
  startsAt: true,
  durationMinutes: true,
  location: true,
  mode: true,
  reminderSentAt: true,
  nudgedAt: true,
  engagement: {
    select: {
      id: true,
      meetingUrl: true,
      seeker: { select: person },
      profile: { select: { user: { select: person } } },
      sessions: {
        select: { id: true, position: true, status: true, stepKey: true, feedback: { select: { authorId: true } } },
      },
    },
  },
} satisfies Prisma.EngagementSessionSelect;
export type SessionForReminder = Prisma.EngagementSessionGetPayload<{ select: typeof sessionForReminder }>;

export type Participant = {
  recipient: Recipient;
  otherName: string | null;
  evaluationMissing: { position: number; stepKey: string } | null;
};

/** Both participants who can still receive e-mail (a disabled person gets none). */
export function participantsOf(s: SessionForReminder): Participant[] {
  const client = s.engagement.seeker;
  const coach = s.engagement.profile.user;
  return [
    { me: client, other: coach },
    { me: coach, other: client },
  ]
    .filter(({ me }) => !me.disabledAt)
    .map(({ me, other }) => {
      const evaluated = new Set(
        s.engagement.sessions.filter((x) => x.feedback.some((f) => f.authorId === me.id)).map((x) => x.id),
      );
      const missing = previousEvaluationMissing(s.engagement.sessions, s.position, evaluated);
      return {
        recipient: recipient(me),
        otherName: other.name,
        evaluationMissing: missing ? { position: missing.position, stepKey: missing.stepKey } : null,
      };
    });
}
