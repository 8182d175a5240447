import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { link } from "@/components/ui/styles";

/** On a programme's page, once joined (or waiting): the step to say what one seeks in a coach or mentor. */
export async function PreferencesLink({ slug, type, role }: { slug: string; type: string; role: string | null }) {
  if (!(type === "coaching" && role === "client") && !(type === "mentoring" && role === "mentee")) return null;
  const t = await getTranslations("matchPreferences");
  const kind = role === "mentee" ? "mentor" : "coach";
  return (
    <p
      className="mb-5 rounded border border-brand-100 bg-brand-50 p-3 text-sm text-slate-700"
      data-testid="preferences-step"
    >
      <Link href={`/programmes/${encodeURIComponent(slug)}/preferences`} className={link}>
        {t("enrolmentLink")}
      </Link>{" "}
      — {t("enrolmentHint", { kind })}
    </p>
  );
}
