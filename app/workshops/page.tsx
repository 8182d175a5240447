import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { WorkshopPlace } from "@/components/workshops/workshop-place";
import { formatWorkshopTime } from "@/lib/email/workshop-emails";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadOwnWorkshops } from "@/lib/server/workshops/load-own-workshops";

export default async function WorkshopsPage() {
  const user = await requirePermission("attend:workshop", "/workshops");
  const [t, locale] = await Promise.all([getTranslations("workshops.page"), getLocale() as Promise<Locale>]);
  const workshops = await loadOwnWorkshops(db(), user);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead", { zone: user.timeZone })} />
      {workshops.length === 0 ? (
        <Card as="div">
          <p className="text-slate-600">{t("none")}</p>
        </Card>
      ) : (
        <ul className="space-y-4">
          {workshops.map((w) => {
            const title = localized(w, "title", locale);
            const headingId = `workshop-${w.id}`;
            return (
              <Card key={w.id} as="li" aria-labelledby={headingId}>
                <h2 id={headingId} className="text-xl font-semibold">
                  {title}
                </h2>
                <p className="mt-1 font-medium">
                  {formatWorkshopTime(w.startsAt, locale, user.timeZone)} ·{" "}
                  {t("length", { minutes: w.durationMinutes })}
                </p>
                {w.timeZone !== user.timeZone ? (
                  <p className="text-sm text-slate-600">
                    {t("workshopTime", { date: formatWorkshopTime(w.startsAt, locale, w.timeZone) })}
                  </p>
                ) : null}
                <p className="mt-3 whitespace-pre-line" lang={locale}>
                  {localized(w, "description", locale)}
                </p>
                <p className="mt-3 flex flex-wrap gap-2 text-sm">
                  <Badge tone={w.seatsLeft > 0 ? "success" : "warning"}>{t("seatsLeft", { count: w.seatsLeft })}</Badge>
                  {w.waitlisted > 0 ? <Badge>{t("waitingCount", { count: w.waitlisted })}</Badge> : null}
                </p>
                <div className="mt-4 space-y-3">
                  {w.status === "registered" ? (
                    <p className="font-semibold text-green-800">{t("registered")}</p>
                  ) : w.status === "waitlisted" && w.position ? (
                    <p className="font-semibold text-amber-800">{t("waitlisted", { position: w.position })}</p>
                  ) : null}
                  {w.meetingUrl ? (
                    <p>
                      <a href={w.meetingUrl} className={buttonClass("secondary")} target="_blank" rel="noreferrer">
                        {t("join")}
                      </a>
                    </p>
                  ) : null}
                  {w.open ? (
                    <WorkshopPlace workshopId={w.id} title={title} status={w.status} full={w.seatsLeft === 0} />
                  ) : (
                    <p className="text-slate-600">{t("closed")}</p>
                  )}
                </div>
              </Card>
            );
          })}
        </ul>
      )}
    </div>
  );
}
