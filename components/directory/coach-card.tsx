import Link from "@/components/ui/link";
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
    <article className="coach-card" data-testid="coach-card">
      <div className="coach-card-head">
        <CoachAvatar userId={coach.userId} name={coach.name} hasPhoto={coach.hasPhoto} alt={texts.photoAlt} />
        <div className="min-w-0">
          <h2>
            <Link href={href ?? `/coaches/${coach.id}`} aria-label={texts.view}>
              {coach.name}
            </Link>
          </h2>
          <p>
            {coach.entity && <abbr title={texts.entityName ?? undefined}>{coach.entity.code}</abbr>}
            {coach.entity && texts.station && " · "}
            {texts.station}
          </p>
        </div>
      </div>
      <ExpertiseChips labels={texts.expertise} highlight={highlight} />
      <p className="coach-card-languages">{texts.coachesIn}</p>
      <p className={texts.bio ? "coach-card-bio" : "coach-card-bio coach-card-no-bio"}>{texts.bio ?? texts.noBio}</p>
      <div className="coach-card-foot">
        <PlacesDots left={coach.placesLeft} capacity={coach.capacity} label={texts.places} />
      </div>
    </article>
  );
}
