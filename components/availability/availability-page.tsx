// The availability page of a coach (/coach/availability) or a mentor (/mentor/availability): the
// weekly hours their clients or mentees book from, the days away, and the confirmation choice.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { dayIn, hhmmOf } from "@/lib/domain/availability";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import type { AvailabilityKind } from "@/lib/server/availability/availability-of";
import { loadOwnAvailability } from "@/lib/server/availability/load-own-availability";
import { db } from "@/lib/server/db";
import { DaysAwayForm } from "./days-away-form";
import { WeeklyHoursForm } from "./weekly-hours-form";

export async function AvailabilityPage({ user, kind }: { user: CurrentUser; kind: AvailabilityKind }) {
  const now = new Date();
  const [t, format, view] = await Promise.all([
    getTranslations("availability"),
    getFormatter(),
    loadOwnAvailability(db(), user, kind, now),
  ]);
  const profilePath = kind === "coach" ? "/coach/profile" : "/mentor/profile";
  if (!view)
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("title")} lead={t(`lead.${kind}`)} />
        <Alert tone="info">
          {t("noProfile")}{" "}
          <Link href={profilePath} className={link}>
            {t("toProfile")}
          </Link>
        </Alert>
      </div>
    );
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const rows = view.daysAway.map((a) => ({
    id: a.id,
    label:
      a.firstDay === a.lastDay ? day(a.firstDay) : t("away.range", { first: day(a.firstDay), last: day(a.lastDay) }),
    reason: a.reason,
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t(`lead.${kind}`)} />
      <Card heading={t("weekly.heading")} headingId="weekly-hours" lead={t("weekly.lead")}>
        <WeeklyHoursForm
          defaults={{
            kind,
            timeZone: view.timeZone,
            needsConfirmation: view.needsConfirmation,
            periods: view.periods.map((p) => ({
              weekday: p.weekday,
              start: hhmmOf(p.startMinute),
              end: hhmmOf(p.endMinute),
            })),
          }}
        />
      </Card>
      <Card
        heading={t("away.heading")}
        headingId="days-away"
        lead={t("away.lead", { zone: view.timeZone.replace(/_/g, " ") })}
      >
        <DaysAwayForm kind={kind} rows={rows} today={dayIn(now, view.timeZone).day} />
      </Card>
    </div>
  );
}
