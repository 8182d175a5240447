import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { OwnText } from "@/components/ui/written-in";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { missionDates, personName } from "./mission-parts";

/** The organisation's request and the coachee's own (private unless shared), and the coach's validation. */
export async function MissionRequests({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { day }] = await Promise.all([getTranslations("missions"), missionDates(timeZone)]);
  const coachee = personName(view.people.coachee);
  const sponsor = personName(view.people.sponsor);
  const own = view.coacheeRequest;
  return (
    <Card heading={t("request.title")} headingId="requests">
      <h3 className="mt-3 font-semibold">{t("request.organisation", { sponsor })}</h3>
      <OwnText
        as="blockquote"
        lang={view.organisationRequestLanguage}
        className="mt-1 whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-800"
      >
        {view.organisationRequest}
      </OwnText>
      <h3 className="mt-4 font-semibold">{t("request.coachee", { coachee })}</h3>
      {own.text ? (
        <>
          <OwnText
            as="blockquote"
            lang={own.language}
            className="mt-1 whitespace-pre-line border-l-4 border-emerald-600 pl-3 text-slate-800"
            data-testid="coachee-request"
          >
            {own.text}
          </OwnText>
          {(view.party === "coachee" || view.party === "coach") && (
            <SharedWithSponsor shared={own.shared} sponsor={sponsor} />
          )}
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          {own.written ? t("request.private", { coachee }) : t("request.notYet", { coachee })}
        </p>
      )}
      {own.validatedAt && (
        <p className="mt-3 text-sm text-emerald-800">
          ✓ {t("request.validated", { coach: personName(view.people.coach), date: day(own.validatedAt) })}
        </p>
      )}
    </Card>
  );
}

/** "Shared with the sponsor" or "not shared", under what the coachee wrote. */
export async function SharedWithSponsor({ shared, sponsor }: { shared: boolean; sponsor: string }) {
  const t = await getTranslations("missions.request");
  return (
    <p className="mt-1 text-xs text-slate-600">{shared ? t("sharedWith", { sponsor }) : t("notShared", { sponsor })}</p>
  );
}
