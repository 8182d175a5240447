import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass, link } from "@/components/ui/styles";
import type { Reason } from "@/lib/domain/match-suggestions";
import { matchingRules } from "@/lib/domain/matching-rules";
import type { Actor } from "@/lib/domain/roles";
import { localized } from "@/lib/i18n/localized";
import { db } from "@/lib/server/db";
import { loadSuggestions } from "@/lib/server/suggestions/load-suggestions";

/**
 * "Suggested for you" (up to six listed coaches or mentors with a free place, each with its reasons)
 * above the directory and on the request form. Each links to the profile and can be chosen on the
 * request form (its first choice); nothing is chosen for the person. Nothing at all when the person
 * is not enrolled in a programme of that kind.
 */
export async function SuggestionsBlock({ kind, user }: { kind: "coach" | "mentor"; user: Actor }) {
  const result = await loadSuggestions(db(), user, kind);
  if (result.state === "none") return null;
  const [t, te, locale, languages] = await Promise.all([
    getTranslations("suggestions"),
    getTranslations("expertise"),
    getLocale(),
    db().language.findMany({ select: { code: true, nameEn: true, nameFr: true } }),
  ]);
  const rules = matchingRules(kind);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const languageName = (code: string) => {
    const l = languages.find((x) => x.code === code);
    return l ? localized(l, "name", locale) : code;
  };
  const say = (r: Reason): string => {
    switch (r.kind) {
      case "expertise":
        return t("reason.expertise", {
          kind,
          areas: list.format(r.areas.map((a) => te(a).toLocaleLowerCase(locale))),
        });
      case "language":
        return t(r.stated ? "reason.languageStated" : "reason.languageKnown", {
          languages: list.format(r.languages.map(languageName)),
        });
      case "entity":
        return t(r.inside ? "reason.entityInside" : "reason.entityOutside");
      case "gender":
        return t("reason.gender", { gender: r.gender });
      case "timeZone":
        return t("reason.timeZone", { hours: r.hours });
      case "freePlaces":
        return t("reason.freePlaces", { places: r.places });
    }
  };
  const preferences = `/programmes/${encodeURIComponent(result.programmeSlug)}/preferences`;
  const requestPath = (profileId: string) =>
    `/requests/new?${kind === "mentor" ? "kind=mentor&" : ""}coach=${encodeURIComponent(profileId)}`;

  return (
    <Card
      heading={t("title")}
      headingId="suggestions-title"
      lead={result.stated ? t("leadStated", { kind }) : t("leadUnstated")}
      aside={
        <Link href={preferences} className={`text-sm ${link}`}>
          {result.stated ? t("edit") : t("invite")}
        </Link>
      }
      data-testid="suggestions"
    >
      {result.suggestions.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("empty", { kind })}</p>
      ) : (
        <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {result.suggestions.map((s) => (
            <li
              key={s.profileId}
              className="flex flex-col rounded border border-slate-200 p-4"
              data-testid="suggestion"
              data-profile-id={s.profileId}
            >
              <Link
                href={`${rules.directoryPath}/${s.profileId}`}
                className={`text-base ${link}`}
                aria-label={t("view", { name: s.name })}
              >
                {s.name}
              </Link>
              <ul
                aria-label={t("reasonsLabel", { name: s.name })}
                className="mt-2 flex-1 space-y-1 text-sm text-slate-700"
              >
                {s.reasons.map((r) => (
                  <li key={r.kind} className="flex gap-2" data-testid="suggestion-reason">
                    <span aria-hidden="true" className="text-emerald-700">
                      ✓
                    </span>
                    <span>{say(r)}</span>
                  </li>
                ))}
              </ul>
              <p className="mt-3">
                <Link
                  href={requestPath(s.profileId)}
                  className={buttonClass("secondary", "sm")}
                  aria-label={t("choose", { name: s.name })}
                >
                  {t("chooseShort")}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <details className="mt-4 text-sm text-slate-600">
        <summary className="cursor-pointer font-medium text-slate-700">{t("howRanked")}</summary>
        <p className="mt-1">{t("howRankedBody")}</p>
      </details>
    </Card>
  );
}
