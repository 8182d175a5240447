import "server-only";
import type { Db } from "../../db/client";
import { continuationOpen, continuationPosition, continuationView, stepBlocked } from "../../domain/continuation";
import { effectiveMeetingLink } from "../../domain/meeting-link";
import type { Actor } from "../../domain/roles";
import { completable, hasLiveInvitation, sessionProgress, type SessionStatus } from "../../domain/session-lifecycle";
import { CHECKLIST_PHASES, checklistFor, stepOf, type ChecklistPhase } from "../../domain/session-plans";
import { ensureSessionPlan } from "./create-session-plan";
import { AGREED_TIME_ACTION, agreedTimeOf, loadParticipation, sessionSelect, type AgreedTime } from "./participation";

export type SessionMode = "in_person" | "video" | "phone";
export type PersonView = { name: string | null; email: string; timeZone: string };

export type SessionView = {
  id: string;
  position: number;
  stepKey: string;
  optional: boolean;
  status: SessionStatus;
  suggestedAt: Date;
  durationMinutes: number;
  startsAt: Date | null;
  timeZone: string | null;
  mode: SessionMode | null;
  location: string | null;
  /** The online-meeting link to join by (its own, or the engagement's default), for a video session. */
  joinUrl: string | null;
  proposedByMe: boolean;
  proposedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  /** While a new time is proposed for an agreed session: the time still in calendars. */
  previousAgreed: AgreedTime | null;
  /** Calendars hold an invitation for it (cancelling sends METHOD:CANCEL). */
  liveInvitation: boolean;
  /** The time has started (it can be marked completed or missed). */
  started: boolean;
  canComplete: boolean;
  /** The viewer's own checklist, per phase: item keys ("before.read-profile", a mentee's "mentee.before.…") and whether ticked. */
  checklist: { phase: ChecklistPhase; items: { key: string; item: string; ticked: boolean }[] }[];
  questions: string[];
  /** The viewer's own private note; never the other person's. */
  note: string | null;
  /** Waits for both answers after the mentoring review (no time can be proposed yet). */
  blocked: boolean;
};

/** After the mentoring review: the viewer's own answer, whether the other answered (their answer only once both did). */
export type ContinuationPanelView = {
  reviewPosition: number;
  open: boolean;
  outcome: "pending" | "continue" | "stop";
  mine: boolean | null;
  otherAnswered: boolean;
  other: boolean | null;
};

export type EngagementPageView = {
  id: string;
  status: "active" | "ended" | "completed";
  startedAt: Date;
  completedAt: Date | null;
  endedAt: Date | null;
  /** The engagement's default online-meeting link. */
  meetingUrl: string | null;
  programme: { type: string; nameEn: string; nameFr: string; sessionPlan: string };
  role: "coach" | "client";
  me: PersonView & { id: string };
  other: PersonView;
  sessions: SessionView[];
  progress: { completed: number; total: number };
  /** Null for plans without a continuation point (coaching, networking). */
  continuation: ContinuationPanelView | null;
};

/**
 * What /engagements/[id] shows one of the engagement's two people: the plan with each session's
 * state, their own checklist ticks and private notes (never the other person's). Anyone else gets
 * "sessionNotFound". An active engagement without a plan gets it now.
 */
export async function loadEngagementPage(
  prisma: Db,
  actor: Actor,
  engagementId: string,
  now: Date = new Date(),
): Promise<EngagementPageView> {
  const part = await loadParticipation(prisma, actor, engagementId);
  const { engagement } = part;
  const count = await prisma.engagementSession.count({ where: { engagementId } });
  if (count === 0 && engagement.status === "active") await ensureSessionPlan(prisma, engagementId);

  const [rows, notes, ticks, full, decisions] = await Promise.all([
    prisma.engagementSession.findMany({ where: { engagementId }, orderBy: { position: "asc" }, select: sessionSelect }),
    prisma.sessionNote.findMany({
      where: { authorId: actor.id, session: { engagementId } },
      select: { sessionId: true, body: true },
    }),
    prisma.sessionChecklistTick.findMany({
      where: { userId: actor.id, session: { engagementId } },
      select: { sessionId: true, itemKey: true },
    }),
    prisma.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      select: { completedAt: true, endedAt: true, meetingUrl: true },
    }),
    prisma.continuationDecision.findMany({ where: { engagementId }, select: { userId: true, wantsToContinue: true } }),
  ]);
  const participants = [engagement.seekerId, engagement.profile.userId] as [string, string];
  const reviewPosition = continuationPosition(rows);
  const said = continuationView(decisions, participants, actor.id);
  const pending = rows.filter((s) => s.status === "proposed" && hasLiveInvitation(s)).map((s) => s.id);
  const accepts = pending.length
    ? await prisma.auditLog.findMany({
        where: { targetType: "EngagementSession", targetId: { in: pending }, action: AGREED_TIME_ACTION },
        orderBy: { at: "desc" },
        select: { targetId: true, data: true },
      })
    : [];
  const previous = new Map<string, AgreedTime | null>();
  for (const a of accepts) if (!previous.has(a.targetId)) previous.set(a.targetId, agreedTimeOf(a.data));
  const noteOf = new Map(notes.map((n) => [n.sessionId, n.body]));
  const ticked = new Set(ticks.map((t) => `${t.sessionId} ${t.itemKey}`));

  const sessions: SessionView[] = rows.map((s) => {
    const step = stepOf(s.stepKey);
    return {
      id: s.id,
      position: s.position,
      stepKey: s.stepKey,
      optional: step?.optional === true,
      status: s.status,
      suggestedAt: s.suggestedAt,
      durationMinutes: s.durationMinutes,
      startsAt: s.startsAt,
      timeZone: s.timeZone,
      mode: s.mode,
      location: s.location,
      joinUrl: effectiveMeetingLink(full.meetingUrl, s),
      proposedByMe: s.proposedById === actor.id,
      proposedAt: s.proposedAt,
      completedAt: s.completedAt,
      cancelledAt: s.cancelledAt,
      previousAgreed: previous.get(s.id) ?? null,
      liveInvitation: hasLiveInvitation(s),
      started: s.startsAt !== null && s.startsAt.getTime() <= now.getTime(),
      canComplete:
        engagement.status === "active" && completable(s, now) && !stepBlocked(s.position, rows, said.outcome),
      // The viewer's own list: a mentee's own items in mentoring, the shared list otherwise.
      checklist: step
        ? CHECKLIST_PHASES.map((phase) => ({
            phase,
            items: checklistFor(step, part.role)
              .filter((i) => i.phase === phase)
              .map(({ key, item }) => ({ key, item, ticked: ticked.has(`${s.id} ${key}`) })),
          })).filter((p) => p.items.length > 0)
        : [],
      questions: step ? [...step.questions] : [],
      note: noteOf.get(s.id) ?? null,
      blocked: stepBlocked(s.position, rows, said.outcome),
    };
  });

  const person = (p: typeof part.me): PersonView => ({ name: p.name, email: p.email, timeZone: p.timeZone });
  return {
    id: engagement.id,
    status: engagement.status,
    startedAt: engagement.startedAt,
    completedAt: full.completedAt,
    endedAt: full.endedAt,
    meetingUrl: full.meetingUrl,
    programme: engagement.programme,
    role: part.role,
    me: { id: part.me.id, ...person(part.me) },
    other: person(part.other),
    sessions,
    progress: sessionProgress(sessions),
    continuation: reviewPosition === null ? null : { reviewPosition, open: continuationOpen(rows), ...said },
  };
}
