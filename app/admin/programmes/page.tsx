import { PageHeader } from "@/components/page-header";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SEAT_HOLDING_STATUSES } from "@/lib/domain/enrolment";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listEndedEngagements } from "@/lib/server/engagements/list-ended-engagements";

export default async function AdminProgrammesPage() {
  const user = await requirePermission("manage:programme:any", "/admin/programmes");
  const [t, tt, ts, format, locale] = await Promise.all([
    getTranslations("adminProgrammes"),
    getTranslations("programmeTypes"),
    getTranslations("cohortStatus"),
    getFormatter(),
    getLocale(),
  ]);
  const programmes = await db().programme.findMany({
    orderBy: { createdAt: "asc" },
    include: { cohorts: { orderBy: { startsOn: "desc" }, include: { _count: { select: { enrolments: { where: { status: { in: [...SEAT_HOLDING_STATUSES] } } } } } } } },
  });
  const range = (a: Date, b: Date) => format.dateTimeRange(a, b, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {programmes.map((p) => (
        <section key={p.id} aria-labelledby={`p-${p.id}`} className="rounded-lg bg-white p-5 shadow-sm">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">{tt(p.type)}</p>
          <h2 id={`p-${p.id}`} className="text-xl font-semibold">{localized(p, "name", locale)}</h2>
          <p className="mt-1 text-sm text-slate-600">{localized(p, "description", locale)}</p>
          {p.cohorts.length === 0 ? (
            <p className="mt-3 text-sm text-slate-500">{t("noCohorts")}</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="border-b text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">{t("cohort")}</th>
                    <th scope="col" className="py-2 pr-4">{t("dates")}</th>
                    <th scope="col" className="py-2 pr-4">{t("enrolment")}</th>
                    <th scope="col" className="py-2 pr-4">{t("seats")}</th>
                    <th scope="col" className="py-2 pr-4">{t("enrolled")}</th>
                    <th scope="col" className="py-2">{t("status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.cohorts.map((c) => {
                    const used = Math.min(100, Math.round((c._count.enrolments / Math.max(1, c.seats)) * 100));
                    return (
                      <tr key={c.id} className="border-b last:border-0">
                        <th scope="row" className="py-2 pr-4 font-medium">{localized(c, "name", locale)}</th>
                        <td className="py-2 pr-4">{range(c.startsOn, c.endsOn)}</td>
                        <td className="py-2 pr-4">{range(c.enrolmentOpensOn, c.enrolmentClosesOn)}</td>
                        <td className="py-2 pr-4">{c.seats}</td>
                        <td className="py-2 pr-4">
                          <div className="flex items-center gap-2">
                            <span className="w-8 tabular-nums">{c._count.enrolments}</span>
                            <span className="h-2 w-24 overflow-hidden rounded bg-slate-200" aria-hidden>
                              <span className="block h-full bg-brand-600" style={{ width: `${used}%` }} />
                            </span>
                          </div>
                        </td>
                        <td className="py-2">{ts(c.status)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      <EndedEngagements user={user} />
    </div>
  );
}

/** Engagements ended early (who, when, why): read-only, for programme admins. */
async function EndedEngagements({ user }: { user: { roles: Parameters<typeof listEndedEngagements>[1]["roles"] } }) {
  const [t, format, locale] = await Promise.all([getTranslations("engagements.admin"), getFormatter(), getLocale()]);
  const rows = await listEndedEngagements(db(), user);
  return (
    <section aria-labelledby="ended-engagements" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="ended-engagements" className="text-xl font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("none")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4">{t("when")}</th>
                <th scope="col" className="py-2 pr-4">{t("client")}</th>
                <th scope="col" className="py-2 pr-4">{t("coach")}</th>
                <th scope="col" className="py-2 pr-4">{t("endedBy")}</th>
                <th scope="col" className="py-2 pr-4">{t("programme")}</th>
                <th scope="col" className="py-2">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b align-top last:border-0">
                  <td className="whitespace-nowrap py-2 pr-4">{e.endedAt ? format.dateTime(e.endedAt, { dateStyle: "medium" }) : ""}</td>
                  <td className="py-2 pr-4">{e.clientName}</td>
                  <td className="py-2 pr-4">{e.coachName}</td>
                  <td className="py-2 pr-4">{t(e.endedBy === "client" ? "byClient" : "byCoach")}</td>
                  <td className="py-2 pr-4">{localized(e.programme, "name", locale)}</td>
                  <td className="whitespace-pre-line py-2">{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
