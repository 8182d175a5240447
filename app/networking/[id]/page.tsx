import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ExpertiseChips } from "@/components/directory/expertise-chips";
import { PlacesDots } from "@/components/directory/places-dots";
import { BilingualTexts, ProfileFacts, ProfileHeader } from "@/components/directory/profile-parts";
import { AskConversationForm } from "@/components/networking/ask-conversation-form";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/server/auth/current-user";
import { countingQueries, findListedCoach, type Place } from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";

/** A colleague open to networking: what they are happy to talk about, and "Ask for a conversation". */
export default async function NetworkingColleaguePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("request:networking", `/networking/${id}`);
  const { prisma, report } = countingQueries(db());
  const [colleague, locale, t, td, te] = await Promise.all([
    findListedCoach(prisma, id, "networking"),
    getLocale(),
    getTranslations("networking"),
    getTranslations("directory"),
    getTranslations("expertise"),
  ]);
  report("/networking/[id]");
  if (!colleague) notFound();

  const fr = locale === "fr";
  const name = (p: Place | null) => (p ? (fr ? p.nameFr : p.nameEn) : td("profile.notGiven"));
  const display = new Intl.DisplayNames([locale], { type: "language" });
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const languages = (codes: string[]) =>
    codes.length ? list.format(codes.map((c) => display.of(c) ?? c)) : td("profile.notGiven");
  // Both languages when present, the reader's first.
  const topics = [
    { lang: "en" as const, label: td("profile.english"), text: colleague.bioEn?.trim() ?? "" },
    { lang: "fr" as const, label: td("profile.french"), text: colleague.bioFr?.trim() ?? "" },
  ].filter((b) => b.text);
  if (fr) topics.reverse();
  const self = colleague.userId === user.id;
  const full = colleague.placesLeft === 0;
  const colleagueName = colleague.name ?? "";

  const facts: [string, string][] = [
    [
      td("profile.entity"),
      colleague.entity ? `${name(colleague.entity)} (${colleague.entity.code})` : td("profile.notGiven"),
    ],
    [td("profile.dutyStation"), name(colleague.dutyStation)],
    [td("profile.timeZone"), colleague.timeZone.replace(/_/g, " ")],
    [t("profile.talksIn"), languages(colleague.coachingLanguages)],
    [
      td("profile.networks"),
      colleague.networks.length ? colleague.networks.map((n) => name(n)).join(" · ") : td("profile.noNetworks"),
    ],
    [td("profile.capacity"), t("profile.capacity", { count: colleague.capacity })],
  ];

  return (
    <div className="space-y-6">
      <BackLink href="/networking">{t("profile.back")}</BackLink>

      <ProfileHeader
        person={colleague}
        photoAlt={td("card.photoAlt", { name: colleagueName })}
        place={{ code: colleague.entity?.code, station: colleague.dutyStation && name(colleague.dutyStation) }}
        chips={
          colleague.expertiseAreas.length > 0 && (
            <ExpertiseChips labels={colleague.expertiseAreas.map((a) => ({ code: a, label: te(a) }))} />
          )
        }
      >
        <PlacesDots
          left={colleague.placesLeft}
          capacity={colleague.capacity}
          label={t("card.places", { count: colleague.placesLeft })}
        />
      </ProfileHeader>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card heading={t("profile.topics")} headingId="topics" padding="roomy">
            <div className="mt-3">
              <BilingualTexts blocks={topics} empty={<p className="italic text-slate-600">{t("card.noTopics")}</p>} />
            </div>
          </Card>

          <Card heading={t("ask.title")} headingId="ask" padding="roomy" data-testid="ask-conversation">
            {self ? (
              <p className="mt-2 text-slate-600">{t("profile.self")}</p>
            ) : full ? (
              <Alert tone="warning" role="status" className="mt-2">
                {t("profile.full", { name: colleagueName })}
              </Alert>
            ) : (
              <>
                <p className="mb-4 mt-1 text-slate-600">{t("ask.lead")}</p>
                <AskConversationForm colleagueId={colleague.id} colleagueName={colleagueName} />
              </>
            )}
          </Card>
        </div>
        <ProfileFacts title={td("profile.facts")} facts={facts} />
      </div>
    </div>
  );
}
