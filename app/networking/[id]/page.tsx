import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CoachAvatar } from "@/components/directory/coach-avatar";
import { ExpertiseChips } from "@/components/directory/expertise-chips";
import { PlacesDots } from "@/components/directory/places-dots";
import { AskConversationForm } from "@/components/networking/ask-conversation-form";
import { requirePermission } from "@/lib/server/auth/current-user";
import { countingQueries, findListedCoach, type Place } from "@/lib/server/coaches/search-directory";
import { db } from "@/lib/server/db";

const card = "rounded-lg bg-white p-6 shadow-sm";

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
      <Link href="/networking" className="text-sm text-brand-700 hover:underline">
        ← {t("profile.back")}
      </Link>

      <section className={`${card} flex flex-col gap-5 sm:flex-row sm:items-center`}>
        <CoachAvatar
          userId={colleague.userId}
          name={colleague.name}
          hasPhoto={colleague.hasPhoto}
          alt={td("card.photoAlt", { name: colleagueName })}
          size="lg"
        />
        <div className="min-w-0 flex-1">
          <h1 className="text-3xl font-bold">{colleague.name}</h1>
          <p className="mt-1 text-slate-600">
            {colleague.entity && <span className="font-medium text-slate-700">{colleague.entity.code}</span>}
            {colleague.entity && colleague.dutyStation && " · "}
            {colleague.dutyStation && name(colleague.dutyStation)}
          </p>
          {colleague.expertiseAreas.length > 0 && (
            <div className="mt-3">
              <ExpertiseChips labels={colleague.expertiseAreas.map((a) => ({ code: a, label: te(a) }))} />
            </div>
          )}
        </div>
        <PlacesDots
          left={colleague.placesLeft}
          capacity={colleague.capacity}
          label={t("card.places", { count: colleague.placesLeft })}
        />
      </section>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="topics" className={card}>
            <h2 id="topics" className="text-xl font-semibold">
              {t("profile.topics")}
            </h2>
            <div className="mt-3 space-y-4">
              {topics.length === 0 && <p className="italic text-slate-500">{t("card.noTopics")}</p>}
              {topics.map((b) => (
                <div key={b.lang} lang={b.lang}>
                  {topics.length > 1 && (
                    <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{b.label}</p>
                  )}
                  <p className="mt-1 whitespace-pre-line text-slate-700">{b.text}</p>
                </div>
              ))}
            </div>
          </section>

          <section aria-labelledby="ask" className={card} data-testid="ask-conversation">
            <h2 id="ask" className="text-xl font-semibold">
              {t("ask.title")}
            </h2>
            {self ? (
              <p className="mt-2 text-slate-600">{t("profile.self")}</p>
            ) : full ? (
              <p
                role="status"
                className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
              >
                {t("profile.full", { name: colleagueName })}
              </p>
            ) : (
              <>
                <p className="mb-4 mt-1 text-slate-600">{t("ask.lead")}</p>
                <AskConversationForm colleagueId={colleague.id} colleagueName={colleagueName} />
              </>
            )}
          </section>
        </div>
        <aside aria-labelledby="facts" className={`${card} h-fit`}>
          <h2 id="facts" className="text-xl font-semibold">
            {td("profile.facts")}
          </h2>
          <dl className="mt-3 divide-y divide-slate-100 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="py-2">
                <dt className="text-slate-500">{term}</dt>
                <dd className="font-medium text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </div>
    </div>
  );
}
