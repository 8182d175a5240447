import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ExpertiseChips } from "@/components/directory/expertise-chips";
import { PlacesDots } from "@/components/directory/places-dots";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { buttonClass, link } from "@/components/ui/styles";
import type { ProfileKind } from "@/lib/domain/matching-rules";
import { countingQueries, findListedCoach, type Place } from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";
import { findMentorDetails } from "@/lib/server/mentors/find-mentor-details";
import type { DirectoryNamespace } from "./directory-page";
import { BilingualTexts, ProfileFacts, ProfileHeader } from "./profile-parts";

/**
 * One listed profile's page (a coach at /coaches/[id], a mentor at /mentors/[id]), with the button
 * that starts a request. Coaches show their credential and approach; mentors their career path and
 * professional link. Not listed, or not of this kind: not found.
 */
export async function ProfilePage({
  id,
  kind,
  basePath,
  namespace,
}: {
  id: string;
  kind: ProfileKind;
  basePath: string;
  namespace: DirectoryNamespace;
}) {
  const { prisma, report } = countingQueries(db());
  const [coach, locale, t, te, tg, tk] = await Promise.all([
    findListedCoach(prisma, id, kind),
    getLocale(),
    getTranslations(namespace as "directory"),
    getTranslations("expertise"),
    getTranslations("coachProfile.about.genders"),
    getTranslations("hrCredentials.kindsLong"),
  ]);
  report(`${basePath}/[id]`);
  if (!coach) notFound();
  const mentor = kind === "mentor";
  const details = mentor ? await findMentorDetails(prisma, coach.id) : null;

  const fr = locale === "fr";
  const name = (p: Place | null) => (p ? (fr ? p.nameFr : p.nameEn) : t("profile.notGiven"));
  const display = new Intl.DisplayNames([locale], { type: "language" });
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const languages = (codes: string[]) =>
    codes.length ? list.format(codes.map((c) => display.of(c) ?? c)) : t("profile.notGiven");
  // Both languages when present, the reader's first.
  const both = (en: string | null, frText: string | null) => {
    const blocks = [
      { lang: "en" as const, label: t("profile.english"), text: en?.trim() ?? "" },
      { lang: "fr" as const, label: t("profile.french"), text: frText?.trim() ?? "" },
    ].filter((b) => b.text);
    return fr ? blocks.reverse() : blocks;
  };
  const bio = both(coach.bioEn, coach.bioFr);
  const approach = mentor ? [] : both(coach.approachEn, coach.approachFr);
  const full = coach.placesLeft === 0;

  const facts: [string, React.ReactNode][] = [
    [t("profile.entity"), coach.entity ? `${name(coach.entity)} (${coach.entity.code})` : t("profile.notGiven")],
    [t("profile.dutyStation"), name(coach.dutyStation)],
    [t("profile.timeZone"), coach.timeZone.replace(/_/g, " ")],
    [t("profile.coachingLanguages"), languages(coach.coachingLanguages)],
    [t("profile.languages"), languages(coach.languages)],
    [
      t("profile.networks"),
      coach.networks.length ? coach.networks.map((n) => name(n)).join(" · ") : t("profile.noNetworks"),
    ],
  ];
  if (!mentor) {
    facts.push([t("profile.staffStatus"), coach.isFormerStaff ? t("profile.former") : t("profile.current")]);
    facts.push([
      t("profile.credential"),
      coach.credentialKind ? tk(coach.credentialKind as "icf_acc") : t("profile.noCredential"),
    ]);
  }
  facts.push([t("profile.capacity"), t("profile.capacityValue", { count: coach.capacity })]);
  if (coach.gender && coach.gender !== "prefer_not_to_say")
    facts.splice(3, 0, [t("profile.gender"), tg(coach.gender as "female")]);
  const requestHref = mentor ? `/requests/new?kind=mentor&coach=${coach.id}` : `/requests/new?coach=${coach.id}`;

  return (
    <div className="space-y-6">
      <BackLink href={basePath}>{t("profile.back")}</BackLink>

      <ProfileHeader
        person={coach}
        photoAlt={t("card.photoAlt", { name: coach.name ?? "" })}
        place={{ code: coach.entity?.code, station: coach.dutyStation && name(coach.dutyStation) }}
        chips={<ExpertiseChips labels={coach.expertiseAreas.map((a) => ({ code: a, label: te(a) }))} />}
      >
        <div className="flex shrink-0 flex-col items-start gap-3 sm:items-end">
          <PlacesDots
            left={coach.placesLeft}
            capacity={coach.capacity}
            label={t("card.places", { count: coach.placesLeft })}
          />
          {!full && (
            <Link href={requestHref} className={buttonClass()} data-testid="request-coach">
              {t("profile.request")}
            </Link>
          )}
        </div>
      </ProfileHeader>

      {full ? (
        <Alert tone="warning" role="status">
          {t("profile.full")}
        </Alert>
      ) : (
        <p className="text-sm text-slate-600">{t("profile.requestHint")}</p>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card heading={t("profile.bio")} headingId="bio" padding="roomy">
            <div className="mt-3">
              <BilingualTexts blocks={bio} empty={<p className="italic text-slate-600">{t("profile.noBio")}</p>} />
            </div>
          </Card>
          {details?.careerPath && (
            <Card heading={t("profile.careerPath")} headingId="career" padding="roomy">
              <p className="mt-3 whitespace-pre-line text-slate-700">{details.careerPath}</p>
            </Card>
          )}
          {approach.length > 0 && (
            <Card heading={t("profile.approach")} headingId="approach" padding="roomy">
              <div className="mt-3">
                <BilingualTexts blocks={approach} />
              </div>
            </Card>
          )}
        </div>
        <ProfileFacts title={t("profile.facts")} facts={facts}>
          {details?.profileUrl && (
            <p className="mt-4 border-t border-slate-100 pt-4 text-sm">
              <a
                href={details.profileUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className={link}
                data-testid="mentor-link"
              >
                {t("profile.link")} ↗
              </a>
            </p>
          )}
        </ProfileFacts>
      </div>
    </div>
  );
}
