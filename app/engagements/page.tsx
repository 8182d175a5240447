import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { AvailabilityToggle, EndEngagementForm, RespondButtons, WithdrawButton } from "@/components/engagements/engagement-actions";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadEngagements, type EngagementDto, type PersonDto } from "@/lib/server/engagements/load-engagements";
import { loadEngagementProgress, type EngagementProgress } from "@/lib/server/sessions/load-engagement-progress";

const card = "rounded-lg bg-white p-5 shadow-sm";
const h2 = "text-xl font-semibold";
const link = "font-semibold text-brand-700 underline hover:text-brand-800";
const CHOICE_TONE: Record<string, string> = {
  pending: "bg-sky-100 text-sky-900",
  waiting: "bg-slate-100 text-slate-700",
  accepted: "bg-emerald-100 text-emerald-900",
  declined: "bg-red-100 text-red-900",
  lapsed: "bg-amber-100 text-amber-900",
  skipped: "bg-slate-100 text-slate-500",
};

export default async function EngagementsPage({ searchParams }: { searchParams: Promise<{ requested?: string }> }) {
  const user = await requirePermission("view:engagement:own", "/engagements");
  const { requested } = await searchParams;
  const [t, tp, format, locale] = await Promise.all([getTranslations("engagements"), getTranslations("engagementPage.list"), getFormatter(), getLocale()]);
  const view = await loadEngagements(db(), user);
  // Only the caller's own engagements (from loadEngagements) are looked up.
  const progress = await loadEngagementProgress(db(), [...view.active, ...view.past].map((e) => e.id));
  const planLink = (e: EngagementDto) => <PlanLink e={e} progress={progress.get(e.id)} label={tp("open")} name={name(e.other)} caption={(p) => tp("progress", p)} />;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone }) : "");
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: user.timeZone }) : "");
  const place = (p: PersonDto) =>
    [p.entity && (locale === "fr" ? p.entity.nameFr : p.entity.nameEn), p.dutyStation && (locale === "fr" ? p.dutyStation.nameFr : p.dutyStation.nameEn)]
      .filter(Boolean)
      .join(" · ");
  const name = (p: PersonDto) => p.name ?? p.email;
  const request = view.client?.request;

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {requested && request?.status === "open" && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900">
          ✓ {t("requestSent")}
        </p>
      )}

      {view.coach && (
        <section aria-labelledby="incoming" className={card}>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h2 id="incoming" className={h2}>
                {t("coach.title")}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{t("coach.places", { free: view.coach.freePlaces, capacity: view.coach.capacity })}</p>
            </div>
            <div className="max-w-sm rounded border border-slate-200 p-3" aria-labelledby="availability">
              <h3 id="availability" className="text-sm font-semibold">
                {t("availability.title")}
              </h3>
              {view.coach.status === "approved" ? (
                <>
                  <p className="mb-2 mt-1 text-sm text-slate-600">{t(`availability.${view.coach.availability}`)}</p>
                  <AvailabilityToggle availability={view.coach.availability} pendingCount={view.coach.incoming.length} />
                </>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{t("availability.notApproved")}</p>
              )}
            </div>
          </div>
          {view.coach.incoming.length === 0 ? (
            <p className="mt-4 text-slate-600">{t("coach.none")}</p>
          ) : (
            <ul className="mt-4 space-y-4">
              {view.coach.incoming.map((r) => (
                <li key={r.choiceId} className="rounded border border-slate-200 p-4" data-testid="incoming-request">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p>
                      <span className="text-lg font-semibold">{name(r.client)}</span>
                      {place(r.client) && <span className="ml-2 text-sm text-slate-600">{place(r.client)}</span>}
                    </p>
                    <span className="rounded-full bg-sky-100 px-2.5 py-0.5 text-xs font-semibold text-sky-900">{t("coach.addressed")}</span>
                  </div>
                  <p className="mt-1 text-sm text-slate-600">
                    {t("coach.asked", { date: when(r.askedAt) })} · <strong className="text-slate-800">{t("coach.due", { date: when(r.dueAt) })}</strong>
                  </p>
                  <p className="mt-3 text-sm font-medium text-slate-800">{t("coach.message")}</p>
                  <blockquote className="mt-1 whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-800">{r.message}</blockquote>
                  <div className="mt-4">
                    <RespondButtons choiceId={r.choiceId} clientName={name(r.client)} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {view.client && (
        <section aria-labelledby="my-request" className={card}>
          <h2 id="my-request" className={h2}>
            {t("client.title")}
          </h2>
          {!request ? (
            <div className="mt-2 text-slate-600">
              <p>{t("client.none")}</p>
              {!view.active.some((e) => e.role === "client") && (
                <p className="mt-3">
                  <Link href="/coaches" className={link}>
                    {t("client.ask")}
                  </Link>
                </p>
              )}
            </div>
          ) : (
            <div className="mt-2 space-y-4">
              <p className="text-sm text-slate-600">{t("client.sentOn", { date: when(request.createdAt) })}</p>
              {request.status === "exhausted" && (
                <div role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
                  <p className="font-medium text-amber-900">{t("client.exhausted")}</p>
                  <p className="mt-2">
                    <Link href="/coaches" className={link}>
                      {t("client.exhaustedLink")}
                    </Link>
                  </p>
                </div>
              )}
              <ol className="space-y-2">
                {request.choices.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 px-3 py-2">
                    <span className="text-sm font-semibold text-slate-500">{t("client.rank", { rank: c.rank })}</span>
                    <span className="font-medium">{c.coachName}</span>
                    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${CHOICE_TONE[c.status] ?? ""}`}>
                      {t(`client.choice.${c.status as "pending"}`, { date: when(c.dueAt) })}
                    </span>
                    {c.declineReason && <span className="w-full text-sm text-slate-600">{t("client.reason", { reason: c.declineReason })}</span>}
                  </li>
                ))}
              </ol>
              <details className="text-sm">
                <summary className="cursor-pointer font-medium text-slate-700">{t("client.yourMessage")}</summary>
                <p className="mt-2 whitespace-pre-line text-slate-700">{request.message}</p>
              </details>
              {request.status === "open" && <WithdrawButton requestId={request.id} />}
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="active" className={card}>
        <h2 id="active" className={h2}>
          {t("active.title")}
        </h2>
        {view.active.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("active.none")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {view.active.map((e) => (
              <EngagementItem key={e.id} e={e} label={t(e.role === "client" ? "active.yourCoach" : "active.yourClient")} name={name(e.other)} place={place(e.other)} started={t("active.started", { date: day(e.startedAt) })}>
                {planLink(e)}
                <EndEngagementForm engagementId={e.id} otherName={name(e.other)} />
              </EngagementItem>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="past" className={card}>
        <h2 id="past" className={h2}>
          {t("past.title")}
        </h2>
        {view.past.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("past.none")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {view.past.map((e) => (
              <EngagementItem key={e.id} e={e} label={t(e.role === "client" ? "active.yourCoach" : "active.yourClient")} name={name(e.other)} place={place(e.other)} started={t("active.started", { date: day(e.startedAt) })}>
                {planLink(e)}
                <p className="text-sm text-slate-700">
                  {t(e.status === "completed" ? "past.completed" : "past.ended", { date: day(e.endedAt ?? progress.get(e.id)?.completedAt ?? null) })}
                  {e.status === "ended" && <> {e.endedByMe ? t("past.byYou") : t("past.byOther", { name: name(e.other) })}</>}
                </p>
                {e.endReason && <p className="mt-1 whitespace-pre-line text-sm text-slate-600">{e.endReason}</p>}
              </EngagementItem>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function EngagementItem({ e, label, name, place, started, children }: { e: EngagementDto; label: string; name: string; place: string; started: string; children: React.ReactNode }) {
  return (
    <li className="rounded border border-slate-200 p-4" data-testid={`engagement-${e.status}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">{label}</p>
      <p className="text-lg font-semibold">{name}</p>
      {place && <p className="text-sm text-slate-600">{place}</p>}
      <p className="mt-1 text-sm text-slate-600">{started}</p>
      <div className="mt-2">{children}</div>
    </li>
  );
}

/** The engagement's progress and the way to its session plan. */
function PlanLink({ e, progress, label, name, caption }: { e: EngagementDto; progress?: EngagementProgress; label: string; name: string; caption: (p: { completed: number; total: number }) => string }) {
  const p = progress ?? { completed: 0, total: 0 };
  const pct = p.total > 0 ? Math.round((p.completed / p.total) * 100) : 0;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={`/engagements/${e.id}`} className={link} aria-label={`${label} — ${name}`}>
        {label}
      </Link>
      {p.total > 0 && (
        <div className="flex min-w-48 flex-1 items-center gap-2">
          <div role="progressbar" aria-label={caption(p)} aria-valuemin={0} aria-valuemax={p.total} aria-valuenow={p.completed} className="h-2 w-32 overflow-hidden rounded-full bg-slate-200">
            <div className={`h-full rounded-full ${pct >= 100 ? "bg-emerald-600" : "bg-brand-600"}`} style={{ width: `${pct}%` }} />
          </div>
          <span className="text-sm tabular-nums text-slate-600">{caption(p)}</span>
        </div>
      )}
    </div>
  );
}
