import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import type { CredentialCurrency } from "@/lib/server/credentials/load-credential-currency";
import type { RenewalQueue } from "@/lib/server/credentials/list-renewal-queue";
import { DevelopmentSection } from "@/components/coach/credential-currency";
import { RenewalDecision } from "./renewal-decision";

/** On HR's review page: the credential's dates, a lapse, the renewal to decide, the development logged. */
export async function RenewalReview({ view, canReview }: { view: CredentialCurrency; canReview: boolean }) {
  const t = await getTranslations("credentialRenewal");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const renewal = view.pendingRenewal;
  return (
    <Card heading={t("hr.detailTitle")} headingId="credential-currency" data-testid="hr-credential-currency">
      <div className="mt-3 space-y-4">
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">{t("hr.credentialDate")}</dt>
          <dd>{view.credentialDate ? day(view.credentialDate) : t("noDate")}</dd>
          <dt className="font-medium text-slate-600">{t("hr.expiresOn")}</dt>
          <dd data-testid="hr-expires-on">
            {view.expiresOn ? day(view.expiresOn) : t("noExpiry")}{" "}
            {view.lapsedAt && <Badge tone="danger">{t("hr.lapsedBadge")}</Badge>}
          </dd>
        </dl>
        {renewal && (
          <section
            aria-labelledby="renewal-review-title"
            className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
          >
            <h3 id="renewal-review-title" className="font-semibold text-slate-900">
              {t("hr.renewalTitle")}
            </h3>
            <p className="text-sm">
              {t("hr.renewalDates", { date: day(renewal.credentialDate), expires: day(renewal.expiresOn) })}
            </p>
            <p className="text-sm">
              {t("hr.renewalDocument")}:{" "}
              <a href={`/api/files/credentials/${renewal.document.id}`} target="_blank" rel="noopener" className={link}>
                {renewal.document.fileName}
              </a>
            </p>
          </section>
        )}
        {canReview && <RenewalDecision renewalId={renewal?.id ?? null} />}
        <div className="border-t border-slate-100 pt-3">
          <h3 className="sr-only">{t("developmentTitle")}</h3>
          <DevelopmentSection view={view} editable={false} />
        </div>
      </div>
    </Card>
  );
}

/** On the queue: renewals awaiting review, and approved coaches whose credential expires soon or lapsed. */
export async function RenewalQueueCard({ queue }: { queue: RenewalQueue }) {
  const t = await getTranslations("credentialRenewal.hr");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card heading={t("queueTitle")} headingId="renewal-queue" data-testid="renewal-queue">
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="font-semibold text-slate-900">{t("renewalsTitle")}</h3>
          {queue.renewals.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{t("noRenewals")}</p>
          ) : (
            <ul className="mt-1 divide-y divide-slate-100">
              {queue.renewals.map((r) => (
                <li key={r.id} className="py-2 text-sm" data-testid="renewal-row">
                  <Link href={`/hr/credentials/${r.profileId}`} className={link}>
                    {r.name}
                  </Link>{" "}
                  <span className="text-slate-600">
                    · {t("sentOn", { date: format.dateTime(r.submittedAt, { dateStyle: "medium" }) })} ·{" "}
                    {t("newExpiry", { date: day(r.expiresOn) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="font-semibold text-slate-900">{t("expiringTitle")}</h3>
          {queue.expiring.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{t("noExpiring")}</p>
          ) : (
            <ul className="mt-1 divide-y divide-slate-100">
              {queue.expiring.map((p) => (
                <li key={p.profileId} className="py-2 text-sm" data-testid="expiring-row">
                  <Link href={`/hr/credentials/${p.profileId}`} className={link}>
                    {p.name}
                  </Link>{" "}
                  <span className={p.lapsed ? "font-semibold text-red-700" : "text-slate-600"}>
                    ·{" "}
                    {p.lapsed
                      ? t("lapsedOn", { date: day(p.expiresOn) })
                      : t("expiresOnDate", { date: day(p.expiresOn) })}
                  </span>
                  {p.renewalSent && <span className="text-slate-600"> · {t("renewalSent")}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Card>
  );
}
