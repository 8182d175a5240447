// One session of the plan on the engagement page: its place in the timeline, status (colour and
// words), time in the viewer's zone, how and where, what to do next, the viewer's own checklist,
// the suggested questions, private notes and, once held, the one-minute evaluation.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SessionEvaluationPanel } from "@/components/sessions/evaluation-panel";
import { Alert } from "@/components/ui/alert";
import { eyebrow } from "@/components/ui/styles";
import type { OwnFeedback } from "@/lib/server/feedback/load-own-feedback";
import type { SessionView } from "@/lib/server/sessions/load-engagement-page";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import { MARK_COMPLETED_FORM } from "./mark-completed-bar";
import { PrivateNote } from "./private-note";
import { SessionActions } from "./session-actions";
import { SessionChecklist, type ChecklistGroup } from "./session-checklist";
import { CalendarIcon, DownloadIcon, LockIcon } from "./icons";
import { STATUS_TONE, StatusBadge } from "./status-badge";

export type SessionCardProps = {
  engagementId: string;
  session: SessionView;
  title: string;
  objective: string | null;
  checklist: ChecklistGroup[];
  questions: string[];
  /** The questions' heading when it differs from "Suggested questions" (a mentee reads the mentor's). */
  questionsTitle?: string;
  viewerZone: string;
  other: { name: string; timeZone: string };
  active: boolean;
  mine: OwnFeedback | null;
  /** The previous session, held but not yet evaluated by the viewer. */
  evaluationMissing: { id: string; title: string } | null;
  last: boolean;
  now: Date;
  /** For the client: the slots offered to book this session, with the coach's zone (lib/domain/availability.ts). */
  booking?: { slots: string[]; coachZone: string; needsConfirmation: boolean } | null;
  /** The engagement's default online-meeting link (a video session may then give none of its own). */
  meetingUrl?: string | null;
  /** This session's part of the action plan: actions agreed in it and those carried over (components/goals). */
  actionPlan?: ReactNode;
  /** The published resources attached to this session's step (components/resources/resource-item.tsx). */
  resources?: ReactNode;
};

const zoneName = (zone: string) => zone.replace(/_/g, " ");

