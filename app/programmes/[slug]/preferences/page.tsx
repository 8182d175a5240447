import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { MatchPreferencesForm } from "@/components/suggestions/match-preferences-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { EXPERTISE_AREAS } from "@/lib/domain/directory-filters";
import { matchingRules } from "@/lib/domain/matching-rules";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadMatchPreferences } from "@/lib/server/suggestions/load-match-preferences";

/** What a client (coaching) or mentee (mentoring) seeks in this programme: the suggestions follow it. */
export default async function MatchPreferencesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/programmes/${encodeURIComponent(slug)}/preferences`);
  const locale = await getLocale();
  const [page, t, te] = await Promise.all([
    loadMatchPreferences(db(), user, slug, locale),
    getTranslations("matchPreferences"),
    getTranslations("expertise"),
  ]);
  if (!page) notFound();
  const { programme } = page;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/programmes/${encodeURIComponent(programme.slug)}`}>{t("back")}</BackLink>
      <PageHeader title={t("title")} lead={t("lead", { kind: programme.kind, programme: programme.name })} />
      <Card as="div" padding="roomy">
        <MatchPreferencesForm
          kind={programme.kind}
          values={{ programmeId: programme.id, ...page.values }}
          expertise={EXPERTISE_AREAS.map((a) => ({ value: a, label: te(a) }))}
          languages={page.languages}
          directoryPath={matchingRules(programme.kind).directoryPath}
        />
      </Card>
    </div>
  );
}
