import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { card, eyebrow, link, listItem, type BadgeTone } from "@/components/ui/styles";
import { OwnText } from "@/components/ui/written-in";
import {
  AvailabilityToggle,
  EndEngagementForm,
  RespondButtons,
  WithdrawButton,
} from "@/components/engagements/engagement-actions";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadEngagements, type EngagementDto, type PersonDto } from "@/lib/server/engagements/load-engagements";
import { matchingRules, type ProfileKind } from "@/lib/domain/matching-rules";
import { loadEngagementProgress, type EngagementProgress } from "@/lib/server/sessions/load-engagement-progress";
import { EarlyEndingForm } from "@/components/engagements/early-ending-form";
import { EarlyEndingNotice } from "@/components/engagements/early-ending-notice";
import { AskQuestionForm } from "@/components/requests/ask-question-form";
import { QuestionThread } from "@/components/requests/question-thread";
import { ReplyQuestionForm } from "@/components/requests/reply-question-form";
import { questionsLeft, remainingParts } from "@/lib/domain/request-questions";
import { loadEarlyEndingNotices, loadEndingOptions } from "@/lib/server/engagements/load-early-endings";

const CHOICE_TONE: Record<string, BadgeTone> = {
  pending: "info",
  waiting: "neutral",
  accepted: "success",
  declined: "danger",
  lapsed: "warning",
  skipped: "neutral",
};

