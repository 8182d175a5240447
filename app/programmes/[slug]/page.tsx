import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/enrolment/join-form";
import { LeaveWaitlistButton, OfferAnswer, WithdrawButton } from "@/components/enrolment/place-actions";
import { PageHeader } from "@/components/page-header";
import { PreferencesLink } from "@/components/suggestions/preferences-link";
import { SeatMeter } from "@/components/seat-meter";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { eyebrow, link } from "@/components/ui/styles";
import { PROGRAMME_EMAIL } from "@/lib/domain/programme-contact";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadProgrammeEnrolment, type ProgrammeEnrolmentView } from "@/lib/server/enrolment/load-enrolment";

const mailLink = (chunks: React.ReactNode) => (
  <a href={`mailto:${PROGRAMME_EMAIL}`} className={link}>
    {chunks}
  </a>
);

export default async function ProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/programmes/${encodeURIComponent(slug)}`);
  const locale = await getLocale();
  const view = await loadProgrammeEnrolment(db(), user, slug, locale);
  if (!view) notFound();
  const [t, tt, ts, format] = await Promise.all([
    getTranslations("enrolment"),
    getTranslations("programmeTypes"),
    getTranslations("cohortStatus"),
    getFormatter(),
  ]);
  const { programme, cohort } = view;
  const range = (a: Date, b: Date) =>
    format.dateTimeRange(a, b, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <div className="space-y-6">
      <div>
        <p className={eyebrow.brand}>{tt(programme.type)}</p>
        <PageHeader title={programme.name} lead={programme.description} />
      </div>
      <div className="grid items-start gap-6 md:grid-cols-2">
        <Card aria-labelledby="cohort-title" data-testid="cohort">
          <p className={eyebrow.muted}>{t("cohortTitle")}</p>
          {cohort ? (
            <>
              <h2 id="cohort-title" className="mt-1 flex flex-wrap items-center gap-2 text-xl font-semibold">
                {cohort.name}
                <Badge tone="brand">{ts(cohort.status)}</Badge>
              </h2>
              <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-slate-600">{t("dates")}</dt>
                <dd className="text-slate-800">{range(cohort.startsOn, cohort.endsOn)}</dd>
                <dt className="text-slate-600">{t("enrolmentWindow")}</dt>
                <dd className="text-slate-800">{range(cohort.enrolmentOpensOn, cohort.enrolmentClosesOn)}</dd>
              </dl>
              <div className="mt-5">
                <SeatMeter
                  label={t("seats")}
                  used={cohort.held}
                  total={cohort.seats}
                  caption={t("seatsCaption", { held: cohort.held, seats: cohort.seats })}
                />
                <p className="mt-2 text-sm text-slate-600">{t("waitlistCount", { count: cohort.waitlisted })}</p>
              </div>
            </>
          ) : (
            <p id="cohort-title" className="mt-2 text-slate-700">
              {view.role ? t("noCohort") : t("notEnrollable")}
            </p>
          )}
        </Card>
        <Card aria-labelledby="place-title" data-testid="place" data-situation={view.situation.kind}>
          <p className={eyebrow.muted}>{t("yourPlace")}</p>
          <Situation view={view} timeZone={user.timeZone} />
        </Card>
      </div>
      <p>
        <Link href="/" className={link}>
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}

async function Situation({ view, timeZone }: { view: ProgrammeEnrolmentView; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("enrolment"), getFormatter()]);
  const { situation: s, cohort, programme } = view;
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const title = (text: string, tone = "text-slate-900") => (
    <h2 id="place-title" className={`mt-1 text-xl font-semibold ${tone}`}>
      {text}
    </h2>
  );
  const body = "mt-2 text-slate-700";
  switch (s.kind) {
    case "notEnrollable":
      return (
        <>
          {title(programme.name)}
          <p className={body}>{t("notEnrollable")}</p>
        </>
      );
    case "noCohort":
      return (
        <>
          {title(t("windowClosed.title"))}
          <p className={body}>{t("noCohort")}</p>
        </>
      );
    case "notEligible":
      return (
        <div data-testid="not-eligible">
          {title(t("notEligible.title"), "text-amber-900")}
          <p className={body}>{t(`notEligible.${s.reason}`)}</p>
          <p className={body}>
            {t.rich("notEligible.contact", {
              email: PROGRAMME_EMAIL,
              mail: mailLink,
            })}
          </p>
        </div>
      );
    case "roleMissing":
      return (
        <>
          {title(t("roleMissing.title"))}
          <p className={body}>
            {t.rich(`roleMissing.${s.role}`, {
              email: PROGRAMME_EMAIL,
              mail: mailLink,
            })}
          </p>
        </>
      );
    case "windowClosed":
      return (
        <>
          {title(t("windowClosed.title"))}
          <p className={body}>
            {t(`windowClosed.${s.reason}`, {
              date: day(s.reason === "enrolmentNotYetOpen" ? cohort!.enrolmentOpensOn : cohort!.enrolmentClosesOn),
            })}
          </p>
        </>
      );
    case "canJoin":
      return (
        <>
          {title(t("join.title"))}
          <p className={`${body} mb-4`}>
            {s.outcome === "enrolled"
              ? t("join.leadSeats", { seats: cohort!.seats - cohort!.held })
              : t("join.leadFull")}
          </p>
          <JoinForm
            cohortId={cohort!.id}
            kind={view.role === "mentee" ? "mentoring" : "coaching"}
            full={s.outcome === "waitlisted"}
          />
        </>
      );
    case "enrolled":
      return (
        <div data-testid="enrolled">
          {title(`✓ ${t("enrolled.title")}`, "text-emerald-800")}
          <p className={body}>{t("enrolled.lead", { cohort: cohort!.name, date: day(s.since) })}</p>
          <p className={`${body} mb-5`}>
            {view.role === "client" ? (
              <Link href="/coaches" className={link}>
                {t("enrolled.nextCoaching")}
              </Link>
            ) : (
              t("enrolled.nextMentoring")
            )}
          </p>
          <PreferencesLink slug={programme.slug} type={programme.type} role={view.role} />
          <WithdrawButton cohortId={cohort!.id} cohortName={cohort!.name} />
        </div>
      );
    case "waitlisted":
      return (
        <div data-testid="waitlisted">
          {title(t("waitlisted.title"))}
          <p className="mt-2 text-lg font-semibold text-brand-900" data-testid="waitlist-position">
            {t("waitlisted.position", { position: s.position })}
          </p>
          <p className={`${body} mb-5`}>{t("waitlisted.lead", { days: programme.seatOfferDays })}</p>
          <PreferencesLink slug={programme.slug} type={programme.type} role={view.role} />
          <LeaveWaitlistButton cohortId={cohort!.id} />
        </div>
      );
    case "offered":
      return (
        <div data-testid="offered">
          {title(t("offered.title"), "text-emerald-800")}
          <p className={`${body} mb-5`}>
            {t("offered.lead", {
              date: format.dateTime(s.expiresAt, { dateStyle: "full", timeStyle: "short", timeZone }),
            })}
          </p>
          <OfferAnswer cohortId={cohort!.id} />
        </div>
      );
  }
}
