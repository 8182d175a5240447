import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SUBMISSION_REQUIREMENTS, type Requirement } from "@/lib/domain/coach-profile";

/** Which section of the page answers each requirement of the checklist. */
export const SECTION_OF: Record<Requirement, string> = {
  name: "about",
  entity: "about",
  dutyStation: "about",
  timeZone: "about",
  languages: "about",
  coachingLanguages: "coaching",
  expertise: "coaching",
  bio: "coaching",
  credentialKind: "credentials",
  trainingHours: "credentials",
  observedPractice: "credentials",
  documents: "credentials",
  capacity: "capacity",
  commitments: "commitments",
};

/** The submission checklist: "9 of 14 done" as a bar, then each missing item linking to its section. */
export async function SubmissionProgress({ missing, submittable }: { missing: Requirement[]; submittable: boolean }) {
  const t = await getTranslations("coachProfile.progress");
  const total = SUBMISSION_REQUIREMENTS.length;
  const done = total - missing.length;
  const pct = Math.round((done / total) * 100);
  const caption = t("count", { done, total });
  return (
    <Card heading={t("title")} headingId="progress-title" data-testid="coach-progress">
      <p className="mt-1 text-sm font-medium tabular-nums text-slate-700">{caption}</p>
      <div
        role="progressbar"
        aria-labelledby="progress-title"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={caption}
        className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full ${missing.length ? "bg-brand-600" : "bg-emerald-600"}`}
          style={{ width: `${pct}%` }}
        />
      </div>
      {missing.length === 0 ? (
        <p className="mt-3 text-sm text-emerald-800">{submittable ? t("complete") : t("completeDone")}</p>
      ) : (
        <>
          <h3 className="mt-4 text-sm font-semibold text-slate-800">{t("missingTitle")}</h3>
          <ul className="mt-2 space-y-1.5 text-sm">
            {missing.map((item) => (
              <li key={item} className="flex gap-2">
                <span aria-hidden className="mt-1 h-3 w-3 shrink-0 rounded-full border-2 border-slate-300" />
                <a href={`#${SECTION_OF[item]}`} className="text-brand-700 underline hover:text-brand-900">
                  {t(`items.${item}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
