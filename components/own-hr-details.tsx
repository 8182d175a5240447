import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { loadOwnHrDetails } from "@/lib/server/auth/load-own-hr-details";
import { Alert } from "./ui/alert";
import { Card } from "./ui/card";

/**
 * The person's HR details on their home page (from single sign-on, an HR import or an admin). A
 * person without a type of appointment (e.g. registered with a sign-in link) is told that their
 * eligibility waits for HR data or the programme team.
 */
export async function OwnHrDetails({ userId }: { userId: string }) {
  const [locale, t, ta, details] = await Promise.all([
    getLocale(),
    getTranslations("signUp.home"),
    getTranslations("adminProgrammes.form.appointment"),
    loadOwnHrDetails(userId),
  ]);
  const rows = [
    { label: t("entity"), value: details.entity ? localized(details.entity, "name", locale) : null },
    { label: t("dutyStation"), value: details.dutyStation ? localized(details.dutyStation, "name", locale) : null },
    { label: t("appointmentType"), value: details.appointmentType ? ta(details.appointmentType) : null },
  ];
  return (
    <Card heading={t("title")} headingId="own-hr-details" data-testid="own-hr-details">
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium text-slate-700">{row.label}</dt>
            <dd className={row.value ? "text-slate-900" : "text-slate-600 italic"}>{row.value ?? t("unknown")}</dd>
          </div>
        ))}
      </dl>
      {!details.appointmentType && (
        <Alert tone="info" size="md" className="mt-4">
          {t("pending")}
        </Alert>
      )}
    </Card>
  );
}
