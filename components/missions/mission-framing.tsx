import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { OwnText } from "@/components/ui/written-in";
import { FRAMING_FIELDS, FRAMING_RECORDABLE, type FramingField } from "@/lib/domain/mission-framing";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { FramingForm } from "./framing-form";
import { missionDates, personName } from "./mission-parts";

/** The framing fields as the card and the synthesis document show them (each party's expectations apart). */
export async function FramingFields({ view }: { view: MissionView }) {
  const t = await getTranslations("missions.framing");
  const f = view.framing;
  if (!f) return null;
  const coachee = personName(view.people.coachee);
  const text = (field: FramingField) => (field === "coacheeNeeds" ? f.texts.coacheeNeeds : f.texts[field]);
  return (
    <dl className="mt-3 space-y-4">
      {FRAMING_FIELDS.map((field) => {
        const value = text(field);
        return (
          <div key={field} data-testid={`framing-${field}`}>
            <dt className="font-semibold">{t(`fields.${field}`)}</dt>
            <dd className="mt-1">
              {value === null ? (
                <p className="text-sm text-slate-600">{t("coacheeNeedsPrivate", { coachee })}</p>
              ) : value ? (
                <OwnText as="p" lang={f.language} className="whitespace-pre-line text-slate-800">
                  {value}
                </OwnText>
              ) : (
                <p className="text-sm text-slate-600">{t("coacheeNeedsLater", { coachee })}</p>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The framing card on the mission's page: the record (or "not yet"), the link to the synthesis document, the coach's form. */
export async function MissionFraming({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { day }] = await Promise.all([getTranslations("missions.framing"), missionDates(timeZone)]);
  const coach = personName(view.people.coach);
  const coachee = personName(view.people.coachee);
  const f = view.framing;
  // Nothing recorded and nothing to record any more (or yet): no card.
  if (!f && !FRAMING_RECORDABLE.includes(view.status)) return null;
  const form = view.can.recordFraming && (
    <FramingForm
      missionId={view.id}
      coacheeName={coachee}
      initial={
        f
          ? {
              texts: { ...f.texts, coacheeNeeds: f.texts.coacheeNeeds ?? "" },
              coacheeAttended: f.coacheeAttended,
              language: f.language,
            }
          : null
      }
    />
  );
  return (
    <Card heading={t("title")} headingId="framing" lead={t("lead")}>
      {f ? (
        <>
          <p className="mt-3 text-sm text-slate-700">
            {t("recordedOn", { coach, date: day(f.recordedAt) })}{" "}
            {f.coacheeAttended ? t("attended", { coachee }) : t("notAttended", { coachee })}
          </p>
          <p className="mt-2">
            <Link href={`/missions/${view.id}/framing`} className={`${link} font-medium`}>
              {t("documentLink")}
            </Link>
          </p>
          <FramingFields view={view} />
          {form && (
            <details className="mt-4 rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-medium text-slate-700">{t("formTitle")}</summary>
              <div className="mt-3">{form}</div>
            </details>
          )}
        </>
      ) : (
        <>
          <p className="mt-3 text-sm text-slate-600">{t("notYet", { coach })}</p>
          {form && <div className="mt-4">{form}</div>}
        </>
      )}
    </Card>
  );
}