export default async function EngagementsPage({ searchParams }: { searchParams: Promise<{ requested?: string }> }) {
  const user = await requirePermission("view:engagement:own", "/engagements");
  const { requested } = await searchParams;
  const [t, tp, tq, format, locale] = await Promise.all([
    getTranslations("engagements"),
    getTranslations("engagementPage.list"),
    getTranslations("requestQuestions"),
    getFormatter(),
    getLocale(),
  ]);
  const view = await loadEngagements(db(), user);
  // Finishing what one starts: the coach's (mentor's) ending options, the client's notices.
  const [endingOptions, earlyEndings] = await Promise.all([
    loadEndingOptions(db(), user),
    loadEarlyEndingNotices(db(), user),
  ]);
  // Only the caller's own engagements (from loadEngagements) are looked up.
  const progress = await loadEngagementProgress(
    db(),
    [...view.active, ...view.past].map((e) => e.id),
  );
  const planLink = (e: EngagementDto) => (
    <PlanLink
      e={e}
      progress={progress.get(e.id)}
      label={tp("open")}
      name={name(e.other)}
      caption={(p) => tp("progress", p)}
    />
  );
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone }) : "";
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: user.timeZone }) : "");
  const place = (p: PersonDto) =>
    [
      p.entity && (locale === "fr" ? p.entity.nameFr : p.entity.nameEn),
      p.dutyStation && (locale === "fr" ? p.dutyStation.nameFr : p.dutyStation.nameEn),
    ]
      .filter(Boolean)
      .join(" · ");
  const name = (p: PersonDto) => p.name ?? p.email;
  const k = (
    kind: ProfileKind,
    key:
      | "providerTitle"
      | "addressed"
      | "availabilityOpen"
      | "availabilityPaused"
      | "notApproved"
      | "seekerTitle"
      | "ask"
      | "exhaustedLink"
      | "yourProvider"
      | "yourSeeker",
  ) => t(`kinds.${kind}.${key}`);
  const sideLabel = (e: EngagementDto) => k(e.kind, e.role === "client" ? "yourProvider" : "yourSeeker");
  const sent = requested ? view.seekers.some((s) => s.requests.some((r) => r.status === "open")) : false;

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {earlyEndings.map((n) => (
        <EarlyEndingNotice
          key={n.engagementId}
          notice={{ ...n, endedOn: day(n.endedAt), directoryPath: matchingRules(n.kind).directoryPath }}
        />
      ))}
      {sent && (
        <Alert tone="success" size="md">
          ✓ {t("requestSent")}
        </Alert>
      )}

      {view.providers.map((provider) => (
        <Card
          key={provider.kind}
          aria-labelledby={`incoming-${provider.kind}`}
          data-testid={`incoming-${provider.kind}`}
        >
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h2 id={`incoming-${provider.kind}`} className={card.heading[2]}>
                {k(provider.kind, "providerTitle")}
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {t("coach.places", { free: provider.freePlaces, capacity: provider.capacity })}
              </p>
            </div>
            <div
              className="max-w-sm rounded border border-slate-200 p-3"
              aria-labelledby={`availability-${provider.kind}`}
            >
              <h3 id={`availability-${provider.kind}`} className="text-sm font-semibold">
                {t("availability.title")}
              </h3>
              {provider.status === "approved" ? (
                <>
                  <p className="mb-2 mt-1 text-sm text-slate-600">
                    {k(provider.kind, provider.availability === "open" ? "availabilityOpen" : "availabilityPaused")}
                  </p>
                  <AvailabilityToggle
                    kind={provider.kind}
                    availability={provider.availability}
                    pendingCount={provider.incoming.length}
                  />
                </>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{k(provider.kind, "notApproved")}</p>
              )}
            </div>
          </div>
          {provider.incoming.length === 0 ? (
            <p className="mt-4 text-slate-600">{t("coach.none")}</p>
          ) : (
            <ul className="mt-4 space-y-4">
              {provider.incoming.map((r) => (
                <li key={r.choiceId} className={listItem} data-testid="incoming-request">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p>
                      <span className="text-lg font-semibold">{name(r.client)}</span>
                      {place(r.client) && <span className="ml-2 text-sm text-slate-600">{place(r.client)}</span>}
                    </p>
                    <Badge tone="info">{k(provider.kind, "addressed")}</Badge>
                  </div>
                  <p className="mt-1 text-sm text-slate-600">
                    {t("coach.asked", { date: when(r.askedAt) })}
                    {!r.pausedAt && (
                      <>
                        {" "}
                        · <strong className="text-slate-800">{t("coach.due", { date: when(r.dueAt) })}</strong>
                      </>
                    )}
                  </p>
                  <p className="mt-3 text-sm font-medium text-slate-800">{t("coach.message")}</p>
                  <OwnText
                    as="blockquote"
                    lang={r.language}
                    className="mt-1 whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-800"
                  >
                    {r.message}
                  </OwnText>
                  <QuestionThread questions={r.questions} when={when} />
                  {r.pausedAt ? (
                    <Alert tone="info" role="status" size="md" className="mt-3">
                      {tq("waitingForReply", { name: name(r.client), ...remainingParts(r.remainingSeconds) })}
                    </Alert>
                  ) : (
                    r.questions.length > 0 && (
                      <p className="mt-3 text-sm text-slate-700">{tq("replied", { name: name(r.client) })}</p>
                    )
                  )}
                  <div className="mt-4">
                    <RespondButtons choiceId={r.choiceId} clientName={name(r.client)} />
                    {!r.pausedAt && (
                      <AskQuestionForm
                        choiceId={r.choiceId}
                        clientName={name(r.client)}
                        left={questionsLeft(r.questions)}
                      />
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}

      {view.seekers.map((seeker) => (
        <Card key={seeker.kind} heading={k(seeker.kind, "seekerTitle")} headingId={`my-request-${seeker.kind}`}>
          {seeker.requests.length === 0 ? (
            <div className="mt-2 text-slate-600">
              <p>{t("client.none")}</p>
              {!view.active.some((e) => e.role === "client" && e.kind === seeker.kind) && (
                <p className="mt-3">
                  <Link href={matchingRules(seeker.kind).directoryPath} className={link}>
                    {k(seeker.kind, "ask")}
                  </Link>
                </p>
              )}
            </div>
          ) : (
            seeker.requests.map((request) => (
              <div key={request.id} className="mt-2 space-y-4" data-testid="my-request">
                <p className="text-sm text-slate-600">{t("client.sentOn", { date: when(request.createdAt) })}</p>
                {request.status === "exhausted" && (
                  <Alert tone="warning" role="status" size="md">
                    <p className="font-medium text-amber-900">{t("client.exhausted")}</p>
                    <p className="mt-2">
                      <Link href={matchingRules(seeker.kind).directoryPath} className={link}>
                        {k(seeker.kind, "exhaustedLink")}
                      </Link>
                    </p>
                  </Alert>
                )}
                <ol className="space-y-2">
                  {request.choices.map((c) => (
                    <li
                      key={c.id}
                      className="flex flex-wrap items-center gap-3 rounded border border-slate-200 px-3 py-2"
                    >
                      <span className="text-sm font-semibold text-slate-500">{t("client.rank", { rank: c.rank })}</span>
                      <span className="font-medium">{c.coachName}</span>
                      <Badge tone={c.status === "pending" && c.pausedAt ? "warning" : CHOICE_TONE[c.status]}>
                        {c.status === "pending" && c.pausedAt
                          ? tq("pausedBadge")
                          : t(`client.choice.${c.status as "pending"}`, { date: when(c.dueAt) })}
                      </Badge>
                      {c.declineReason && (
                        <span className="w-full text-sm text-slate-600">
                          {t("client.reason", { reason: c.declineReason })}
                        </span>
                      )}
                      <QuestionThread questions={c.questions} when={when} />
                      {request.status === "open" && c.status === "pending" && c.pausedAt && (
                        <ReplyQuestionForm choiceId={c.id} coachName={c.coachName ?? ""} />
                      )}
                    </li>
                  ))}
                </ol>
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-slate-700">{t("client.yourMessage")}</summary>
                  <OwnText lang={request.language} className="mt-2 whitespace-pre-line text-slate-700">
                    {request.message}
                  </OwnText>
                </details>
                {request.status === "open" && <WithdrawButton requestId={request.id} />}
              </div>
            ))
          )}
        </Card>
      ))}

      <Card heading={t("active.title")} headingId="active">
        {view.active.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("active.none")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {view.active.map((e) => (
              <EngagementItem
                key={e.id}
                e={e}
                label={sideLabel(e)}
                name={name(e.other)}
                place={place(e.other)}
                started={t("active.started", { date: day(e.startedAt) })}
              >
                {planLink(e)}
                {e.role === "coach" && endingOptions.get(e.id) ? (
                  <EarlyEndingForm engagementId={e.id} otherName={name(e.other)} {...endingOptions.get(e.id)!} />
                ) : (
                  <EndEngagementForm engagementId={e.id} otherName={name(e.other)} />
                )}
              </EngagementItem>
            ))}
          </ul>
        )}
      </Card>

      <Card heading={t("past.title")} headingId="past">
        {view.past.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("past.none")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {view.past.map((e) => (
              <EngagementItem
                key={e.id}
                e={e}
                label={sideLabel(e)}
                name={name(e.other)}
                place={place(e.other)}
                started={t("active.started", { date: day(e.startedAt) })}
              >
                {planLink(e)}
                <p className="text-sm text-slate-700">
                  {t(e.status === "completed" ? "past.completed" : "past.ended", {
                    date: day(e.endedAt ?? progress.get(e.id)?.completedAt ?? null),
                  })}
                  {e.status === "ended" && (
                    <> {e.endedByMe ? t("past.byYou") : t("past.byOther", { name: name(e.other) })}</>
                  )}
                </p>
                {e.endReason && <p className="mt-1 whitespace-pre-line text-sm text-slate-600">{e.endReason}</p>}
              </EngagementItem>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function EngagementItem({
  e,
  label,
  name,
  place,
  started,
  children,
}: {
  e: EngagementDto;
  label: string;
  name: string;
  place: string;
  started: string;
  children: React.ReactNode;
}) {
  return (
    <li className={listItem} data-testid={`engagement-${e.status}`}>
      <p className={eyebrow.brand}>{label}</p>
      <p className="text-lg font-semibold">{name}</p>
      {place && <p className="text-sm text-slate-600">{place}</p>}
      <p className="mt-1 text-sm text-slate-600">{started}</p>
      <div className="mt-2">{children}</div>
    </li>
  );
}

/** The engagement's progress and the way to its session plan. */
function PlanLink({
  e,
  progress,
  label,
  name,
  caption,
}: {
  e: EngagementDto;
  progress?: EngagementProgress;
  label: string;
  name: string;
  caption: (p: { completed: number; total: number }) => string;
}) {
  const p = progress ?? { completed: 0, total: 0 };
  const pct = p.total > 0 ? Math.round((p.completed / p.total) * 100) : 0;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={`/engagements/${e.id}`} className={link} aria-label={`${label} — ${name}`}>
        {label}
      </Link>
      {p.total > 0 && (
        <div className="flex min-w-48 flex-1 items-center gap-2">
          <div
            role="progressbar"
            aria-label={caption(p)}
            aria-valuemin={0}
            aria-valuemax={p.total}
            aria-valuenow={p.completed}
            className="h-2 w-32 overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className={`h-full rounded-full ${pct >= 100 ? "bg-emerald-600" : "bg-brand-600"}`}
              style={{ width: `${pct}%` }}
            />
          </div>
          <span className="text-sm tabular-nums text-slate-600">{caption(p)}</span>
        </div>
      )}
    </div>
  );
}
