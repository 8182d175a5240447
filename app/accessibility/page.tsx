import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { PROGRAMME_EMAIL } from "@/lib/domain/programme-contact";

/** When the statement was last checked against the app (the sweep and keyboard tests it describes). */
const REVIEWED_ON = new Date("2026-12-03T00:00:00Z");

const SECTIONS = ["standard", "testing", "limits", "contact"] as const;

/** The accessibility statement: the standard aimed at, how it is tested, known limits, whom to write to. */
export default async function AccessibilityPage() {
  const [t, tc, format] = await Promise.all([
    getTranslations("accessibility"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const mail = (chunks: React.ReactNode) => (
    <a href={`mailto:${PROGRAMME_EMAIL}`} className={link}>
      {chunks}
    </a>
  );
  const list = (key: "testing" | "limits") => (
    <ul className="mt-3 list-disc space-y-2 pl-5">
      {t(`${key}.items`)
        .split("\n")
        .map((item) => (
          <li key={item}>{item}</li>
        ))}
    </ul>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead", { app: tc("appName") })} />
      {SECTIONS.map((section) => (
        <Card key={section} heading={t(`${section}.title`)} headingId={`accessibility-${section}`}>
          <p className="mt-2 text-slate-700">{t.rich(`${section}.body`, { email: PROGRAMME_EMAIL, mail })}</p>
          {(section === "testing" || section === "limits") && list(section)}
        </Card>
      ))}
      <p className="text-sm text-slate-600">
        {t("reviewed", { date: format.dateTime(REVIEWED_ON, { dateStyle: "long", timeZone: "UTC" }) })}
      </p>
    </div>
  );
}
