import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CoachAvatar } from "@/components/directory/coach-avatar";
import { ExpertiseChips } from "@/components/directory/expertise-chips";
import { PlacesDots } from "@/components/directory/places-dots";
import type { ProfileKind } from "@/lib/domain/matching-rules";
import { countingQueries, findListedCoach, type Place } from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";
import { findMentorDetails } from "@/lib/server/mentors/find-mentor-details";
import type { DirectoryNamespace } from "./directory-page";

function Texts({ blocks, lang }: { blocks: { lang: "en" | "fr"; label: string; text: string }[]; lang: boolean }) {
  return (
    <div className="space-y-4">
      {blocks.map((b) => (
        <div key={b.lang} lang={b.lang}>
          {lang && <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{b.label}</p>}
          <p className="mt-1 whitespace-pre-line text-slate-700">{b.text}</p>
        </div>
      ))}
    </div>
  );
}

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
      <Link href={basePath} className="text-sm text-brand-700 hover:underline">
        ← {t("profile.back")}
      </Link>

      <section className="flex flex-col gap-5 rounded-lg bg-white p-6 shadow-sm sm:flex-row sm:items-center">
        <CoachAvatar
          userId={coach.userId}
          name={coach.name}
          hasPhoto={coach.hasPhoto}
          alt={t("card.photoAlt", { name: coach.name ?? "" })}
          size="lg"
        />
        <div className="min-w-0 flex-1">
          <h1 className="text-3xl font-bold">{coach.name}</h1>
          <p className="mt-1 text-slate-600">
            {coach.entity && <span className="font-medium text-slate-700">{coach.entity.code}</span>}
            {coach.entity && coach.dutyStation && " · "}
            {coach.dutyStation && name(coach.dutyStation)}
          </p>
          <div className="mt-3">
            <ExpertiseChips labels={coach.expertiseAreas.map((a) => ({ code: a, label: te(a) }))} />
          </div>
        </div>
        <div className="flex shrink-0 flex-col items-start gap-3 sm:items-end">
          <PlacesDots
            left={coach.placesLeft}
            capacity={coach.capacity}
            label={t("card.places", { count: coach.placesLeft })}
          />
          {!full && (
            <Link
              href={requestHref}
              className="rounded bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
              data-testid="request-coach"
            >
              {t("profile.request")}
            </Link>
          )}
        </div>
      </section>

      {full ? (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          {t("profile.full")}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("profile.requestHint")}</p>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="bio" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="bio" className="text-xl font-semibold">
              {t("profile.bio")}
            </h2>
            <div className="mt-3">
              {bio.length ? (
                <Texts blocks={bio} lang={bio.length > 1} />
              ) : (
                <p className="italic text-slate-500">{t("profile.noBio")}</p>
              )}
            </div>
          </section>
          {details?.careerPath && (
            <section aria-labelledby="career" className="rounded-lg bg-white p-6 shadow-sm">
              <h2 id="career" className="text-xl font-semibold">
                {t("profile.careerPath")}
              </h2>
              <p className="mt-3 whitespace-pre-line text-slate-700">{details.careerPath}</p>
            </section>
          )}
          {approach.length > 0 && (
            <section aria-labelledby="approach" className="rounded-lg bg-white p-6 shadow-sm">
              <h2 id="approach" className="text-xl font-semibold">
                {t("profile.approach")}
              </h2>
              <div className="mt-3">
                <Texts blocks={approach} lang={approach.length > 1} />
              </div>
            </section>
          )}
        </div>
        <aside aria-labelledby="facts" className="h-fit rounded-lg bg-white p-6 shadow-sm">
          <h2 id="facts" className="text-xl font-semibold">
            {t("profile.facts")}
          </h2>
          <dl className="mt-3 divide-y divide-slate-100 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="py-2">
                <dt className="text-slate-500">{term}</dt>
                <dd className="font-medium text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
          {details?.profileUrl && (
            <p className="mt-4 border-t border-slate-100 pt-4 text-sm">
              <a
                href={details.profileUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="font-medium text-brand-700 underline hover:text-brand-900"
                data-testid="mentor-link"
              >
                {t("profile.link")} ↗
              </a>
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}
