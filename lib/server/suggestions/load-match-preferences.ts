import "server-only";
import type { Db } from "../../db/client";
import type { ExpertiseAreaCode } from "../../domain/directory-filters";
import type { EntityPreference, GenderCode } from "../../domain/match-suggestions";
import { matchingRules } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { localized } from "../../i18n/localized";
import { seekingKind } from "./save-match-preferences";

export type MatchPreferencesPage = {
  programme: { id: string; slug: string; name: string; kind: "coach" | "mentor" };
  values: {
    expertiseAreas: ExpertiseAreaCode[];
    languages: string[];
    entityPreference: EntityPreference;
    gender: Exclude<GenderCode, "prefer_not_to_say"> | "";
    timeZoneOverlap: boolean;
    goal: string;
  };
  saved: boolean;
  languages: { value: string; label: string }[];
};

/**
 * The person's own preferences for a coaching or mentoring programme (its slug), with the languages
 * to choose from; null when there is no such programme or the person may not ask for its matches
 * (a coach, say), so the page answers "not found". Without a saved row: the languages they speak
 * (HR data) ticked, nothing else.
 */
export async function loadMatchPreferences(
  prisma: Db,
  actor: Actor,
  slug: string,
  locale: string,
): Promise<MatchPreferencesPage | null> {
  const programme = await prisma.programme.findUnique({
    where: { slug },
    select: { id: true, slug: true, type: true, nameEn: true, nameFr: true, archivedAt: true },
  });
  const kind = programme && !programme.archivedAt ? seekingKind(programme.type) : null;
  if (!programme || !kind || !can(actor.roles, matchingRules(kind).requestPermission)) return null;
  const [own, person, languages] = await Promise.all([
    prisma.matchPreference.findUnique({
      where: { userId_programmeId: { userId: actor.id, programmeId: programme.id } },
    }),
    prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { languages: true } }),
    prisma.language.findMany({ select: { code: true, nameEn: true, nameFr: true } }),
  ]);
  const label = (l: { nameEn: string; nameFr: string }) => localized(l, "name", locale);
  return {
    programme: { id: programme.id, slug: programme.slug, name: localized(programme, "name", locale), kind },
    values: own
      ? {
          expertiseAreas: own.expertiseAreas,
          languages: own.languages,
          entityPreference: own.entityPreference,
          gender: own.gender && own.gender !== "prefer_not_to_say" ? own.gender : "",
          timeZoneOverlap: own.timeZoneOverlap,
          goal: own.goal,
        }
      : {
          expertiseAreas: [],
          languages: person.languages,
          entityPreference: "any",
          gender: "",
          timeZoneOverlap: false,
          goal: "",
        },
    saved: Boolean(own),
    languages: languages
      .map((l) => ({ value: l.code, label: label(l) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}
