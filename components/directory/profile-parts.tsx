// The pieces a profile page is made of, shared by the coach and mentor pages and the networking
// colleague's page: the header with the photo, texts in both languages, and the facts aside.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { eyebrow } from "@/components/ui/styles";
import { OwnText } from "@/components/ui/written-in";
import { CoachAvatar } from "./coach-avatar";

export type LanguageText = { lang: "en" | "fr"; label: string; text: string };

/**
 * A text in one or both languages, each in its own `lang`; labelled with its language when there are
 * two (or always), else noted "written in …" when its language is not the page's.
 */
export function BilingualTexts({
  blocks,
  empty,
  labelled = blocks.length > 1,
}: {
  blocks: LanguageText[];
  empty?: ReactNode;
  labelled?: boolean;
}) {
  if (blocks.length === 0) return <>{empty}</>;
  return (
    <div className="space-y-4">
      {blocks.map((b) => (
        <div key={b.lang}>
          {labelled && <p className={eyebrow.muted}>{b.label}</p>}
          {labelled ? (
            <p lang={b.lang} className="mt-1 whitespace-pre-line text-slate-700">
              {b.text}
            </p>
          ) : (
            <OwnText lang={b.lang} className="mt-1 whitespace-pre-line text-slate-700">
              {b.text}
            </OwnText>
          )}
        </div>
      ))}
    </div>
  );
}

/** The person at the top of their page: photo or initials, name, entity and duty station, then `children`. */
export function ProfileHeader({
  person,
  photoAlt,
  place,
  chips,
  children,
}: {
  person: { userId: string; name: string | null; hasPhoto: boolean };
  photoAlt: string;
  /** "UNON · Nairobi", the entity's code first. */
  place: { code?: string | null; station?: string | null };
  chips?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Card padding="roomy" className="flex flex-col gap-5 sm:flex-row sm:items-center">
      <CoachAvatar userId={person.userId} name={person.name} hasPhoto={person.hasPhoto} alt={photoAlt} size="lg" />
      <div className="min-w-0 flex-1">
        <h1 className="text-3xl font-bold">{person.name}</h1>
        <p className="mt-1 text-slate-600">
          {place.code && <span className="font-medium text-slate-700">{place.code}</span>}
          {place.code && place.station && " · "}
          {place.station}
        </p>
        {chips && <div className="mt-3">{chips}</div>}
      </div>
      {children}
    </Card>
  );
}

/** The facts about a person, as a list of terms, in a card beside the texts. */
export function ProfileFacts({
  title,
  facts,
  children,
}: {
  title: string;
  facts: [string, ReactNode][];
  children?: ReactNode;
}) {
  return (
    <Card as="aside" heading={title} headingId="facts" padding="roomy" className="h-fit">
      <dl className="mt-3 divide-y divide-slate-100 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="py-2">
            <dt className="text-slate-600">{term}</dt>
            <dd className="font-medium text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </Card>
  );
}
