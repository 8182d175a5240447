import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AgreementBanner } from "@/components/agreements/agreement-banner";
import { MeetingLinkForm } from "@/components/engagements/meeting-link-form";
import { SecondMeetingPanel } from "@/components/networking/second-meeting-panel";
import { ContinuationPanel } from "@/components/mentors/continuation-panel";
import { ClosingEvaluationPanel } from "@/components/sessions/closing-evaluation-panel";
import { FitCheckPanel } from "@/components/fit-check/fit-check-panel";
import { PulsePanel } from "@/components/pulse/pulse-panel";
import { MarkCompletedBar } from "@/components/sessions/mark-completed-bar";
import { SessionProgressBar } from "@/components/sessions/progress-bar";
import { SessionCard } from "@/components/sessions/session-card";
import { StepResources } from "@/components/resources/resource-item";
import { loadEngagementStepResources } from "@/lib/server/resources/load-resources";
import { GoalsSection } from "@/components/goals/goals-section";
import { SessionActionPlan } from "@/components/goals/session-action-plan";
import { todayIn } from "@/lib/domain/action-plan";
import { loadActionPlan } from "@/lib/server/goals/load-action-plan";
import type { ChecklistGroup } from "@/components/sessions/session-checklist";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { buttonClass, eyebrow, link } from "@/components/ui/styles";
import { missionPlanFigures, missionSuggestedAt } from "@/lib/domain/mission-terms";
import { COACHING_FIGURES, midpointStepKey, stepMessagePrefix, stepOf } from "@/lib/domain/session-plans";
import { messageOrNull } from "@/lib/i18n/keys";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadOwnFeedback } from "@/lib/server/feedback/load-own-feedback";
import { loadSecondMeeting } from "@/lib/server/networking/load-second-meeting";
import { loadBookingOffer } from "@/lib/server/availability/load-booking-offer";
import {
  loadEngagementPage,
  type EngagementPageView,
  type SessionView,
} from "@/lib/server/sessions/load-engagement-page";

