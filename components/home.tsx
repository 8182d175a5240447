import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cohortTypesOfInterest, nextStepsFor } from "@/lib/domain/next-steps";
import { can } from "@/lib/domain/roles";
import { isLocale } from "@/lib/i18n/config";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { localized } from "@/lib/i18n/localized";
import { db } from "@/lib/server/db";
import { loadEvaluationsDue } from "@/lib/server/feedback/load-evaluations-due";
import { loadHomeFacts } from "@/lib/server/home/load-home-facts";
import { listOpenCohorts } from "@/lib/server/programmes/list-open-cohorts";
import { OwnHrDetails } from "./own-hr-details";
import { SeatMeter } from "./seat-meter";
import { Card } from "./ui/card";
import { link } from "./ui/styles";

export async function Home({ user }: { user: CurrentUser }) {
  const locale = await getLocale();
  const [t, tr, facts, evaluationsDue] = await Promise.all([
    getTranslations("home"),
    getTranslations("roles"),
    loadHomeFacts(user.id, user.roles, locale),
    // Evaluations the person owes (their own answers only), shown first in the matching role.
    can(user.roles, "view:engagement:own") ? loadEvaluationsDue(db(), user.id, isLocale(locale) ? locale : "en") : [],
  ]);
  const sections = nextStepsFor(user.roles, { ...facts, evaluationsDue });
  const cohorts = await listOpenCohorts(cohortTypesOfInterest(user.roles));
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{t("title", { name: user.name ?? user.email })}</h1>
        <p className="mt-1 text-slate-600">{sections.length ? t("lead") : t("noRoles")}</p>
        {sections.length > 0 && (
          <ul aria-label={t("rolesTitle")} className="mt-3 flex flex-wrap gap-2">
            {user.roles.map((r) => (
              <li
                key={r}
                className="rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-900"
                data-testid="role-badge"
              >
                {tr(r)}
              </li>
            ))}
          </ul>
        )}
      </header>
      {/* A newcomer (no role yet): what HR data says about them, and whether their eligibility waits for it. */}
      {user.roles.length === 0 && <OwnHrDetails userId={user.id} />}
      {cohorts.length > 0 && (
        <Card heading={t("openCohorts")} headingId="open-cohorts">
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {cohorts.map((c) => (
              <SeatMeter
                key={c.id}
                label={`${localized(c.programme, "name", locale)} · ${localized(c, "name", locale)}`}
                used={c.enrolled}
                total={c.seats}
                caption={t("seatsTaken", { used: c.enrolled, total: c.seats })}
              />
            ))}
          </div>
        </Card>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {sections.map(({ role, steps }) => (
          <Card key={role} aria-labelledby={`steps-${role}`} data-testid={`steps-${role}`}>
            <h2 id={`steps-${role}`} className="text-lg font-semibold text-brand-700">
              {tr(role)}
            </h2>
            <ol className="mt-3 space-y-3">
              {steps.map((step, i) => {
                const text = t(`steps.${step.key}`, step.values);
                return (
                  <li key={`${i}-${step.key}`} className="flex gap-3">
                    <span
                      aria-hidden
                      className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs ${step.done ? "bg-emerald-600 text-white" : "border-2 border-slate-300"}`}
                    >
                      {step.done ? "✓" : ""}
                    </span>
                    <span className="text-slate-700">
                      {step.done && <span className="sr-only">{t("done")}: </span>}
                      {step.href ? (
                        <Link href={step.href} className={link}>
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </span>
                  </li>
                );
              })}
            </ol>
          </Card>
        ))}
      </div>
    </div>
  );
}
