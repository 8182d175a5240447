import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FramingFields } from "@/components/missions/mission-framing";
import { missionDates, personName } from "@/components/missions/mission-parts";
import { PrintButton } from "@/components/print-button";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { eyebrow } from "@/components/ui/styles";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadMission, type MissionView } from "@/lib/server/missions/load-mission";

// Printing: only the document (no site header, no links back).
const PRINT_CSS = `@media print {
  body > header, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .framing-document { box-shadow: none !important; }
}`;

/** The framing synthesis document: what the preliminary meeting settled, for the mission's parties only. */
export default async function MissionFramingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/missions/${encodeURIComponent(id)}/framing`);
  let view: MissionView;
  try {
    view = await loadMission(db(), user, id);
  } catch (error) {
    // Someone who is not one of the mission's parties learns nothing about it.
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const [t, tf, tl, locale, { day }] = await Promise.all([
    getTranslations("missions.framing.document"),
    getTranslations("missions.framing"),
    getTranslations("missions"),
    getLocale(),
    missionDates(user.timeZone),
  ]);
  const back = <BackLink href={`/missions/${view.id}`}>{t("back")}</BackLink>;
  if (!view.framing) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Card as="div" className="text-slate-700">
          {t("none")}
        </Card>
        {back}
      </div>
    );
  }
  const coachee = personName(view.people.coachee);
  const preliminary = view.milestones.find((m) => m.kind === "preliminary_meeting");
  const parties = [
    ["coachee", view.people.coachee],
    ["sponsor", view.people.sponsor],
    ["hr", view.people.hr],
    ["coach", view.people.coach],
  ] as const;
  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        {back}
        <PrintButton label={t("print")} />
      </div>
      <Card as="article" padding="spacious" className="framing-document space-y-6" aria-labelledby="framing-title">
        <header className="border-b border-slate-200 pb-4">
          <p className={eyebrow.brand}>{localized(view.programme, "name", locale)}</p>
          <h1 id="framing-title" className="text-2xl font-bold">
            {t("title")}
          </h1>
          <p className="mt-1 text-slate-700">{t("lead", { coachee })}</p>
          <p className="mt-1 text-sm text-slate-600">{t("confidential")}</p>
        </header>
        <section aria-labelledby="framing-parties">
          <h2 id="framing-parties" className="text-lg font-semibold">
            {t("parties")}
          </h2>
          <dl className="mt-2 grid gap-1 sm:grid-cols-2">
            {parties.map(([party, p]) =>
              p ? (
                <div key={party}>
                  <dt className="inline font-medium">{tl("labelled", { label: t(party) })} </dt>
                  <dd className="inline">{personName(p)}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
        <section aria-labelledby="framing-meeting">
          <h2 id="framing-meeting" className="text-lg font-semibold">
            {t("meeting")}
          </h2>
          <p className="mt-1 text-slate-800">
            {preliminary?.status === "held" ? t("heldOn", { date: day(preliminary.heldAt) }) : t("notHeld")}
            {" · "}
            {view.framing.coacheeAttended ? tf("attended", { coachee }) : tf("notAttended", { coachee })}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {tf("recordedOn", { coach: personName(view.people.coach), date: day(view.framing.recordedAt) })}
          </p>
        </section>
        <section aria-labelledby="framing-record">
          <h2 id="framing-record" className="sr-only">
            {tf("title")}
          </h2>
          <FramingFields view={view} />
        </section>
      </Card>
    </div>
  );
}