export default async function EngagementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission("view:engagement:own", `/engagements/${id}`);
  let view: EngagementPageView;
  try {
    view = await loadEngagementPage(db(), viewer, id);
  } catch (error) {
    // Not one of the engagement's two people: the engagement does not exist for them.
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const now = new Date();
  const [t, ts, tm, all, format, locale, ownFeedback, mission] = await Promise.all([
    getTranslations("engagementPage"),
    getTranslations("sessions"),
    getTranslations("meetingLink"),
    getTranslations(),
    getFormatter(),
    getLocale(),
    loadOwnFeedback(db(), viewer.id, view.id),
    loadMissionTerms(view.id),
  ]);
  // A mission's sessions follow its contract, and its mid-point session the mission's mid-point review.
  if (mission) {
    view = {
      ...view,
      sessions: view.sessions.map((s) => ({ ...s, suggestedAt: missionSuggestedAt(s, mission.midpoint.at) })),
    };
  }
  // A networking conversation reads as a conversation, and asks whether a second meeting is useful.
  const networking = view.programme.type === "networking";
  const secondMeeting = await loadSecondMeeting(db(), viewer.id, view);
  const zone = viewer.timeZone;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: zone });
  const when = (d: Date) =>
    `${format.dateTime(d, { dateStyle: "full", timeStyle: "short", timeZone: zone })} (${zone.replace(/_/g, " ")})`;
  const otherName = view.other.name ?? view.other.email;
  const programme = localized(view.programme, "name", locale);
  const active = view.status === "active";
  // The client books their next session from the coach's weekly hours (lib/domain/availability.ts).
  const offer = active ? await loadBookingOffer(db(), viewer, view.id, now) : null;
  const nextBookable = offer ? view.sessions.find((s) => !s.blocked && s.id in offer.slots) : undefined;
  // Goals and the action plan: the loader leaves out every goal the viewer may not read (lib/domain/action-plan.ts).
  const actionPlan = await loadActionPlan(db(), viewer, view.id, now);
  // The published resources attached to each step of the plan (lib/domain/resources.ts).
  const stepResources = await loadEngagementStepResources(db(), viewer, view.id);
  const today = todayIn(zone, now);
  const latestRecordable = view.sessions.findLast((s) => actionPlan.sessions[s.id]?.canRecord)?.id;
  const owners = {
    client: view.role === "client" ? (view.me.name ?? view.me.email) : otherName,
    coach: view.role === "coach" ? (view.me.name ?? view.me.email) : otherName,
  };

  // Plan texts come from the catalogues (sessionPlans.<plan>.<step>.<field>); missing ones are left out.
  const planKey = (s: SessionView, field: string) => `${stepMessagePrefix(s.stepKey)}.${field}`;
  const text = (key: string) => messageOrNull(all, key);
  const titleOf = (s: SessionView) => text(planKey(s, "title")) ?? ts("numbered", { position: s.position });
  const checklistOf = (s: SessionView): ChecklistGroup[] =>
    s.checklist.map((g) => ({
      phase: g.phase,
      title: ts(`checklist.phases.${g.phase}`),
      items: g.items.map((i) => ({
        key: i.key,
        label: text(planKey(s, i.key)) ?? i.item,
        ticked: i.ticked,
      })),
    }));
  // A mentee reads the session's purpose and the mentor's questions from their own side.
  const menteeSide = (s: SessionView) => view.role === "client" && stepOf(s.stepKey)?.mentee !== undefined;
  const objectiveOf = (s: SessionView) =>
    (menteeSide(s) ? text(planKey(s, "mentee.objective")) : null) ?? text(planKey(s, "objective"));
  const questionsOf = (s: SessionView) =>
    s.questions.map((q) => text(planKey(s, `questions.${q}`))).filter((q): q is string => Boolean(q));

  // The plan's figures: a mission's from its contract, peer coaching's from its template.
  const midpointStep = midpointStepKey(view.sessions.map((s) => s.stepKey));
  const rhythm = mission
    ? t("plan.missionRhythm", missionPlanFigures(mission.terms))
    : view.programme.sessionPlan === "coaching"
      ? all("sessionPlans.coaching.rhythm", COACHING_FIGURES)
      : text(`sessionPlans.${view.programme.sessionPlan}.rhythm`);

  const next = view.sessions.find((s) => s.status !== "completed" && !(s.optional && view.status !== "active"));
  const nextStep = (() => {
    if (view.status === "completed") return networking ? all("networking.page.allDone") : t("next.allDone");
    if (view.status === "ended") return t("next.ended", { date: view.endedAt ? day(view.endedAt) : "" });
    if (!next) return t("next.allDone");
    if (secondMeeting?.open && secondMeeting.mine === null)
      return all("networking.page.nextDecide", { name: otherName });
    const title = titleOf(next);
    if (next.blocked) return t("next.continuation");
    switch (next.status) {
      case "proposed":
        return next.proposedByMe
          ? t("next.waitingAnswer", { title, name: otherName })
          : t("next.answer", { title, name: otherName });
      case "scheduled":
        return next.started
          ? t("next.markHeld", { title, when: when(next.startsAt!) })
          : t("next.upcoming", { title, when: when(next.startsAt!) });
      default:
        return t("next.propose", { title, date: day(next.suggestedAt) });
    }
  })();

  return (
    <div className="space-y-6">
      <nav>
        <BackLink href="/engagements">{t("back")}</BackLink>
      </nav>

      <Card as="header" className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className={eyebrow.brand}>{t(`otherRole.${roleKey(view.programme.type)}.${view.role}`)}</p>
          <h1 className="text-3xl font-bold">{otherName}</h1>
          <p className="mt-1 text-slate-600">
            {programme} · {t("started", { date: day(view.startedAt) })}
          </p>
          <p className="mt-1 text-sm text-slate-600">{t("yourZone", { zone: zone.replace(/_/g, " ") })}</p>
        </div>
        {view.status !== "active" && (
          <span
            className={`rounded-full px-3 py-1 text-sm font-semibold ${view.status === "completed" ? "bg-emerald-100 text-emerald-900" : "bg-slate-200 text-slate-800"}`}
          >
            {view.status === "completed"
              ? t("status.completed", { date: day(view.completedAt ?? view.endedAt ?? now) })
              : t("status.ended", { date: day(view.endedAt ?? now) })}
          </span>
        )}
      </Card>

      <AgreementBanner engagementId={view.id} viewer={viewer} />

      <Card heading={t("progress.title")} headingId="progress" headingHidden>
        <SessionProgressBar
          completed={view.progress.completed}
          total={view.progress.total}
          label={t("progress.title")}
          caption={
            networking
              ? all("networking.page.caption", { completed: view.progress.completed, total: view.progress.total })
              : t("progress.caption", { completed: view.progress.completed, total: view.progress.total })
          }
        />
        <div
          className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3"
          data-testid="next-step"
        >
          <p className="text-brand-900">
            <span className="font-semibold">{t("next.title")} </span>
            {nextStep}
          </p>
          {active && next && (
            <a href={`#session-${next.id}`} className={buttonClass("primary", "sm")}>
              {t("next.go")}
            </a>
          )}
        </div>
      </Card>

      <Card heading={tm("heading")} headingId="meeting-link" lead={tm("lead")}>
        {active ? (
          <MeetingLinkForm engagementId={view.id} meetingUrl={view.meetingUrl} />
        ) : view.meetingUrl ? (
          <p className="break-all text-slate-800">
            {tm("current")} {view.meetingUrl}
          </p>
        ) : (
          <p className="text-slate-600">{tm("none")}</p>
        )}
      </Card>

      {secondMeeting?.open && (
        <SecondMeetingPanel
          engagementId={view.id}
          otherName={otherName}
          mine={secondMeeting.mine}
          theirs={secondMeeting.theirs}
        />
      )}

      {view.continuation &&
        (view.continuation.open || view.continuation.outcome !== "pending") &&
        view.status !== "ended" && (
          <ContinuationPanel engagementId={view.id} view={view.continuation} active={active} otherName={otherName} />
        )}

      <FitCheckPanel engagementId={view.id} viewer={viewer} otherName={otherName} />

      <PulsePanel engagementId={view.id} viewer={viewer} otherName={otherName} />

      {view.status === "completed" && !networking && (
        <ClosingEvaluationPanel engagementId={view.id} viewerIsClient={view.role === "client"} />
      )}

      {!networking && <GoalsSection plan={actionPlan} otherName={otherName} owners={owners} today={today} />}

      <section aria-labelledby="plan">
        <div className="mb-4">
          <h2 id="plan" className="text-xl font-semibold">
            {networking ? all("networking.page.planTitle") : t("plan.title")}
          </h2>
          {rhythm && <p className="mt-1 text-slate-600">{rhythm}</p>}
          {mission && (
            <p className="mt-1 text-slate-600" data-testid="mission-midpoint">
              {mission.midpoint.held
                ? t("plan.midpoint.held", { date: day(mission.midpoint.at!) })
                : mission.midpoint.at
                  ? t("plan.midpoint.scheduled", { date: day(mission.midpoint.at) })
                  : t("plan.midpoint.unscheduled")}{" "}
              {!mission.midpoint.held &&
                mission.midpoint.at &&
                view.sessions.some((s) => s.stepKey === midpointStep && s.status === "planned") && (
                  <>{t("plan.midpoint.suggested")} </>
                )}
              <Link href={`/missions/${mission.id}`} className={link}>
                {t("plan.midpoint.link")}
              </Link>
            </p>
          )}
          {active && <p className="mt-1 text-sm text-slate-600">{t("plan.outside")}</p>}
        </div>
        {view.sessions.length === 0 ? (
          <p className="text-slate-600">{t("plan.none")}</p>
        ) : (
          <ol className="space-y-4">
            {view.sessions.map((s, i) => {
              const previous = view.sessions[i - 1];
              const evaluationMissing =
                previous && previous.status === "completed" && s.status !== "completed" && !ownFeedback.has(previous.id)
                  ? { id: previous.id, title: titleOf(previous) }
                  : null;
              return (
                <SessionCard
                  key={s.id}
                  engagementId={view.id}
                  session={s}
                  title={titleOf(s)}
                  objective={objectiveOf(s)}
                  questionsTitle={menteeSide(s) ? ts("questions.menteeTitle") : undefined}
                  checklist={checklistOf(s)}
                  questions={questionsOf(s)}
                  viewerZone={zone}
                  other={{ name: otherName, timeZone: view.other.timeZone }}
                  active={active && !s.blocked}
                  mine={ownFeedback.get(s.id) ?? null}
                  evaluationMissing={evaluationMissing}
                  last={i === view.sessions.length - 1}
                  now={now}
                  booking={
                    offer && s.id === nextBookable?.id
                      ? {
                          slots: offer.slots[s.id],
                          coachZone: offer.coachZone,
                          needsConfirmation: offer.needsConfirmation,
                        }
                      : null
                  }
                  meetingUrl={view.meetingUrl}
                  resources={
                    <StepResources
                      resources={stepResources[s.stepKey] ?? []}
                      locale={locale === "fr" ? "fr" : "en"}
                      sessionId={s.id}
                    />
                  }
                  actionPlan={
                    networking ? null : (
                      <SessionActionPlan
                        sessionId={s.id}
                        position={s.position}
                        plan={actionPlan.sessions[s.id]}
                        owners={owners}
                        active={active}
                        today={today}
                        formOpen={s.id === latestRecordable}
                      />
                    )
                  }
                />
              );
            })}
          </ol>
        )}
        {active && view.sessions.some((s) => s.canComplete) && <MarkCompletedBar engagementId={view.id} />}
      </section>
    </div>
  );
}

/**
 * The mission whose sessions the engagement carries, if any: its accepted contract's terms and its
 * mid-point review. The viewer is one of the engagement's two people, the mission's coach or coachee.
 */
async function loadMissionTerms(engagementId: string) {
  const row = await db().mission.findUnique({
    where: { engagementId },
    select: {
      id: true,
      contracts: {
        where: { status: "accepted" },
        orderBy: { version: "desc" },
        take: 1,
        select: { proposal: { select: { sessionCount: true, sessionMinutes: true, rhythmWeeks: true } } },
      },
      milestones: { where: { kind: "midpoint_review" }, select: { status: true, scheduledAt: true, heldAt: true } },
    },
  });
  const terms = row?.contracts[0]?.proposal;
  if (!row || !terms) return null;
  const review = row.milestones[0];
  const held = review?.status === "held" && review.heldAt !== null;
  return {
    id: row.id,
    terms,
    midpoint: { held, at: (held ? review?.heldAt : review?.scheduledAt) ?? null },
  };
}

/** Coaching programmes (with or without a sponsor) say coach and client; the others name their own roles. */
function roleKey(type: string): "coaching" | "mentoring" | "networking" {
  return type === "mentoring" ? "mentoring" : type === "networking" ? "networking" : "coaching";
}
