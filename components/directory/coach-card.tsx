import Link from "next/link";
import type { DirectoryCard } from "@/lib/server/coaches/search-directory";
import { CoachAvatar } from "./coach-avatar";
import { ExpertiseChips } from "./expertise-chips";
import { PlacesDots } from "./places-dots";

export type CardTexts = {
  photoAlt: string;
  view: string;
  entityName: string | null;
  station: string | null;
  expertise: { code: string; label: string }[];
  coachesIn: string;
  bio: string | null;
  noBio: string;
  places: string;
};

/** One coach (or mentor) in the directory's grid; `href` is their profile page (the coach's by default). */
export function CoachCard({
  coach,
  texts,
  highlight,
  href,
}: {
  coach: DirectoryCard;
  texts: CardTexts;
  highlight?: string;
  href?: string;
}) {
  return (
    <article
      className="relative flex h-full flex-col gap-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:ring-brand-600"
      data-testid="coach-card"
    >
      <div className="flex items-start gap-3">
        <CoachAvatar userId={coach.userId} name={coach.name} hasPhoto={coach.hasPhoto} alt={texts.photoAlt} />
        <div className="min-w-0">
          <h2 className="text-lg font-semibold leading-tight">
            <Link
              href={href ?? `/coaches/${coach.id}`}
              className="text-slate-900 after:absolute after:inset-0 after:content-[''] hover:text-brand-700"
              aria-label={texts.view}
            >
              {coach.name}
            </Link>
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">
            {coach.entity && (
              <abbr title={texts.entityName ?? undefined} className="font-medium text-slate-700 no-underline">
                {coach.entity.code}
              </abbr>
            )}
            {coach.entity && texts.station && " · "}
            {texts.station}
          </p>
        </div>
      </div>
      <ExpertiseChips labels={texts.expertise} highlight={highlight} />
      <p className="text-sm text-slate-700">{texts.coachesIn}</p>
      <p className={`line-clamp-3 text-sm ${texts.bio ? "text-slate-600" : "italic text-slate-500"}`}>
        {texts.bio ?? texts.noBio}
      </p>
      <div className="mt-auto border-t border-slate-100 pt-3">
        <PlacesDots left={coach.placesLeft} capacity={coach.capacity} label={texts.places} />
      </div>
    </article>
  );
}
