import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { link } from "@/components/ui/styles";
import { expiryState, totalHours } from "@/lib/domain/credential-expiry";
import type { CredentialCurrency } from "@/lib/server/credentials/load-credential-currency";
import { DevelopmentForm } from "./development-form";
import { RenewalForm } from "./renewal-form";

const ALERT_TONE = { unknown: "info", current: "success", expiringSoon: "warning", lapsed: "error" } as const;

/**
 * The coach's own view of their credential's currency: its expiry (or that none was given), a
 * warning before it expires or once it has lapsed, the renewal awaiting HR or last refused, and
 * the form to send one (approved coaches).
 */
export async function CredentialRenewalSection({ view, now }: { view: CredentialCurrency; now: Date }) {
  const t = await getTranslations("credentialRenewal");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const state = expiryState(view.expiresOn, now);
  const approved = view.status === "approved";
  const shown = view.lapsedAt && view.expiresOn ? ({ state: "lapsed" } as const) : state;
  const date = view.expiresOn ? day(view.expiresOn) : "";
  return (
    <div className="space-y-4" data-testid="credential-currency" data-state={shown.state}>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">{t("credentialDate")}</dt>
        <dd>{view.credentialDate ? day(view.credentialDate) : t("noDate")}</dd>
        <dt className="font-medium text-slate-700">{t("expiresOn")}</dt>
        <dd>{view.expiresOn ? day(view.expiresOn) : t("noExpiry")}</dd>
      </dl>
      {/* Once a renewal is with HR, "upload your renewal" no longer applies; a lapse is still said. */}
      {approved && !(view.pendingRenewal && shown.state === "expiringSoon") && (
        <Alert
          tone={ALERT_TONE[shown.state]}
          role={shown.state === "lapsed" || shown.state === "expiringSoon" ? "status" : undefined}
        >
          {shown.state === "expiringSoon"
            ? t("state.expiringSoon", { date, days: state.state === "expiringSoon" ? state.daysLeft : 0 })
            : shown.state === "unknown"
              ? t("state.unknown")
              : t(`state.${shown.state}`, { date })}
        </Alert>
      )}
      {view.pendingRenewal ? (
        <Alert tone="info" data-testid="renewal-pending">
          {t("pending", {
            date: day(view.pendingRenewal.credentialDate),
            expires: day(view.pendingRenewal.expiresOn),
            sent: format.dateTime(view.pendingRenewal.submittedAt, { dateStyle: "long" }),
          })}
        </Alert>
      ) : (
        <>
          {view.refusedRenewal?.reviewMessage && (
            <Alert tone="warning">
              <p className="font-semibold">{t("refused")}</p>
              <p className="mt-1 whitespace-pre-line">{view.refusedRenewal.reviewMessage}</p>
            </Alert>
          )}
          {approved ? <RenewalForm /> : <p className="text-sm text-slate-600">{t("notApprovedYet")}</p>}
        </>
      )}
    </div>
  );
}

/** The coach's continuing development: the total, the entries, and the form to log one. */
export async function DevelopmentSection({ view, editable }: { view: CredentialCurrency; editable: boolean }) {
  // The coach reads "Total: …"; HR, on the coach's file, "Continuing development: … logged".
  const t = await getTranslations("credentialRenewal");
  const format = await getFormatter();
  const { activities, totalMinutes } = view.development;
  return (
    <div className="space-y-4">
      <p className="text-base font-semibold text-slate-900" data-testid="development-total">
        {editable
          ? t("totalHours", { hours: totalHours([totalMinutes]) })
          : t("hr.developmentTotal", { hours: totalHours([totalMinutes]) })}
      </p>
      {activities.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noActivities")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("activitiesCaption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("columns.date")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("columns.title")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">
                {t("columns.hours")}
              </th>
              <th scope="col" className="py-2 font-medium">
                {t("columns.certificate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id} className="border-b border-slate-100 last:border-b-0" data-testid="development-activity">
                <td className="whitespace-nowrap py-2 pr-4">
                  {format.dateTime(a.date, { dateStyle: "medium", timeZone: "UTC" })}
                </td>
                <td className="py-2 pr-4">{a.title}</td>
                <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">
                  {t("hours", { hours: totalHours([a.minutes]) })}
                </td>
                <td className="py-2">
                  {a.document ? (
                    <a
                      href={`/api/files/credentials/${a.document.id}`}
                      target="_blank"
                      rel="noopener"
                      className={link}
                      aria-label={t("certificateLabel", { title: a.title })}
                    >
                      {t("certificateLink")}
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <DevelopmentForm />}
    </div>
  );
}
