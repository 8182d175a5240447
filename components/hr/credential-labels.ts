// Small shared pieces of the HR credential pages: how a credential reads, localized places.
import type { QueueStatus } from "@/lib/validation/credential-review";

export type Place = { code: string; nameEn: string; nameFr: string } | null;

export function placeName(place: Place, locale: string): string {
  if (!place) return "—";
  return locale === "fr" ? place.nameFr : place.nameEn;
}

/** Tailwind classes of the status badge. */
export const STATUS_TONE: Record<QueueStatus | "draft", string> = {
  draft: "bg-slate-100 text-slate-700",
  submitted: "bg-brand-100 text-brand-900",
  changes_requested: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-800",
  revoked: "bg-slate-200 text-slate-800",
};