export async function SessionCard(p: SessionCardProps) {
  const { session: s } = p;
  const [t, format] = await Promise.all([getTranslations("sessions"), getFormatter()]);
  const when = (d: Date, zone = p.viewerZone) =>
    `${format.dateTime(d, { dateStyle: "full", timeStyle: "short", timeZone: zone })} (${zoneName(zone)})`;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "full", timeZone: p.viewerZone });
  const tone = STATUS_TONE[s.status];
  const headingId = `session-${s.id}-title`;
  const showTime =
    s.startsAt &&
    (s.status === "proposed" || s.status === "scheduled" || s.status === "missed" || s.status === "completed");
  const ticked = p.checklist.reduce((n, g) => n + g.items.filter((i) => i.ticked).length, 0);
  const items = p.checklist.reduce((n, g) => n + g.items.length, 0);

  // What the proposal form starts from: the current proposal, or the suggested day at 10:00, in the viewer's zone.
  const viewerLocal = (d: Date) => instantToLocalTime(d, p.viewerZone);
  const suggestedDay = viewerLocal(
    s.suggestedAt > p.now ? s.suggestedAt : new Date(p.now.getTime() + 86_400_000),
  ).slice(0, 10);
  const propose = {
    startsAtLocal:
      s.startsAt && s.startsAt > p.now && s.status !== "cancelled" ? viewerLocal(s.startsAt) : `${suggestedDay}T10:00`,
    minLocal: viewerLocal(p.now),
    timeZone: p.viewerZone,
    mode: s.mode ?? "video",
    location: s.location ?? "",
    defaultLink: p.meetingUrl ?? null,
  };

  return (
    <li id={`session-${s.id}`} className="relative scroll-mt-24 pl-12" data-testid="session" data-status={s.status}>
      {/* The timeline's rail and this session's dot. */}
      {!p.last && <span aria-hidden className="absolute left-[1.05rem] top-10 -bottom-4 w-0.5 bg-slate-200" />}
      <span
        aria-hidden
        className={`absolute left-0 top-3 flex h-9 w-9 items-center justify-center rounded-full border-2 text-sm font-bold ${tone.dot}`}
      >
        {s.status === "completed" ? "✓" : s.status === "missed" || s.status === "cancelled" ? "×" : s.position}
      </span>

      <article
        aria-labelledby={headingId}
        className={`rounded-lg border border-slate-200 border-l-4 bg-white p-4 shadow-sm ${tone.rail}`}
      >
        {p.evaluationMissing && (
          <Alert tone="warning" className="mb-3" data-testid="evaluation-missing">
            {t("evaluationMissing", { title: p.evaluationMissing.title })}{" "}
            <a href={`#session-${p.evaluationMissing.id}`} className="font-semibold underline">
              {t("evaluateNow")}
            </a>
          </Alert>
        )}
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <p className={eyebrow.muted}>{t("numbered", { position: s.position })}</p>
            <h3 id={headingId} className="text-lg font-semibold text-slate-900">
              {p.title}
            </h3>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {s.optional && (
              <span className="rounded-full bg-slate-50 px-2 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-inset ring-slate-200">
                {t("optional")}
              </span>
            )}
            <StatusBadge status={s.status} label={t(`status.${s.status}`)} />
          </div>
        </header>
        {p.objective && <p className="mt-1 text-sm text-slate-700">{p.objective}</p>}

        <div className="mt-3 space-y-1 text-sm">
          {showTime ? (
            <>
              <p className="font-medium text-slate-900">
                <span className="sr-only">{t("when")}: </span>
                <CalendarIcon className="mr-1 text-slate-500" />
                {when(s.startsAt!)} · {t("duration", { minutes: s.durationMinutes })}
              </p>
              {p.other.timeZone !== p.viewerZone && (
                <p className="text-slate-600">
                  {t("otherTime", { name: p.other.name, time: when(s.startsAt!, p.other.timeZone) })}
                </p>
              )}
              {s.mode && (
                <p className="text-slate-700">
                  {t(`modes.${s.mode}`)}
                  {s.location && s.location.trim() !== s.joinUrl && <> · {s.location}</>}
                  {/* Its own link, or the engagement's default one (lib/domain/meeting-link.ts). */}
                  {s.joinUrl && (
                    <>
                      {" · "}
                      <a
                        href={s.joinUrl}
                        className="font-medium text-brand-700 underline"
                        rel="noopener noreferrer"
                        target="_blank"
                      >
                        {t("joinLink")}
                      </a>
                    </>
                  )}
                </p>
              )}
            </>
          ) : (
            s.status !== "completed" && <p className="text-slate-700">{t("suggested", { date: day(s.suggestedAt) })}</p>
          )}
          {s.status === "proposed" && (
            <p className="text-slate-600">
              {s.proposedByMe ? t("proposedByYou", { name: p.other.name }) : t("proposedBy", { name: p.other.name })}
            </p>
          )}
          {s.previousAgreed && (
            <p className="rounded bg-sky-50 px-2 py-1 text-sky-900">
              {t("previousAgreed", { when: when(s.previousAgreed.startsAt) })}
            </p>
          )}
          {s.status === "completed" && s.completedAt && (
            <p className="text-emerald-800">{t("completedOn", { date: day(s.completedAt) })}</p>
          )}
          {s.status === "cancelled" && s.cancelledAt && (
            <p className="text-slate-600">{t("cancelledOn", { date: day(s.cancelledAt) })}</p>
          )}
          {s.status === "missed" && <p className="text-slate-600">{t("missedText")}</p>}
          {s.status === "scheduled" && s.started && <p className="font-medium text-slate-800">{t("heldQuestion")}</p>}
        </div>

        {p.active && (
          <div className="flex flex-wrap items-end justify-between gap-3">
            <SessionActions
              sessionId={s.id}
              title={p.title}
              status={s.status}
              proposedByMe={s.proposedByMe}
              started={s.started}
              liveInvitation={s.liveInvitation}
              otherName={p.other.name}
              propose={propose}
              booking={
                p.booking && {
                  ...p.booking,
                  viewerZone: p.viewerZone,
                  otherName: p.other.name,
                  mode: propose.mode,
                  location: propose.location,
                  defaultLink: p.meetingUrl ?? null,
                }
              }
              heldEarlier={{ engagementId: p.engagementId, timeZone: p.viewerZone, nowLocal: viewerLocal(p.now) }}
            />
            {s.status === "scheduled" && (
              <a
                href={`/engagements/${p.engagementId}/sessions/${s.id}/ics`}
                download
                className="mt-3 inline-flex items-center gap-1.5 rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
              >
                <DownloadIcon />
                {t("icsDownload")}
              </a>
            )}
          </div>
        )}

        {p.active && s.canComplete && (
          <label className="mt-3 flex w-fit cursor-pointer items-center gap-2 rounded border border-emerald-300 bg-emerald-50 px-3 py-1.5 text-sm font-medium text-emerald-900">
            <input
              type="checkbox"
              name="sessionIds"
              value={s.id}
              form={MARK_COMPLETED_FORM}
              className="h-4 w-4 accent-emerald-600"
              aria-label={`${t("select")} — ${p.title}`}
            />
            {t("select")}
          </label>
        )}

        {p.resources}

        {(items > 0 || p.questions.length > 0) && (
          <details className="group mt-4 rounded border border-slate-200">
            <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
              {items > 0 ? t("checklist.title", { ticked, total: items }) : t("questions.title")}
            </summary>
            <div className="grid gap-4 border-t border-slate-200 p-3 md:grid-cols-[3fr_2fr]">
              {items > 0 && <SessionChecklist sessionId={s.id} groups={p.checklist} readOnly={!p.active} />}
              {p.questions.length > 0 && (
                <div>
                  <h4 className="text-sm font-semibold text-slate-800">{p.questionsTitle ?? t("questions.title")}</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm italic text-slate-700">
                    {p.questions.map((q) => (
                      <li key={q}>{q}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </details>
        )}

        {p.actionPlan}

        <details className="mt-2 rounded border border-slate-200">
          <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
            <LockIcon className="mr-1 text-slate-500" />
            {t("note.summary")}
            {s.note && <span className="ml-2 font-normal text-slate-500">{t("note.written")}</span>}
          </summary>
          <div className="border-t border-slate-200 p-3">
            <PrivateNote sessionId={s.id} initial={s.note ?? ""} otherName={p.other.name} />
          </div>
        </details>

        {s.status === "completed" && (
          <div className="mt-3">
            <SessionEvaluationPanel engagementId={p.engagementId} sessionId={s.id} mine={p.mine} />
          </div>
        )}
      </article>
    </li>
  );
}
