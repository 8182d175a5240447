import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { eyebrow } from "@/components/ui/styles";
import { localized } from "@/lib/i18n/localized";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { personName, personOf } from "./mission-parts";

const PARTIES = ["coachee", "coach", "sponsor", "hr"] as const;

/** The mission's title (whose coaching it is) and its four parties, the reader marked "(you)". */
export async function MissionHeader({ view }: { view: MissionView }) {
  const [t, locale] = await Promise.all([getTranslations("missions"), getLocale()]);
  return (
    <>
      <p>
        <BackLink href="/missions">{t("backToList")}</BackLink>
      </p>
      <header>
        <p className={eyebrow.brand}>{localized(view.programme, "name", locale)}</p>
        <h1 className="text-3xl font-bold">{t("pageTitle", { coachee: personName(view.people.coachee) })}</h1>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" data-testid="mission-people">
          {PARTIES.map((p) =>
            personOf(view, p) ? (
              <div key={p}>
                <dt className="inline font-medium">{t("labelled", { label: t(`party.${p}`) })} </dt>
                <dd className="inline">
                  {personName(personOf(view, p))}
                  {p === view.party && <span className="ml-1 text-slate-600">({t("you")})</span>}
                </dd>
              </div>
            ) : null,
          )}
        </dl>
      </header>
    </>
  );
}
